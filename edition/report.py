"""The encoding report of one document: diagnostics, speakers, unresolved names and inferred dates."""

from __future__ import annotations

from collections import Counter

from .diagnostics import Diagnostic
from .model import Document, Turn


def encoding_report(document: Document, diagnostics: list[Diagnostic]) -> str:
    """A plain-text report an editor reads to check and settle the encoder's decisions."""
    turns = [p for p in document.parts if isinstance(p, Turn)]
    speakers = Counter(who for t in turns for who in t.who.split() or [t.who])
    lines = [f"Encoding report: {document.raw.path}", f"document id: {document.doc_id}",
             f"layout: {document.raw.layout}; type: {document.doc_type}; date: {document.date or '?'}",
             "", f"speaker turns: {len(turns)}"]
    lines += [f"  {who}: {count}" for who, count in sorted(speakers.items())]
    lines += ["", f"diagnostics: {len(diagnostics)}"]
    lines += [f"  {d}" for d in diagnostics]
    lines += ["", f"inferred dates: {len(document.inferred_dates)}"]
    lines += [f"  line {line}: {text!r} -> {value}" for line, text, value in document.inferred_dates]
    names = Counter(name for _, name in document.unresolved_names)
    first_line = {}
    for line, name in document.unresolved_names:
        first_line.setdefault(name, line)
    lines += ["", f"names not in a register (candidates): {len(names)}"]
    lines += [f"  line {first_line[n]}: {n} ({c}x)" for n, c in sorted(names.items(),
                                                                     key=lambda i: first_line[i[0]])]
    return "\n".join(lines) + "\n"
