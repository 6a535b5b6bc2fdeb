"""The cache's files fetched ahead of the reader: all items in order, each file advised before
it is taken but at most `ahead` of them, missing files passed over, and the thread gone when the
reader stops."""

import os
import threading
import time

import pytest

from edition import read_ahead as module
from edition.read_ahead import read_ahead

pytestmark = pytest.mark.skipif(not hasattr(os, "posix_fadvise"), reason="no posix_fadvise")


@pytest.fixture
def advised(monkeypatch):
    """The files `posix_fadvise` was asked about, in order (their names, from /proc)."""
    seen: list[str] = []
    real = os.posix_fadvise

    def record(descriptor, offset, length, advice):
        assert advice == os.POSIX_FADV_WILLNEED
        seen.append(os.path.basename(os.readlink(f"/proc/self/fd/{descriptor}")))
        return real(descriptor, offset, length, advice)

    monkeypatch.setattr(module.os, "posix_fadvise", record)
    return seen


def files(tmp_path, count):
    names = [f"{n:02}.bin" for n in range(count)]
    for name in names:
        (tmp_path / name).write_bytes(name.encode())
    return names


def wait_for(condition, seconds=5.0):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return condition()


def test_yields_every_item_in_order_and_advises_each_file(tmp_path, advised):
    names = files(tmp_path, 10)
    taken = []
    for item in read_ahead(names, lambda name: str(tmp_path / name), ahead=3):
        taken.append(item)
        assert wait_for(lambda: len(advised) >= min(len(taken) + 2, 10))
    assert taken == names
    assert advised == names


def test_advises_no_more_than_ahead_of_the_reader(tmp_path, advised):
    names = files(tmp_path, 10)
    reader = read_ahead(names, lambda name: str(tmp_path / name), ahead=3)
    assert next(reader) == "00.bin"
    assert wait_for(lambda: len(advised) == 3)
    time.sleep(0.1)
    assert advised == names[:3]
    assert next(reader) == "01.bin"
    assert wait_for(lambda: len(advised) == 4)
    reader.close()


def test_missing_files_are_passed_over(tmp_path, advised):
    names = files(tmp_path, 4)
    (tmp_path / names[1]).unlink()
    reader = read_ahead(names, lambda name: str(tmp_path / name))
    first = next(reader)
    assert wait_for(lambda: len(advised) == 3)
    assert [first, *reader] == names
    assert advised == [names[0], names[2], names[3]]


def test_the_thread_ends_when_the_reader_stops(tmp_path, advised):
    names = files(tmp_path, 20)
    before = set(threading.enumerate())
    reader = read_ahead(names, lambda name: str(tmp_path / name), ahead=2)
    next(reader)
    started = [t for t in threading.enumerate() if t not in before]
    assert len(started) == 1
    reader.close()
    started[0].join(5)
    assert not started[0].is_alive()
    assert len(advised) <= 3
