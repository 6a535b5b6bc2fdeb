"""Benchmark of the build on a synthetic corpus: `python tests/benchmarks/bench.py [N ...] [--jobs J]`.

For each N (default 100, 1000 and 10000) it writes N sources of about 40 KB (see
`synthetic.py`), then, in a fresh process so that peak memory is that build's own:
a full build (cold cache), the time of each stage, the per-document cost, peak memory (the
summed PSS of the whole process tree, see `tree_memory.py`, and `getrusage` maxrss of the build
process and of its largest child), the floor (lxml alone parsing and serializing the same TEI
files) and an incremental build after one source changed, then after another (the stages of
the second in a table of their own). Encode, validate, collect and render
(a document's pages and DTS files, its corpus and ZIP members; register entry pages) run inside
the workers: their starred figures are seconds summed over workers; the other columns are wall
seconds ("render" = collecting + rendering documents, register entries and edition pages;
"open data" = assembling the edition-wide downloads, DTS collections and manifest). Not
collected by pytest (the name is not test_*)."""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEARCH_STAGE = "search index (the rest of its time)"
"""Pagefind runs while the open data and edition pages are written: what the build waits after."""
sys.path.insert(0, str(ROOT))

COLUMNS = (("N", "{:>6}"), ("build s", "{:>8.1f}"), ("ms/doc", "{:>7.1f}"),
           ("encode*", "{:>8.1f}"), ("validate*", "{:>9.1f}"), ("collect*", "{:>8.1f}"),
           ("render*", "{:>8.1f}"), ("encode wall", "{:>11.1f}"), ("render", "{:>7.1f}"),
           ("open data", "{:>9.1f}"), ("search", "{:>7.1f}"),
           ("write", "{:>6.1f}"), ("floor s", "{:>8.2f}"), ("incr s", "{:>7.1f}"),
           ("again s", "{:>8.1f}"),
           ("RSS MiB", "{:>8.0f}"), ("child MiB", "{:>9.0f}"), ("tree MiB", "{:>8.0f}"))
REBUILD_STAGES = (("encoding", "encoding"), ("TEI", "writing TEI"), ("collecting", "collecting"),
                  ("documents", "rendering documents"), ("entries", "rendering register entries"),
                  ("open data", "open data: downloads, DTS, citation manifest"),
                  ("edition pages", "rendering edition pages"), ("search", SEARCH_STAGE))
"""(column, stage as `--progress` prints it) of the table of the second rebuild's stages."""


def measure(n: int, folder: Path, jobs: int) -> dict:
    """One full build of n sources, its stages, the lxml floor and one incremental build."""
    from lxml import etree

    from edition.config import Settings
    from edition.diagnostics import Reporter
    from edition.pipeline import collect_corpus, write_site
    from tests.benchmarks.synthetic import write_corpus
    from tests.benchmarks.tree_memory import TreeMemory

    seeds, out = folder / "seeds", folder / "site"
    sources = write_corpus(seeds, n)
    settings = Settings(seeds=seeds, out=out, jobs=jobs, progress=True)
    start = time.perf_counter()
    reporter = Reporter()
    with TreeMemory() as tree:
        corpus = collect_corpus(settings, reporter)
        if reporter.failed():
            raise SystemExit("\n".join(str(d) for d in reporter.sorted()[:20]))
        write_site(corpus)
    build = time.perf_counter() - start
    timings, work = corpus.progress.timings, corpus.progress.work
    del corpus
    start = time.perf_counter()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    for path in sorted((out / "tei").glob("*.xml")):
        etree.tostring(etree.fromstring(path.read_bytes(), parser), xml_declaration=True,
                       encoding="UTF-8")
    floor = time.perf_counter() - start
    incr, stages = rebuilt_after_edit(sources[len(sources) // 2], seeds, out, jobs)
    again, again_stages = rebuilt_after_edit(sources[len(sources) // 3], seeds, out, jobs)
    return {
        "N": n, "build s": build, "ms/doc": 1000 * build / n,
        "encode*": work.get("encode", 0.0), "validate*": work.get("validate", 0.0),
        "collect*": work.get("collect", 0.0), "render*": work.get("render", 0.0),
        "encode wall": timings.get("encoding", 0.0),
        "render": sum(timings.get(k, 0.0) for k in
                      ("collecting", "rendering documents", "rendering register entries",
                       "rendering edition pages")),
        "open data": timings.get("open data: downloads, DTS, citation manifest", 0.0),
        "search": timings.get(SEARCH_STAGE, 0.0),
        "write": timings.get("writing TEI", 0.0) + timings.get("swapping in", 0.0),
        "floor s": floor, "incr s": incr, "again s": again,
        "incr search": stages.get(SEARCH_STAGE, 0.0),
        "incr encoding": stages.get("encoding", 0.0),
        "again stages": again_stages,
        "RSS MiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "child MiB": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "tree MiB": tree.peak if tree.peak is not None else float("nan"),
        "tree at peak": tree.at_peak,
    }


def rebuilt_after_edit(source: Path, seeds: Path, out: Path, jobs: int) -> tuple[float, dict]:
    """Change a few words of `source`, then build as a user does (a new process): the seconds
    it took and the seconds of each stage it printed."""
    source.write_text(source.read_text(encoding="utf-8").replace(
        "Com. Dorticos said", "Comrade Dorticos said", 1).replace(
        "CC CPSU.", "CC CPSU, Moscow.", 1), encoding="utf-8")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "build.py"), "--seeds", str(seeds), "--out",
                           str(out), "--jobs", str(jobs), "--progress"],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    seconds = time.perf_counter() - start
    return seconds, stage_seconds(done.stderr)


def stage_seconds(printed: str) -> dict[str, float]:
    """Stage -> wall seconds, from what `--progress` printed ("encoding 10/10: 0.1 s", and
    each stage on a line of its own when not to a terminal)."""
    stages = {}
    for line in printed.replace("\r", "\n").splitlines():
        name, _, value = line.rpartition(": ")
        if name and re.fullmatch(r"\d+(\.\d+)? s", value):
            stages[re.sub(r" \d+/\d+$", "", name)] = float(value.split()[0])
    return stages


def machine() -> str:
    memory = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.strip()
    return (f"machine: nproc {os.cpu_count()}, Python {platform.python_version()}, "
            f"{platform.platform()}\n{memory}")


def table(rows: list[dict]) -> str:
    head = " ".join(f"{name:>{len(fmt.format(0))}}" for name, fmt in COLUMNS)
    lines = [head, "-" * len(head)]
    lines += [" ".join(fmt.format(row[name]) for name, fmt in COLUMNS) for row in rows]
    lines.append("* CPU seconds summed over workers; other columns are wall seconds. "
                 "search: waiting for Pagefind after the rest was written (it starts after the "
                 "document and register entry pages); floor: lxml parse + serialize of the same TEI files; incr s: `build.py` in a "
                 "new process after one source changed, right after the full build (of which search index: "
                 + ", ".join(f"{r['incr search']:.1f} s" for r in rows) + "; encoding, with "
                 "the schemas loaded: " + ", ".join(f"{r['incr encoding']:.1f} s" for r in rows)
                 + "); again s: the same after a second source changed; RSS MiB: the build process; child MiB: its largest child (a worker, "
                 "Pagefind or the incremental build); tree MiB: the peak of the summed PSS of the "
                 "build process and all its children during the full build (sampled every 0.5 s; "
                 "at that peak: " + "; ".join(r["tree at peak"] for r in rows) + ")")
    return "\n".join(lines)


def rebuild_table(rows: list[dict]) -> str:
    """The wall seconds of each stage of the second rebuild (`again s`): what a rebuild costs
    once the site before the last is kept as the spare."""
    columns = [("N", "{:>6}"), ("again s", "{:>8.1f}")] + [
        (name, f"{{:>{max(len(name), 5)}.1f}}") for name, _ in REBUILD_STAGES] + [("rest", "{:>5.1f}")]
    head = " ".join(f"{name:>{len(fmt.format(0))}}" for name, fmt in columns)
    lines = ["stages of the second rebuild (wall seconds):", head, "-" * len(head)]
    for row in rows:
        stages = [row["again stages"].get(stage, 0.0) for _, stage in REBUILD_STAGES]
        values = [row["N"], row["again s"], *stages, row["again s"] - sum(stages)]
        lines.append(" ".join(fmt.format(value) for (_, fmt), value in zip(columns, values)))
    lines.append("rest: starting Python, reading the registers, swapping the site in, "
                 "remembering what was made")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000])
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (0: all cores)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.keep, args.jobs)))
        return 0
    rows = []
    for n in args.sizes:
        folder = args.keep / str(n) if args.keep else Path(tempfile.mkdtemp(prefix=f"bench-{n}-"))
        try:
            done = subprocess.run([sys.executable, __file__, "--one", str(n), "--keep",
                                   str(folder), "--jobs", str(args.jobs)],
                                  stdout=subprocess.PIPE, text=True, check=True, cwd=ROOT)
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        finally:
            if not args.keep:
                shutil.rmtree(folder, ignore_errors=True)
        print(table(rows[-1:]), file=sys.stderr)
    print(machine())
    print(table(rows))
    print(rebuild_table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
