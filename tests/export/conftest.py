"""The seeds built once by the pipeline: the exports are those of a real build."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from edition.config import Settings, load_edition_info
from edition.diagnostics import Reporter
from edition.pipeline import build

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
MEMO = "1962-11-05-memcon-mikoyan-dorticos"
TEL = "1962-11-19-telegram-mikoyan-cc-cpsu"
TEI_NS = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="session")
def seed_settings() -> Settings:
    return Settings(seeds=SEEDS, edition=load_edition_info(SEEDS, Reporter()))


def build_site(out: Path) -> Path:
    """The seeds built into `out` by `edition.pipeline.build`, with a build cache of its own:
    the render workers leave each document's corpus and ZIP member in the cache, and
    `open_data.write_open_data` assembles downloads/ from them (`export.write_downloads`)."""
    reporter = Reporter()
    settings = Settings(seeds=SEEDS, out=out, jobs=1, cache_dir=out.parent / f"{out.name}-cache")
    assert build(settings, reporter), [str(d) for d in reporter.sorted()]
    return out


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("export") / "site")


@pytest.fixture(scope="session")
def published(site) -> list[tuple[str, etree._Element]]:
    return [(path.stem, etree.parse(str(path)).getroot())
            for path in sorted((site / "tei").glob("1962-*.xml"))]
