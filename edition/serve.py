"""`build.py serve`: serve the built site folder on http://127.0.0.1:PORT/ for reading it locally.

Only the loopback address is bound. Ctrl-C stops the server (exit 0). A missing site folder or
a port that cannot be bound is reported in one line (exit 1), without a traceback.
"""

from __future__ import annotations

import functools
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOST = "127.0.0.1"


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves files of the site folder; logs only failed requests, to stderr."""

    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".css": "text/css",
        ".json": "application/json",
        ".wasm": "application/wasm",
        ".xml": "application/xml",
        ".pagefind": "application/octet-stream",
        ".pf_meta": "application/octet-stream",
        ".pf_index": "application/octet-stream",
        ".pf_fragment": "application/octet-stream",
        ".pf_filter": "application/octet-stream",
    }

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        if isinstance(code, int) and code >= 400:
            super().log_request(code, size)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


def make_server(site: Path, port: int) -> ThreadingHTTPServer:
    """A server for `site` on 127.0.0.1:`port` (0: any free port), not yet serving."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = ThreadingHTTPServer((HOST, port), handler)
    server.daemon_threads = True
    return server


def serve(site: Path, port: int) -> int:
    """Serve `site` until Ctrl-C; the exit code of `build.py serve`."""
    site = Path(site)
    if not site.is_dir():
        print(f"no built site at {site}: run `python build.py` first", file=sys.stderr)
        return 1
    try:
        server = make_server(site.resolve(), port)
    except OSError as error:
        print(f"cannot serve on {HOST}:{port}: {error.strerror or error}", file=sys.stderr)
        return 1
    with server:
        print(f"serving {site} at http://{HOST}:{server.server_address[1]}/ (Ctrl-C stops)",
              flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            print("stopped")
    return 0
