"""Command line: `build.py [build] [--seeds DIR] [--out DIR] [--strict]` and `build.py serve`.

Exit codes: 0 the edition was built, 1 the input has errors (nothing was written),
2 an internal error (a bug: please report it with the traceback), 130 (Ctrl-C, SIGINT) or 143
(SIGTERM) the build was interrupted (nothing was written; `edition.interrupt`).
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from .config import Settings
from .diagnostics import Location, Reporter, Severity, counted
from .interrupt import stop_on_signals

INTERRUPTED = 130
"""The exit code of a build stopped by Ctrl-C (SIGTERM: 143), as shells report a signal."""


def port(text: str) -> int:
    """A TCP port number; argparse refuses anything else with a usage message."""
    number = int(text)  # a ValueError: argparse says "invalid port value"
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"{number} is not a port: use 0 to 65535")
    return number


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="build.py", description="Encode the sources of SEEDS as TEI, validate them and "
        "publish the edition as a static site in OUT; or serve that site.",
        epilog="Exit codes: 0 built, 1 errors in the input (nothing was written), 2 a bug, "
        "130 or 143 interrupted by SIGINT (Ctrl-C) or SIGTERM (nothing was written).")
    parser.add_argument("command", nargs="?", default="build", choices=("build", "serve"),
                        help="build the edition (default) or serve the built site")
    parser.add_argument("--seeds", type=Path, default=Path("seeds"),
                        help="folder of source texts and registers (default: seeds)")
    parser.add_argument("--out", type=Path, default=Path("site"),
                        help="folder the site is written to (default: site)")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.add_argument("--provisional-speakers", action="store_true",
                        help="unknown speakers get provisional register entries (a warning) "
                             "instead of an error: for a first pass over new material")
    parser.add_argument("--previous-manifest", type=Path, default=None, metavar="PATH",
                        help="citations.json of the previous release: report citations whose "
                             "text changed or vanished; fail unless --accept-citation-changes")
    parser.add_argument("--accept-citation-changes", action="store_true",
                        help="the citation changes are intended: report them, do not fail")
    parser.add_argument("--port", type=port, default=8000,
                        help="port for serve, 0 to 65535 (default 8000; 0: any free port)")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    parser.add_argument("--no-cache", dest="cache", action="store_false",
                        help="a full build: do not reuse results of the last build "
                             "(kept in .edition-cache/ beside the site folder)")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="show stage progress on stderr (default: for 50 sources or more)")
    return parser.parse_args(argv)


def print_diagnostics(reporter: Reporter) -> tuple[int, int]:
    """Every diagnostic, infos too: an accepted citation change is one, and the release's
    editor must still see which citations it breaks. The errors and warnings printed."""
    printed = reporter.as_printed()
    for diagnostic in printed:
        print(diagnostic, file=sys.stderr)
    return counted(printed, Severity.ERROR), counted(printed, Severity.WARNING)


def run_build(args: argparse.Namespace) -> int:
    from .heap import leave_to_exit
    from .pipeline import build
    settings = Settings(seeds=args.seeds, out=args.out, strict=args.strict,
                        provisional_speakers=args.provisional_speakers, jobs=args.jobs,
                        cache=args.cache, progress=args.progress,
                        previous_manifest=args.previous_manifest,
                        accept_citation_changes=args.accept_citation_changes)
    reporter = Reporter()
    check_before_build(settings, reporter)
    written = False
    if not reporter.failed():
        written = build(settings, reporter)
        leave_to_exit()
    errors, warnings = print_diagnostics(reporter)
    if not written:
        failing = "warning(s) with --strict" if not errors else "error(s)"
        print(f"build failed: {errors} error(s), {warnings} warning(s); nothing was written "
              f"({failing} must be fixed)", file=sys.stderr)
        return 1
    print(f"built {args.out}: {warnings} warning(s)")
    return 0


def check_before_build(settings: Settings, reporter: Reporter) -> None:
    """Report, before anything is read or written, a seeds folder that is not there, an --out
    folder that a build may not replace (`edition.write.out_refusal`) and a missing tei_all."""
    from .pipeline import shown_path
    from .validate import find_tei_all, tei_all_missing
    from .write import out_refusal
    if find_tei_all() is None:
        wanted, message = tei_all_missing()
        reporter.error(Location(shown_path(wanted)), message, "tei-all-missing")
    if not settings.seeds.is_dir():
        what = "is a file, not a folder" if settings.seeds.exists() else "does not exist"
        reporter.error(Location(shown_path(settings.seeds)), f"the seeds folder {what}",
                       "seeds-missing")
    refused = out_refusal(settings.out, settings.seeds)
    if refused:
        reporter.error(Location(shown_path(settings.out)), refused, "out-refused")


def run_serve(args: argparse.Namespace) -> int:
    from .serve import serve
    return serve(args.out, args.port)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        if args.command == "serve":
            return run_serve(args)
        with stop_on_signals():
            return run_build(args)
    except KeyboardInterrupt as stop:  # `Interrupted`, or a Ctrl-C before it could be
        print("interrupted; the previous site is unchanged", file=sys.stderr)
        return getattr(stop, "exit_code", INTERRUPTED)
    except OSError as exc:  # the machine, not the sources: a full disk, a file in the way
        where = f" {exc.filename}" if exc.filename else ""
        print(f"error: cannot read or write{where}: {exc.strerror or exc}; the previous site "
              "is unchanged", file=sys.stderr)
        return 1
    except Exception:  # a bug of ours: say so, with the traceback
        traceback.print_exc()
        print("internal error: this is a bug in edition, not in your sources", file=sys.stderr)
        return 2
