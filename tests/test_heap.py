"""The garbage collector paused while results load and kept off the corpus during a build, and
given everything back afterwards (a process running several builds frees each one)."""

from __future__ import annotations

import gc

import pytest

from edition.config import Settings
from edition.diagnostics import Reporter
from edition.heap import collector_paused, keep_what_is_alive, kept_from_collector
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


def test_what_is_made_within_the_block_is_kept_too_and_comes_back_with_the_rest():
    with kept_from_collector():
        before = gc.get_freeze_count()
        model = [[] for _ in range(100)]
        keep_what_is_alive()
        assert gc.get_freeze_count() >= before + len(model)
        with collector_paused():
            more = [[] for _ in range(100)]
        assert gc.get_freeze_count() >= before + len(model) + len(more)
    assert gc.get_freeze_count() == 0


def test_what_is_made_while_paused_goes_to_the_oldest_generation():
    with collector_paused():
        loaded = [[] for _ in range(100)]
    oldest = {id(thing) for thing in gc.get_objects(generation=2)}
    assert all(id(thing) in oldest for thing in loaded)
    assert gc.get_freeze_count() == 0


def test_a_build_in_this_process_leaves_its_corpus_to_the_collector(tmp_path):
    seeds = tmp_path / "seeds"
    write_corpus(seeds, 3, seed=5)
    reporter = Reporter()
    assert build(Settings(seeds=seeds, out=tmp_path / "site", jobs=1), reporter)
    assert gc.get_freeze_count() == 0 and gc.isenabled()
