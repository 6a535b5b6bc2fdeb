"""Foreign TEI through the real build: seeds with the 19 dev-corpus documents beside our own."""

from __future__ import annotations

from tests.conftest import DEV_CORPUS, SEEDS, build_py, seeds_with

CORPUS = DEV_CORPUS


def test_the_dev_corpus_publishes_through_build_py(tmp_path):
    foreign = sorted(CORPUS.glob("*/*.xml"))
    assert len(foreign) == 19, f"the dev corpus is expected under {CORPUS}"
    seeds = seeds_with(tmp_path, *foreign)   # a scratch folder: the DraCor files stay outside the project
    out = tmp_path / "site"
    result = build_py("--seeds", str(seeds), "--out", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert " error:" not in result.stderr
    pages = {p.stem for p in (out / "documents").glob("*.html") if not p.stem.endswith(".xml")}
    assert pages == {p.stem for p in foreign} | {p.stem for p in SEEDS.glob("*.txt")}
    # the speakers of the foreign documents are provisional persons, with pages of their own
    assert len(list((out / "persons").glob("prov-*.html"))) > 20
    assert "prov-" in (out / "tei" / "persons.xml").read_text(encoding="utf-8")
