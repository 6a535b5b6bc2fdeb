"""Who speaks with whom, as an inline SVG matrix: accessible (title, desc, text labels), no JS.

Rows and columns are the speakers; each cell shows, as a number and a shade, in how many
documents both speak. The diagonal shows in how many documents the speaker speaks at all.
"""

from __future__ import annotations

from lxml import etree
from markupsafe import Markup

from .analytics import Pair, Speaker

SVG_NS = "http://www.w3.org/2000/svg"
CELL, LABEL, TOP = 44, 210, 150
INK, PAPER, STRONG = "#1b1b1b", "#ffffff", "#1f4e79"


def _text(parent: etree._Element, x: float, y: float, text: str, **attributes: str) -> None:
    element = etree.SubElement(parent, "text", {"x": f"{x:g}", "y": f"{y:g}", **attributes})
    element.text = text


def _shade(count: int, most: int) -> tuple[str, str]:
    """(fill opacity of the cell, text colour) with enough contrast for the number."""
    strength = count / most if most else 0
    return f"{0.1 + 0.9 * strength:.2f}", PAPER if strength > 0.5 else INK


def description(people: list[Speaker], pairs: list[Pair]) -> str:
    """The matrix in words, for the SVG's desc."""
    names = {s.entry_id: s.name for s in people}
    if not pairs:
        return "No two speakers speak in the same document."
    return "; ".join(f"{names[p.a]} and {names[p.b]}: {len(p.documents)} document"
                     f"{'s' if len(p.documents) != 1 else ''}" for p in pairs) + "."


def _svg(width: int, height: int, css: str, **attributes: str) -> etree._Element:
    """An SVG drawn at its size: `width` units are as many CSS pixels, so that its labels stay
    readable (13 px)."""
    return etree.Element("svg", {"xmlns": SVG_NS, "class": f"chart {css}",
                                 "viewBox": f"0 0 {width} {height}",
                                 "style": f"width: {width}px", **attributes})


def copresence_svg(people: list[Speaker], pairs: list[Pair], chart_id: str) -> Markup:
    """The speaker × speaker matrix of shared documents; '' when nobody speaks.

    Two SVGs side by side: the row labels (hidden from screen readers: the matrix's description
    names every pair), which the page keeps in view while a narrow screen scrolls the other
    sideways, and the matrix with its column labels."""
    if not people:
        return Markup("")
    counts = {(p.a, p.b): len(p.documents) for p in pairs}
    counts.update({(p.b, p.a): len(p.documents) for p in pairs})
    counts.update({(s.entry_id, s.entry_id): len(s.documents) for s in people})
    most = max(counts.values())
    size = CELL * len(people)
    rows = _svg(LABEL, TOP + size + 8, "matrix-rows", **{"aria-hidden": "true"})
    svg = _svg(size + TOP, TOP + size + 8, "matrix", role="img",
               **{"aria-labelledby": f"{chart_id}-title {chart_id}-desc"})
    etree.SubElement(svg, "title", id=f"{chart_id}-title").text = \
        "Speakers who speak in the same documents (number of documents)"
    etree.SubElement(svg, "desc", id=f"{chart_id}-desc").text = description(people, pairs)
    for i, person in enumerate(people):
        middle = i * CELL + CELL / 2
        _text(rows, LABEL - 8, TOP + middle + 5, person.name, **{"text-anchor": "end"})
        _text(svg, middle + 5, TOP - 8, person.name,
              transform=f"rotate(-45 {middle + 5:g} {TOP - 8})", **{"text-anchor": "start"})
    for row, a in enumerate(people):
        for column, b in enumerate(people):
            count = counts.get((a.entry_id, b.entry_id), 0)
            x, y = column * CELL, TOP + row * CELL
            opacity, colour = _shade(count, most)
            etree.SubElement(svg, "rect", {
                "x": str(x), "y": str(y), "width": str(CELL - 2), "height": str(CELL - 2),
                "fill": STRONG if count else PAPER, "fill-opacity": opacity if count else "1",
                "stroke": "#767676"})
            # style, not fill: the site's `.chart text` rule would win over a presentation attribute
            _text(svg, x + CELL / 2 - 1, y + CELL / 2 + 4, str(count),
                  style=f"fill:{colour if count else INK}", **{"text-anchor": "middle"})
    return Markup("".join(etree.tostring(part, encoding="unicode") for part in (rows, svg)))
