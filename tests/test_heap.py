"""The garbage collector paused while results load and kept off the corpus during a build, and
given everything back afterwards (a process running several builds frees each one)."""

from __future__ import annotations

import gc

import pytest

from edition.config import Settings
from edition.diagnostics import Reporter
from edition.heap import collector_paused, kept_from_collector
from edition.pipeline import build
from tests.benchmarks.synthetic import write_corpus


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_paused_restores_the_state_it_found(enabled):
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(KeyError), collector_paused():
            assert not gc.isenabled()
            raise KeyError("a failing load")
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_kept_objects_come_back_to_the_collector_even_after_an_error():
    assert gc.get_freeze_count() == 0
    kept = [[] for _ in range(100)]
    with pytest.raises(KeyError), kept_from_collector():
        assert gc.get_freeze_count() >= len(kept)
        raise KeyError("a failing build")
    assert gc.get_freeze_count() == 0


def test_a_build_in_this_process_leaves_its_corpus_to_the_collector(tmp_path):
    seeds = tmp_path / "seeds"
    write_corpus(seeds, 3, seed=5)
    reporter = Reporter()
    assert build(Settings(seeds=seeds, out=tmp_path / "site", jobs=1), reporter)
    assert gc.get_freeze_count() == 0 and gc.isenabled()
