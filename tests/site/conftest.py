"""The site rendered once per session from the seeds through the real pipeline, and a link checker."""

from __future__ import annotations

import dataclasses
import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from lxml import html

from edition.pipeline import write_site

ROOT = Path(__file__).resolve().parents[2]
MEMO = "1962-11-05-memcon-mikoyan-dorticos"
TEL = "1962-11-19-telegram-mikoyan-cc-cpsu"
FETCHED = {"stylesheet", "icon", "preload", "modulepreload", "manifest"}
TEI_NS = {"t": "http://www.tei-c.org/ns/1.0"}


def build(out: Path, corpus, documents) -> Path:
    """Write the site exactly as the pipeline does (TEI, registers, pages, search index)."""
    corpus.settings = dataclasses.replace(corpus.settings, out=out)
    write_site(corpus)
    return out


@pytest.fixture(scope="session")
def site(tmp_path_factory, corpus, documents) -> Path:
    return build(tmp_path_factory.mktemp("build") / "site", corpus, documents)


def parse(path: Path) -> html.HtmlElement:
    return html.fromstring(path.read_bytes())


def page_ids(tree: html.HtmlElement) -> set[str]:
    return set(tree.xpath("//@id"))


def broken_links(site: Path) -> list[str]:
    """Every href/src of every page that does not resolve to a file (and id) of the site."""
    pages = {p.relative_to(site).as_posix(): parse(p) for p in sorted(site.rglob("*.html"))}
    ids = {name: page_ids(tree) for name, tree in pages.items()}
    broken = []
    for name, tree in pages.items():
        for element, attribute, link, _ in tree.iterlinks():
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                if element.tag == "a" or (element.tag == "link" and element.get("rel") not in FETCHED):
                    continue  # links to read or to cite are allowed; they are not fetched
                broken.append(f"{name}: external resource {link}")
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name),
                                                       unquote(parts.path))) if parts.path else name
            if target.startswith("..") or not (site / target).is_file():
                broken.append(f"{name}: {link} (no file {target})")
            elif parts.fragment and target.endswith(".html") and parts.fragment not in ids[target]:
                broken.append(f"{name}: {link} (no id {parts.fragment} in {target})")
    return broken
