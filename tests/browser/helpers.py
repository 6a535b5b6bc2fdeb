"""Helpers shared by the browser tests: serving a folder, searching the site, where a page
scrolled, axe reports."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


IN_VIEWPORT_JS = """el => {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight;
}"""


@contextmanager
def served(folder: Path, name: str) -> Iterator[str]:
    """`http://127.0.0.1:PORT/` serving `folder` (`edition.serve`, on a free port) from a thread
    of this process named `name`, until the block ends."""
    from edition.serve import make_server
    server = make_server(folder, 0)
    thread = threading.Thread(target=server.serve_forever, name=name, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def document_url(base_url: str, doc_id: str) -> str:
    return f"{base_url}documents/{doc_id}.html"


def search(page, base_url: str, term: str) -> None:
    page.goto(f"{base_url}search.html")
    field = page.locator("#search input[type=text], #search input[type=search]").first
    field.fill(term)


def result_documents(page, wanted: set[str] | None = None) -> set[str]:
    """The document ids among the search results, once they equal `wanted` (or after 10 s)."""
    js = """() => [...document.querySelectorAll("#search .pagefind-ui__result-link")]
                    .map(a => (a.getAttribute("href").match(/documents\\/([^/?#]+)\\.html/) || [])[1])
                    .filter(Boolean)"""
    if wanted is not None:
        try:
            page.wait_for_function(
                f"([wanted]) => {{ const ids = new Set(({js})()); "
                "return ids.size === wanted.length && wanted.every(id => ids.has(id)); }",
                arg=[sorted(wanted)], timeout=10_000)
        except Exception:  # the assertion of the caller tells what was found instead
            pass
    return set(page.evaluate(js))


SCROLL_SETTLED_JS = """() => new Promise((settled) => {
  let y = window.scrollY, still = 0;
  const frame = () => {
    still = window.scrollY === y ? still + 1 : 0;
    y = window.scrollY;
    if (still >= 10) { settled(y); } else { requestAnimationFrame(frame); }
  };
  requestAnimationFrame(frame);
})"""
"""Waits until the page has not scrolled for ten frames in a row."""


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation.get('impact')}): {violation['help']}")
        for node in violation["nodes"][:5]:
            summary = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"    {', '.join(map(str, node['target']))}: {summary}")
    return "\n".join(lines)
