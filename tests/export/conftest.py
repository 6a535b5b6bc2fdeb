"""The seeds encoded once, and a site staged with the exports in the order the pipeline uses."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from lxml import etree

from edition.config import Settings, load_edition_info
from edition.diagnostics import Reporter
from edition.export import write_exports
from edition.pipeline import REGISTER_FILES, SAFE_PARSER, encode_source
from edition.registers import Registers
from edition.render import render_site
from edition.render.pages import Pages, environment, write_analytics
from edition.collect import collect_site
from edition.tei import serialize
from edition.write import SiteWriter

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
MEMO = "1962-11-05-memcon-mikoyan-dorticos"
TEL = "1962-11-19-telegram-mikoyan-cc-cpsu"
TEI_NS = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="session")
def seed_settings() -> Settings:
    return Settings(seeds=SEEDS, edition=load_edition_info(SEEDS, Reporter()))


@pytest.fixture(scope="session")
def encoded(seed_settings, registers):
    """The seed documents encoded (validation is the pipeline's, tested elsewhere)."""
    reporter = Reporter()
    found = [encode_source(path, registers, seed_settings, reporter)
             for path in sorted(SEEDS.glob("*.txt"))]
    assert all(found) and not reporter.failed(False), reporter.diagnostics
    return found


def build_site(out: Path, encoded, registers: Registers, settings: Settings) -> Path:
    """TEI and registers staged -> write_exports -> render_site -> commit, as pipeline.write_site.

    Until render_site writes the analytics page itself, it is written here after it.
    """
    settings = dataclasses.replace(settings, out=out)
    writer = SiteWriter(out)
    published = []
    for item in encoded:
        data = serialize(item.tei)
        writer.write_bytes(f"tei/{item.document.doc_id}.xml", data)
        published.append((item.document.doc_id, etree.fromstring(data, SAFE_PARSER)))
    for kind, name in zip(("person", "place", "org"), REGISTER_FILES):
        writer.write_bytes(f"tei/{name}", serialize(registers.to_tei(kind)))
    write_exports(published, registers, settings, writer)
    render_site(published, registers, settings, writer)
    if "analytics.html" not in writer.written:
        write_analytics(Pages(environment(), collect_site(published, registers), settings, writer))
    writer.commit()
    return out


@pytest.fixture(scope="session")
def site(tmp_path_factory, encoded, registers, seed_settings) -> Path:
    return build_site(tmp_path_factory.mktemp("export") / "site", encoded, registers,
                      seed_settings)


@pytest.fixture(scope="session")
def published(site) -> list[tuple[str, etree._Element]]:
    return [(path.stem, etree.parse(str(path)).getroot())
            for path in sorted((site / "tei").glob("1962-*.xml"))]
