"""`build.py serve`: the local server of the built site."""

from __future__ import annotations

import threading
import urllib.request

from edition.serve import make_server, serve


def test_missing_site_is_one_line_and_exit_1(tmp_path, capsys):
    assert serve(tmp_path / "nothing", 0) == 1
    err = capsys.readouterr().err
    assert "run `python build.py` first" in err and "Traceback" not in err


def test_serves_the_folder_on_loopback(tmp_path):
    (tmp_path / "index.html").write_text("<p>hello</p>")
    (tmp_path / "a.js").write_text("x")
    server = make_server(tmp_path, 0)
    host, port = server.server_address[:2]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        assert host == "127.0.0.1"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as response:
            assert b"hello" in response.read()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/a.js") as response:
            assert response.headers["Content-Type"].startswith("text/javascript")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
