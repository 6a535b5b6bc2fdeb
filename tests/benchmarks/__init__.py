"""Benchmarks of the build (run by hand: `python tests/benchmarks/bench.py`; pytest does not collect them)."""
