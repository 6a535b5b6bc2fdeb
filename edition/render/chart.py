"""The speaker summary of a document as an inline SVG bar chart with text labels (no JS)."""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree
from markupsafe import Markup

from ..records import SpeakerStat
from .pages import counted

ROW, LABEL_WIDTH, BAR_WIDTH, TEXT_WIDTH = 28, 230, 300, 170
UNIDENTIFIED_SPEAKERS = "Unidentified speakers"
"""The speakers a text names no one by (`Unidentified:`, `Speaker?:`), counted together, as the
document's chart and the analytics page name them."""


def speaker_chart(named: Sequence[tuple[str, SpeakerStat]], chart_id: str) -> Markup:
    """Bars proportional to spoken words, most words first (then by name); every bar labelled
    with the speaker's name, turns and words. `named`: (name, numbers) of each speaker."""
    if not named:
        return Markup("")
    speakers = sorted(named, key=lambda pair: (-pair[1].words, pair[0]))
    width = LABEL_WIDTH + BAR_WIDTH + TEXT_WIDTH
    height = ROW * len(speakers) + 8
    svg = etree.Element("svg", {"xmlns": "http://www.w3.org/2000/svg", "class": "chart",
                                "viewBox": f"0 0 {width} {height}", "role": "img",
                                "aria-labelledby": f"{chart_id}-title"})
    title = etree.SubElement(svg, "title", id=f"{chart_id}-title")
    title.text = "Words spoken per speaker: " + "; ".join(
        f"{name}, {_turns(s)}, {_words(s)}" for name, s in speakers)
    most = max(s.words for _, s in speakers) or 1
    for row, (name, stat) in enumerate(speakers):
        y = 4 + row * ROW
        _text(svg, LABEL_WIDTH - 8, y + 18, name, "end")
        bar = max(2, round(BAR_WIDTH * stat.words / most))
        etree.SubElement(svg, "rect", {"x": str(LABEL_WIDTH), "y": str(y + 4), "width": str(bar),
                                       "height": str(ROW - 8), "class": "bar"})
        _text(svg, LABEL_WIDTH + bar + 6, y + 18, f"{_words(stat)}, {_turns(stat)}", "start")
    return Markup(etree.tostring(svg, encoding="unicode"))


def _turns(stat: SpeakerStat) -> str:
    return counted(stat.turns, "turn", "turns")


def _words(stat: SpeakerStat) -> str:
    return counted(stat.words, "word", "words")



def _text(svg: etree._Element, x: int, y: int, text: str, anchor: str) -> None:
    label = etree.SubElement(svg, "text", {"x": str(x), "y": str(y), "text-anchor": anchor})
    label.text = text
