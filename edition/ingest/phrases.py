"""Foreign TEI phrase level -> our inline nodes, by the table PHRASES; text cleaned for our schema.

    <persName corresp="#p_KHA1">Kissinger</persName>'s
        -> Inline('persName', (('ref', 'persons.xml#prov-kissinger'),), (Text('Kissinger'),)),
           Text("'s")
    <gloss target="#t_USSR1">USSR</gloss>  ->  Text('USSR')
    <note n="2" xml:id="d122fn2"><ref target="#d121">Document 121</ref>.</note>
        -> Inline('note', (('type', 'editorial'), ('place', 'inline'), ('resp', '#ed'),
                           ('n', '2')), (Inline('ref', (('target', URL of d121),), ...), ...))

A footnote keeps the number its source printed (`@n`); a cross-reference keeps its target as a
public URL when `refs.Links` can give one, else only its words.

Whitespace is collapsed as XML pretty-printing requires; square brackets in the foreign text
are parsed as our editorial brackets (`[omission in the source text]` -> `gap`), since none may
stay literal in our TEI. Content our schema does not allow in a place (a stage direction inside
a name, an element inside `desc`) is unwrapped to its text, so no word is dropped.

Our schema has no apparatus: the reading text is kept, and what the source set aside is an
encoder's note at the end of the word (see `spacing`):

    The <subst><del>quick</del><add>slow</add></subst> fox.
        -> Text('The slow'), Inline('note', ENCODER_NOTE, (Text('Deleted: quick'),)), Text(' fox.')
    <app><lem>quick</lem><rdg wit="#B">slow</rdg></app>  ->  quick, a note 'Reading of B: slow'
    two<pb n="2"/>three  ->  two three          sen<pb break="no"/>tence  ->  sentence
    sen<lb break="no"/>tence  ->  Text('sen'), Inline('lb', (('break', 'no'),)), Text('tence')
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from lxml import etree

from ..breaks import spaced_text
from ..diagnostics import Location, Reporter
from ..inline import ED, Locator, classify_bracket, parse_inline
from ..model import Inline, Node, Text, plain_text
from ..namespaces import TEI_NS, XML_LANG
from .header import ISO_DATE, foreign_language, printed_number
from .people import ForeignPeople, person_pointer
from .refs import Links
from .schema_fit import collapse, drop_leading_breaks, fit, trim
from .spacing import (BOUNDARY, ENCODER_NOTE, WORD_BREAK, notes_after_words,
                      resolve_boundaries)

NCNAME = re.compile(r"[^\w.-]+")
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$")
GAP_REASONS = {"illegible": "illegible", "signature": "signature", "cancelled": "illegible",
               "damage": "illegible"}

PHRASES: dict[str, str] = {
    # names, linked to the register when they point at a person
    "persName": "person", "placeName": "place", "orgName": "org", "name": "name",
    "date": "date", "time": "date", "docDate": "date",
    # highlighting and quotation
    "hi": "hi", "emph": "hi", "title": "hi", "mentioned": "hi", "soCalled": "hi", "term": "hi",
    "foreign": "foreign",
    # editorial interventions
    "supplied": "supplied", "corr": "supplied", "reg": "supplied", "expan": "supplied",
    "ex": "supplied", "unclear": "unclear", "gap": "gap", "note": "note",
    # cross-references, by a URL that resolves anywhere
    "ref": "ref",
    # performance
    "stage": "stage", "kinesic": "stage", "vocal": "stage", "incident": "stage",
    "move": "stage", "lb": "break", "choice": "choice",
    # a reading text: the source's alternatives in encoder's notes
    "subst": "subst", "del": "deletion", "app": "app", "rdgGrp": "app", "rdg": "reading",
    "witDetail": "note",
    # no element of their own: the text only
    **{name: "text" for name in """
        gloss abbr sic orig add lem q quote said num measure roleName addName forename
        surname genName nameLink rs geogName country settlement region bloc district
        w pc c s phr seg cit bibl l lg p ab item label head speaker signed salute
        dateline opener closer trailer byline docAuthor address addrLine email idno unit
        cell row affiliation orgName_ref damage restore handShift space""".split()},
    # nothing to show
    "pb": "boundary", "cb": "boundary", "milestone": "omit", "anchor": "omit", "ptr": "omit",
    "index": "omit", "desc": "text", "figDesc": "text",
}
"""Foreign element (phrase level) -> what it becomes; not listed: its text, with a warning."""

SPACED = frozenset("p ab l item label head seg cell row speaker signed salute dateline "
                   "addrLine lg cit".split())
"""Elements whose text is a unit of its own: kept apart from the words around it."""


def local_name(element: etree._Element) -> str:
    """`persName` for a TEI element; `frus:attachment` for one of another namespace."""
    name = etree.QName(element)
    if name.namespace in (TEI_NS, None):
        return name.localname
    return f"{{{name.namespace}}}{name.localname}"


def iso_or_none(value: str | None) -> str | None:
    """A value our schema accepts as an ISO date (a full dateTime, or its date part), else None."""
    if not value:
        return None
    if DATE_TIME.match(value):
        return value
    match = ISO_DATE.match(value)
    return match.group() if match and not match.group().startswith("-") else None


class Phrases:
    """Converts the content of one foreign element into our inline nodes."""

    def __init__(self, people: ForeignPeople, shown: str, reporter: Reporter,
                 unknown: Callable[[etree._Element], None],
                 language: str, links: Links) -> None:
        self.people, self.shown, self.reporter, self.unknown = people, shown, reporter, unknown
        self.language = language        # of the text, where the source declares none
        self.links = links

    def content(self, element: etree._Element, skip: Iterable[etree._Element] = ()) -> list[Node]:
        """The nodes of `element`'s text and children (not its tail)."""
        skipped = set(skip)
        nodes: list[Node] = [Text(element.text or "")]
        for child in element:
            if isinstance(child.tag, str) and child not in skipped:
                nodes.extend(self.node(child))
            nodes.append(Text(child.tail or ""))
        return nodes

    def node(self, element: etree._Element) -> list[Node]:
        name = local_name(element)
        behaviour = PHRASES.get(name)
        if behaviour is None:
            self.unknown(element)
            behaviour = "text"
        nodes = getattr(self, f"p_{behaviour}")(element)
        return [Text(" "), *nodes, Text(" ")] if name in SPACED else nodes

    # ------------------------------------------------------------- behaviours

    def p_text(self, element) -> list[Node]:
        return self.content(element)

    def p_choice(self, element) -> list[Node]:
        """`<choice><sic>teh</sic><corr>the</corr></choice>` -> `teh [the]`: both readings,
        words apart from the words around them."""
        nodes: list[Node] = []
        for child in element:
            if isinstance(child.tag, str):
                nodes.extend([Text(" ")] * bool(nodes) + self.node(child))
        return [BOUNDARY, *nodes, BOUNDARY]

    def p_subst(self, element) -> list[Node]:
        """`<subst><del>quick</del><add>slow</add></subst>` -> `slow`, then the deletion's note."""
        kept: list[Node] = [Text(element.text or "")]
        notes: list[Node] = []
        for child in element:
            if isinstance(child.tag, str):
                (notes if local_name(child) == "del" else kept).extend(self.node(child))
            kept.append(Text(child.tail or ""))
        return kept + notes

    def p_app(self, element) -> list[Node]:
        """`<app><lem>quick</lem><rdg wit="#B">slow</rdg></app>` -> `quick`, then the readings'
        notes; without a `lem`, the first reading is the text."""
        children = [c for c in element if isinstance(c.tag, str)]
        lemma = next((c for c in children if local_name(c) == "lem"), None)
        if lemma is None and local_name(element) == "app":
            lemma = next((c for c in children if local_name(c) == "rdg"), None)
        kept = self.content(lemma) if lemma is not None else []
        notes = [n for c in children if c is not lemma for n in self.node(c)]
        return kept + notes

    def p_deletion(self, element) -> list[Node]:
        """`<del>quick</del>` -> a note `Deleted: quick` (the reading text leaves it out)."""
        return [Inline("note", ENCODER_NOTE, (Text("Deleted: "), *self._or_none(element)))]

    def p_reading(self, element) -> list[Node]:
        """`<rdg wit="#B">slow</rdg>` -> a note `Reading of B: slow`."""
        witnesses = ", ".join(w.rpartition("#")[2] for w in (element.get("wit") or "").split())
        label = f"Reading of {witnesses}: " if witnesses else "Another reading: "
        return [Inline("note", ENCODER_NOTE, (Text(label), *self._or_none(element)))]

    def _or_none(self, element) -> list[Node]:
        """The content of `element`, or `omitted` when it has none (`<rdg wit="#C"/>`); quoted
        in the English note, words of another language say so: `<foreign xml:lang="de">`."""
        nodes = self.content(element)
        if not (plain_text(nodes).strip() or len(nodes) > 1):
            return [Text("omitted")]
        language = foreign_language(element, self.language)
        return [Inline("foreign", (("xml:lang", language),), tuple(nodes))] if language else nodes

    def p_boundary(self, element) -> list[Node]:
        """A page or column break ends a word, unless it is marked `break="no"`."""
        return [] if element.get("break") == "no" else [BOUNDARY]

    def p_omit(self, element) -> list[Node]:
        return []

    def p_break(self, element) -> list[Node]:
        """A line break; inside a word (`sen<lb break="no"/>tence`) it stays marked so."""
        return [WORD_BREAK if element.get("break") == "no" else Inline("lb")]

    def p_person(self, element) -> list[Node]:
        ref = self.people.refs(person_pointer(element), plain_text(self.content(element)))
        return [Inline("persName", (("ref", ref),) if ref else (), tuple(self.content(element)))]

    def p_place(self, element) -> list[Node]:
        return [Inline("placeName", (), tuple(self.content(element)))]

    def p_org(self, element) -> list[Node]:
        return [Inline("orgName", (), tuple(self.content(element)))]

    def p_name(self, element) -> list[Node]:
        if element.get("type") == "person" and person_pointer(element):
            return self.p_person(element)
        return [Inline("name", (), tuple(self.content(element)))]

    def p_date(self, element) -> list[Node]:
        attrs = [(ours, iso_or_none(element.get(theirs))) for ours, theirs in
                 (("when", "when"), ("notBefore", "from"), ("notAfter", "to"),
                  ("notBefore", "notBefore"), ("notAfter", "notAfter"))]
        chosen = dict((k, v) for k, v in reversed(attrs) if v)
        order = ("when", "notBefore", "notAfter")
        return [Inline("date", tuple((k, chosen[k]) for k in order if k in chosen),
                       tuple(self.content(element)))]

    def p_hi(self, element) -> list[Node]:
        rend = element.get("rend") or ("italic" if local_name(element) in
                                       ("title", "emph", "mentioned", "term") else "")
        rend = NCNAME.sub("-", rend.split()[0]).strip("-.") if rend.split() else ""
        if rend and not (rend[0].isalpha() or rend[0] == "_"):
            rend = ""
        return [Inline("hi", (("rend", rend),) if rend else (), tuple(self.content(element)))]

    def p_foreign(self, element) -> list[Node]:
        lang = element.get(XML_LANG) or "und"
        if not re.fullmatch(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*", lang):
            lang = "und"
        return [Inline("foreign", (("xml:lang", lang),), tuple(self.content(element)))]

    def p_supplied(self, element) -> list[Node]:
        return [Inline("supplied", (("reason", "clarification"),) + ED,
                       tuple(self.content(element)))]

    def p_unclear(self, element) -> list[Node]:
        return [Inline("unclear", (("reason", "uncertain-reading"),) + ED,
                       tuple(self.content(element)))]

    def p_gap(self, element) -> list[Node]:
        reason = GAP_REASONS.get((element.get("reason") or "").lower(), "omission")
        desc = " ".join(spaced_text(d) for d in element.iter(f"{{{TEI_NS}}}desc"))
        desc = " ".join(desc.split()) or " ".join(
            x for x in (element.get("reason"), element.get("extent")) if x) or "omitted"
        return [Inline("gap", (("reason", reason),),
                       (Inline("desc", (), (Text(desc.replace("[", "(").replace("]", ")")),)),))]

    def p_note(self, element) -> list[Node]:
        if element.get("type") == "source":
            return []       # the source statement: in the header (see header.py)
        return [inline_note(printed_number(element), self.content(element))]

    def p_ref(self, element) -> list[Node]:
        """A cross-reference: a `ref` to its public URL, or its words alone when it has none."""
        target = self.links.target(element.get("target"))
        if target is None:
            return self.content(element)
        return [Inline("ref", (("target", target),), tuple(self.content(element)))]

    def p_stage(self, element) -> list[Node]:
        return [Inline("stage", (("type", "delivery"),), tuple(self.content(element)))]

    # ------------------------------------------------------------- cleaning

    def finish(self, nodes: list[Node], line: int, phrase_only: bool = False) -> tuple[Node, ...]:
        """Whitespace collapsed and trimmed, brackets parsed, content fitted to our schema."""
        cleaned = fit(collapse(resolve_boundaries(nodes)), phrase_only)
        cleaned = notes_after_words(self._brackets(cleaned, line))
        return tuple(trim(drop_leading_breaks(cleaned)))

    def _brackets(self, nodes: list[Node], line: int) -> list[Node]:
        out: list[Node] = []
        for node in self._spanning(nodes, line):
            if isinstance(node, Text):
                out.extend(self._bracket_text(node.text, line))
            elif node.tag == "desc":
                out.append(node)
            else:
                out.append(Inline(node.tag, node.attrs, tuple(self._brackets(list(node.children),
                                                                             line))))
        return out

    def _spanning(self, nodes: list[Node], line: int) -> list[Node]:
        """`[<persName>Beam</persName>'s]`: a bracket pair around elements becomes one element."""
        for start, node in enumerate(nodes):
            opening = node.text.rfind("[") if isinstance(node, Text) else -1
            if opening < 0 or "]" in node.text[opening:]:
                continue
            end = next((i for i in range(start + 1, len(nodes)) if isinstance(nodes[i], Text)
                        and ("]" in nodes[i].text or "[" in nodes[i].text)), None)
            if end is None or "]" not in nodes[end].text.split("[")[0]:
                return nodes
            closing = nodes[end].text.index("]")
            inner = [Text(node.text[opening + 1:]), *nodes[start + 1:end],
                     Text(nodes[end].text[:closing])]
            element = self._bracketed(collapse(inner), line)
            rest = [Text(nodes[end].text[closing + 1:]), *nodes[end + 1:]]
            return [*nodes[:start], Text(node.text[:opening]), element,
                    *self._spanning(rest, line)]
        return nodes

    def _bracketed(self, inner: list[Node], line: int) -> Inline:
        """The element for bracketed content with markup: classified by its text, markup kept."""
        kind = classify_bracket(plain_text(inner).strip(), Locator(self.shown, line), Reporter())
        if kind.tag in ("gap", "pb"):   # empty but for their description
            return kind
        return Inline(kind.tag, kind.attrs, tuple(trim(inner)))

    def _bracket_text(self, text: str, line: int) -> list[Node]:
        if "[" not in text and "]" not in text:
            return [Text(text)]
        local = Reporter()
        nodes = parse_inline(text, Locator(self.shown, line), local)
        if not local.diagnostics:
            return list(nodes)
        self.reporter.warning(Location(self.shown, line), "unbalanced square bracket in the "
                              "text, shown as a parenthesis", "foreign-bracket")
        return [Text(text.replace("[", "(").replace("]", ")"))]


def inline_note(number: str, content: Iterable[Node]) -> Inline:
    """Our inline note of the source's editors, `@n` the number the source printed ('' none)."""
    return Inline("note", (("type", "editorial"), ("place", "inline")) + ED
                  + ((("n", number),) if number else ()), tuple(content))
