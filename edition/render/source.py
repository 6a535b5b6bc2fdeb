"""The 'View XML' page body: the TEI file as highlighted, line-numbered source (no Pygments)."""

from __future__ import annotations

import re
from functools import lru_cache
from operator import concat

from markupsafe import Markup

# CSS class of each kind of token -> (colour, font); every colour has a contrast of at least
# 4.5:1 on BACKGROUND (WCAG AA). The classes and colours are those Pygments gave the page.
BACKGROUND = "#ffffff"
FOREGROUND = "#1a1a1a"
TOKEN_STYLES = {
    "c": ("#4d5f5f", "italic"),   # comment
    "cp": ("#6b4400", "italic"),  # XML declaration, processing instruction, CDATA, DOCTYPE
    "nt": ("#0b5e20", "bold"),    # tag: `<name`, `>`, `/>`, `</name>`
    "na": ("#6b4400", ""),        # attribute name with its `=`
    "s": ("#a31515", ""),         # attribute value with its quotes
    "ni": ("#5a3d8a", "bold"),    # reference in text: `&amp;`, `&#10;`
}
FONTS = {"italic": "font-style: italic", "bold": "font-weight: bold"}

# The XML is escaped first (`&`, `<`, `>`; a raw carriage return too, which an HTML parser would
# make a line end), so every character reaches the page escaped. The tokens are then found in
# the escaped text: in XML a `<` of the text is itself written as a reference, so every `&lt;`
# opens markup and every `&amp;` is a reference. The pattern starts with a literal `&`, so the
# regex engine skips the text between tokens quickly.
TOKEN = re.compile(r"""(&(?:
      lt;(?: !--.*?--                                # comment
           | \?.*?\?                                 # declaration, processing instruction
           | !\[CDATA\[.*?\]\]
           | [^&"']*(?:(?:"[^"]*"|'[^']*'|&(?!gt;))[^&"']*)*   # tag, DOCTYPE: to its `>`
           )&gt;
    | amp;[^&;\ \t\r\n]*;                            # reference in text
    ))""", re.VERBOSE | re.DOTALL)
TAG = re.compile(r"(&lt;[^&\ \t\r\n]*)(.*?)([\ \t\r\n]*/?&gt;)", re.VERBOSE | re.DOTALL)
ATTRIBUTE = re.compile(r"""([^=\ \t\r\n]+[\ \t\r\n]*=[\ \t\r\n]*)("[^"]*"|'[^']*')""")
CACHE_SIZE = 4096  # distinct tokens kept; a document has ~300, mostly shared with the others


def _span(kind: str, html: str) -> str:
    """`html` in a span of class `kind`, closed and reopened at each line end (a line number
    never sits inside a token's span)."""
    if "\n" in html:
        html = html.replace("\n", f'</span>\n<span class="{kind}">')
    return f'<span class="{kind}">{html}</span>'


def _attributes(html: str) -> str:
    return ATTRIBUTE.sub(lambda found: _span("na", found[1]) + _span("s", found[2]), html)


def token_html(token: str) -> str:
    """The HTML of one escaped token of TOKEN: a reference, a comment, a declaration or a tag."""
    if token.startswith("&amp;"):
        return _span("ni", token)
    if token.startswith("&lt;!--"):
        return _span("c", token)
    if token.startswith(("&lt;?", "&lt;!")):
        return _span("cp", token)
    start, attributes, end = TAG.fullmatch(token).groups()
    if not attributes:
        return _span("nt", token)
    return _span("nt", start) + _attributes(attributes) + _span("nt", end)


class _TokenHtml(dict):
    """Escaped token -> its HTML, made on first use; emptied when full (tags recur: `</p>`)."""

    def __missing__(self, token: str) -> str:
        if len(self) >= CACHE_SIZE:
            self.clear()
        html = self[token] = token_html(token)
        return html


_TOKEN_HTML = _TokenHtml()


@lru_cache(maxsize=4)
def _line_numbers(width: int) -> tuple[str, ...]:
    """The number spans of lines 1 to 10**width - 1, right-aligned in `width` characters."""
    return tuple(f'<span class="linenos">{number:>{width}}</span>' for number in range(1, 10 ** width))


def _numbered(html: str) -> str:
    """Each line of `html` after its number; a final line end starts no new line."""
    lines = html.split("\n")
    end = ""
    if len(lines) > 1 and not lines[-1]:
        lines.pop()
        end = "\n"
    width = len(str(len(lines)))
    if width <= 4:
        numbers = _line_numbers(width)
    else:
        numbers = [f'<span class="linenos">{n:>{width}}</span>' for n in range(1, len(lines) + 1)]
    return "\n".join(map(concat, numbers, lines)) + end


def highlighted_xml(xml: str) -> Markup:
    """The XML as highlighted HTML with line numbers; its text, without the numbers, is `xml`."""
    escaped = xml.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\r" in escaped:  # only in a comment, a processing instruction or CDATA; kept, not a line end
        escaped = escaped.replace("\r", "&#13;")
    parts = TOKEN.split(escaped)
    parts[1::2] = map(_TOKEN_HTML.__getitem__, parts[1::2])
    body = _numbered("".join(parts))
    return Markup(f'<div class="source"><pre><code>{body}</code></pre></div>\n')


def stylesheet() -> str:
    """The CSS of the highlighting, written once as static/source.css."""
    rules = ["span.linenos { padding-left: 5px; padding-right: 5px; }",
             f".source {{ background: {BACKGROUND}; color: {FOREGROUND}; }}"]
    for kind, (colour, font) in TOKEN_STYLES.items():
        rules.append(f".source .{kind} {{ color: {colour};{' ' + FONTS[font] + ';' if font else ''} }}")
    return "\n".join(rules) + "\n"
