"""The 'View XML' page body: the TEI file as highlighted, line-numbered source (Pygments)."""

from __future__ import annotations

from markupsafe import Markup
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import XmlLexer
from pygments.style import Style
from pygments.token import Comment, Name, String, Text, Token


class ReadableStyle(Style):
    """Colours with a contrast of at least 4.5:1 on white (WCAG AA)."""

    background_color = "#ffffff"
    styles = {
        Token: "#1a1a1a",
        Text: "#1a1a1a",
        Comment: "italic #4d5f5f",
        Comment.Preproc: "#6b4400",
        Name.Tag: "bold #0b5e20",
        Name.Attribute: "#6b4400",
        Name.Entity: "bold #5a3d8a",
        String: "#a31515",
    }


def _formatter() -> HtmlFormatter:
    return HtmlFormatter(style=ReadableStyle, linenos="inline", cssclass="source", wrapcode=True)


def highlighted_xml(xml: str) -> Markup:
    """The XML as HTML: Pygments escapes every character of the source."""
    return Markup(highlight(xml, XmlLexer(), _formatter()))


def stylesheet() -> str:
    """The CSS of the highlighting, written once as static/source.css."""
    return _formatter().get_style_defs(".source") + "\n"
