"""Resolution: find register names and dates in the text of inline nodes and link them.

    Text("Comrade Mikoyan said on 6 November")
    -> Text("Comrade "), persName[ref=persons.xml#mikoyan-anastas]("Mikoyan"), Text(" said on "),
       date[when=1962-11-06, cert=medium, evidence=conjecture]("6 November")
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from .address_bodies import going_on
from .alphabets import LOWER, UPPER
from .date_checks import contradicted_weekday
from .date_papers import recounted
from .dates import DateMention, find_dates
from .days_told import RELATIVE_DAYS, in_week_before, tells_of_a_day
from .model import Inline, Node, Text
from .namesakes import by_initials, coordinated_kin
from .person_names import NOT_NAMES, person_start
from .registers import Entry, Mention, Registers
from .source_marks import hand_named
from .seen_through import seen_through, written_span
from .source_refs import cited_volumes

NAME_TAGS = {"person": "persName", "place": "placeName", "org": "orgName"}
OPAQUE = {"foreign", "gap", "desc", "persName", "placeName", "orgName", "date", "time"}
"""Elements whose text is not searched for names and dates."""
ASIDES = {"note", "stage", "ref", "corr"}
"""Elements read apart from the sentence around them: an editor's note, a stage direction, a
footnote's marker (`October 30.[2]` is no `30.2`), the editors' correction of the words before it
(`28 October [sic: 27 October]`)."""
CONJECTURE = (("cert", "medium"), ("evidence", "conjecture"), ("resp", "#encoder"))
"""The attributes of a date whose days the encoder gives: inferred (`6 November` of a
document of 1962) or by its convention (`Late October 1962`: the 21st to the 31st), in the
text and the header alike."""
CONTEXT = 150
"""How much of the text around a text node the date rules see (the weekday rule reads 150
characters back and ahead for a tense: `date_weekdays.SENTENCE`)."""

CAPITALIZED_WORD = f"[{UPPER}][{LOWER}’']+[{UPPER}{LOWER}’']*"
"""A capitalized word of any alphabet, capitals inside it too (`Souveränität`, `UdSSR`,
`McNamara`), read whole, not cut at its first letter outside `a-z` (`Souver`, `Ud`)."""
CAPITALIZED_RUN = re.compile(
    rf"([{UPPER}](?<!^.)(?<!\w.)(?<![.!?:\"“] .)[{LOWER}’']+[{UPPER}{LOWER}’']*"
    rf"(?:\s+{CAPITALIZED_WORD})*)")
"""Capitalized words that may be a name: not at the start of the text or of a sentence, nor
inside a word. (The lookbehinds follow the first letter so that `re` can skip to capitals.)"""
NOUN_BEFORE = re.compile(rf"(?<!\w)(?:(?i:d(?:as|er|ie|en|em|es)|k?ein\w*|zu[mr]|[ai]m|vom|beim)"
                         rf"|(?!(?:oder|aber|sowie|wie)\s)[{LOWER}]+(?:e|en|er|em|es))\s+$")
"""In German, whose nouns are all capitalized, the word before a noun and not before a name: an
article (`der`, `Die`, `ein`, `zur`) or a lower-case word inflected as an adjective (`kubanischen`,
`offener`): `die Solidarität`, `auf kubanischem Territorium`; not `in Havanna`, `mit Kuba`,
`oder Kuba`, `Genosse Mikojan`."""


@dataclass
class Resolution:
    """What resolution found in one document, for the encoding report."""

    inferred_dates: list[tuple[int, str, str]] = field(default_factory=list)
    unresolved_names: list[tuple[int, str]] = field(default_factory=list)
    mentioned: dict[str, int] = field(default_factory=dict)
    reported_dates: list[tuple[DateMention, str]] = field(default_factory=list)
    """Dates that name no real day (`31 February 1962`), are read month first (`5.13.1962`)
    or have a weekday written with them that is another day's (`4 November (Saturday)`), the
    weekday kept with them ('' for none), in the order met: reported by the caller, which
    knows where the text stands (`text_blocks.TextBlocks.nodes`, `date_checks.report_text`)."""


@dataclass(frozen=True)
class Dating:
    """What the dates of one text of a document are read against."""

    day: str
    """The document's date, or the own date of a document it quotes (`date_quotes`): the day
    `6 November` takes its year from and `tomorrow` counts from ("" if none)."""
    last: str = ""
    """The last day of the span of days the document is dated by (`27-28 October 1962`: `day`
    the 27th, `last` the 28th), "" for a document of one day or a quoted document's day."""
    numbers_cited: bool = False
    """The text cites a telegram by its number (`MOSCOW 1962` in a telegram's head:
    `opener.cited_telegram`): a number alone there is no year."""
    own_day: bool = False
    """`day` is the text's own, not the document's: a diary entry's or a quoted telegram's (its
    relative days read even where the document is dated by a span of days)."""
    in_note: bool = False
    """The text is an editor's note (a footnote, the source statement), which tells of what
    came after the document too: a clause in the past tense there puts no day before the
    document date (`DateContext.past_before`)."""


@dataclass
class Resolver:
    """Links names and dates in the inline nodes of one document; each text's dates are read
    against the `Dating` given with it."""

    registers: Registers
    name_overrides: dict[str, str] = field(default_factory=dict)
    days_unread: frozenset[str] = frozenset()
    """The words counted from the document's day that are not read as dates (`unread_days`):
    `tomorrow` where the text is not written on the day it tells of, every such word where
    that day is unknown."""
    days_unread_on_own_day: frozenset[str] = frozenset()
    """`days_unread` for a text of a day of its own (`Dating.own_day`)."""
    days_read_until_told: bool = False
    """`today`, `tomorrow` and `yesterday` count from the document's day only until the text
    tells of another day of the week before it (a letter's or a telegram's:
    `doc_types.DayCounting.sent`): the seed telegram of Monday 19 November tells of `Sunday
    night` at the palace, and its `today` and `tomorrow` after are that Sunday's, unread."""
    told_later: bool = False
    """The document is told years after the days it tells of (an oral history, an interview:
    `doc_types.told_later`): no date is inferred from its own day (`on Monday`, `in October`,
    `6 November` stay text), the told days' being another year's."""
    speaks_here: Callable[[str], bool] = lambda ref: False
    """Whether a label of the document's turns names the person of a ref
    (`SpeakerLookup.speaks_here`): such a person's surname in capitals is theirs."""
    named_apart: Callable[[Entry], bool] = lambda entry: False
    """Whether the document names another bearer of a register person's surname
    (`surname_bearers.NamedApart`: `Robert Kennedy`, `RFK`): the surname alone is not linked to
    him (`Kennedy said`, `R. Kennedy`)."""
    nouns_capitalized: bool = False
    """The text is German, whose nouns are all capitalized: a word alone after an article or an
    adjective is a noun, no name to report (`NOUN_BEFORE`)."""
    common_words: Container[str] | None = frozenset()
    """The words an English text writes in lower case (`person_names.WordsInLowerCase`):
    capitalized, opening a sentence before a surname, they are those words, and any other word
    there that opens no sentence is a forename (`person_names.person_start`: `Robert Kennedy
    said`, not `During Mikoyan's visit`); None for a text in another language, whose first word
    of a sentence says nothing."""
    found: Resolution = field(default_factory=Resolution)
    _named_in_full: set[str] = field(default_factory=set, init=False, repr=False)
    """Persons named so far in the document by more than a surname alone (`George W. Ball`,
    `Under Secretary Ball`): the surname of such a person that is also a word is theirs after."""
    _names: dict[tuple[str, str], Inline] = field(default_factory=dict, init=False, repr=False)
    _dates: dict[tuple[str, str, str, str, bool, bool, str], Inline] = field(
        default_factory=dict, init=False, repr=False)
    _dates_read: bool = field(default=True, init=False, repr=False)
    """Dates are read in the text resolved now (not in a deletion: `dates_unread`)."""
    _another_day_told: str = field(default="", init=False, repr=False)
    """The day (`Dating.day`) the text read so far tells of a day of the week before
    (`WEEK_BEFORE`), "" if none: a part under a date line of another day counts from its own."""

    def resolve(self, nodes: tuple[Node, ...], line: int, dating: Dating, before: str = "",
                after: str = "", continued: str = "") -> tuple[Node, ...]:
        """`nodes` with names and dates linked, the dates read against `dating`; `before` and
        `after` are the text around them in their sentence, which the date rules see across
        inline elements (see `find_dates`); `continued` the next line of the address that
        `nodes` are a line of, which an organization's name ending them may go on with
        (`_going_on`)."""
        if len(nodes) == 1 and isinstance(nodes[0], Text):   # the usual paragraph: one text
            return tuple(self._resolve_text(nodes[0].text, line, dating, before, after,
                                            continued))
        read = [_read_on(node) for node in nodes]
        afters = []
        for text in reversed(read):
            afters.append(after)
            after = (text + after)[:CONTEXT]
        resolved: list[Node] = []
        for node, text, following in zip(nodes, read, reversed(afters)):
            if isinstance(node, Text):
                resolved.extend(self._resolve_text(node.text, line, dating, before, following))
            elif node.tag in OPAQUE:
                resolved.append(node)
            elif node.tag == "add" and hand_named(dict(node.attrs).get("rend", "")):
                resolved.append(Inline(node.tag, self._with_hand(node.attrs),
                                       self.resolve(node.children, line, dating, before,
                                                    following)))
            elif node.tag == "del":   # the author struck it out: no date of the document
                with self.dates_unread():
                    resolved.append(Inline(node.tag, node.attrs,
                                           self.resolve(node.children, line, dating)))
            elif node.tag in ASIDES:   # a sentence of its own
                aside = replace(dating, in_note=True) if node.tag == "note" else dating
                resolved.append(Inline(node.tag, node.attrs,
                                       self.resolve(node.children, line, aside)))
            else:
                resolved.append(Inline(node.tag, node.attrs,
                                       self.resolve(node.children, line, dating, before,
                                                    following)))
            before = (before + text)[-CONTEXT:]
        return tuple(resolved)

    @contextmanager
    def dates_unread(self) -> Iterator[None]:
        """No date read in what is resolved meanwhile, names linked as ever (a deletion's words:
        `[crossed out: tomorrow]` tells of no day of the document; the archive's Author field,
        whose `1917-1963` is a person's life)."""
        self._dates_read = False
        try:
            yield
        finally:
            self._dates_read = True

    def _with_hand(self, attrs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        """An addition's attributes with @hand, the register person whose hand its label names
        (`in Kennedy's hand` -> `persons.xml#kennedy-john`), before its @rend; unchanged when the
        registers hold no one person of that name (the label keeps the name)."""
        name = hand_named(dict(attrs).get("rend", ""))
        found = self._override(name, self.registers.entry_named(name))
        if found is None or found.kind != "person":
            return attrs
        rend = [pair for pair in attrs if pair[0] == "rend"]
        return tuple(pair for pair in attrs if pair[0] != "rend") + (("hand", found.ref),) \
            + tuple(rend)

    def _resolve_text(self, text: str, line: int, dating: Dating, before: str = "",
                      after: str = "", continued: str = "") -> list[Node]:
        # `Khru-\nshchev`, `Fidel\u00a0Castro` read through; `Moscow-\nbased` a compound
        seen = seen_through(text, lambda word: self.registers.entry_named(word) is not None)
        read = seen[0] if seen else text
        cited = cited_volumes(read)   # a FRUS volume's title: no name nor date of the text
        spans = self._name_spans(read, continued, cited)
        if self._dates_read:
            spans += self._date_spans(read, line, dating, before, after, cited)
        self._report_unresolved(read, spans + [(start, end, None) for start, end in cited], line)
        if seen:
            spans = [written_span(span, text, seen[1]) for span in spans]
        if not spans:
            return [Text(text)] if text else []
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        nodes: list[Node] = []
        position = 0
        for start, end, node in spans:
            if start < position:
                continue
            if start > position:
                nodes.append(Text(text[position:start]))
            nodes.append(node)
            position = end
        if position < len(text):
            nodes.append(Text(text[position:]))
        return nodes

    def _name_spans(self, text: str, continued: str = "", cited: list[tuple[int, int]] = ()
                    ) -> list[tuple[int, int, Node]]:
        spans: list[tuple[int, int, Node]] = []
        mentions = [(start, end, entry) for start, end, entry in self.registers.mention_spans(text)
                    if not _overlaps(start, end, cited)]
        if continued:
            mentions = going_on(self.registers, text, continued, mentions)
        for start, end, found in sorted(mentions, key=lambda s: s[0]):
            form = text[start:end]
            entry = self._override(form, found)
            if entry is found and entry.kind == "person":   # `S. Mikoyan`: Sergo's, not Anastas's
                entry = by_initials(self.registers, text, start, end, entry)
                if self._anothers_forename(form, entry) and not coordinated_kin(
                        self.registers, text, start, entry, _person_ends(spans)):
                    entry = None
            if entry is not None and entry.kind == "person":
                start = person_start(text, start, end, entry, self.registers,
                                     self.speaks_here(entry.ref),
                                     entry.ref in self._named_in_full, self.common_words)
                if start is not None and " " in text[start:end].strip():
                    self._named_in_full.add(entry.ref)   # `George W. Ball`, `Senator Long`
            if entry is not None and start is not None and not (
                    entry.kind == "person" and text[start:end] == entry.surname
                    and self.named_apart(entry)):
                spans.append((start, end, self.name(entry, text[start:end])))
        for form, entry_id in self.name_overrides.items():
            entry = self.registers.get(entry_id) if entry_id else None
            if entry is None:
                continue
            for match in re.finditer(rf"\b{re.escape(form)}\b", text):
                spans.append((match.start(), match.end(), self.name(entry, form)))
        return spans

    def _anothers_forename(self, form: str, entry: Entry) -> bool:
        """Whether `form`, a register form of the person `entry` that is one of its given names
        alone (`Raúl`, `Fidel`), is as much another's: a person named earlier in the document in
        more than a surname (`_named_in_full`) who bears it too. `Raúl Roa spoke first. Then
        Raúl said`: Roa's or nobody's, not Raúl Castro's; linked to no one."""
        bearers = self.registers.forename_bearers(form)
        if " " in form or entry.id not in bearers:
            return False
        return any(ref != entry.ref and ref.partition("#")[2] in bearers
                   for ref in self._named_in_full)

    def _override(self, form: str, entry: Entry) -> Entry | None:
        """The entry an override gives `form` ("": none); an unknown id (reported by
        `overrides.check_overrides`) leaves the register's own finding."""
        if form not in self.name_overrides:
            return entry
        target = self.name_overrides[form]
        return (self.registers.get(target) or entry) if target else None

    def name(self, entry: Entry, form: str) -> Inline:
        ref = entry.ref
        self.found.mentioned[ref] = self.found.mentioned.get(ref, 0) + 1
        node = self._names.get((ref, form))
        if node is None:   # the same name recurs: its node (immutable) is made once
            node = self._names[ref, form] = Inline(NAME_TAGS[entry.kind], (("ref", ref),),
                                                   (Text(form),))
        return node

    def _date_spans(self, text: str, line: int, dating: Dating, before: str,
                    after: str, cited: list[tuple[int, int]] = ()) -> list[tuple[int, int, Node]]:
        # no day is inferred from the day a document told later is told on
        day = f"{dating.day}/{dating.last}" if dating.last else dating.day
        found = [mention for mention in find_dates(
            text, None if self.told_later else day or None, before, after, impossible=True,
            past_before=not dating.in_note)
            if not _overlaps(mention.start, mention.end, cited)]
        found, quoted = recounted(found, text, before, after, not dating.in_note)
        for mention in found:
            written = contradicted_weekday(mention, text, mention.end, after)
            if written or mention.impossible or mention.month_first:
                self.found.reported_dates.append((mention, written))
        return [(m.start, m.end, self._date(m, line)) for m in found
                if self._reads(m, dating, before + text[:m.start],
                               _overlaps(m.start, m.end, quoted))]

    def _reads(self, mention: DateMention, dating: Dating, before: str,
               quoted: bool = False) -> bool:
        """Whether `mention`, met in the order of the text after the words `before` it, is read
        as a date: not a word counted from the document's day that it leaves unread
        (`days_unread`, `days_read_until_told`), nor a number of a cited telegram. (A day
        inferred from the date of a document told later is not met: `_date_spans`.) A day
        `quoted` from a paper of its own date (`date_papers`) is no day the text tells of."""
        words = " ".join(mention.text.lower().split())
        unread = self.days_unread_on_own_day if dating.own_day else self.days_unread
        if not mention.resolved or words in unread \
                or (dating.numbers_cited and mention.text.isdigit()):
            return False
        if not self.days_read_until_told:
            return True
        if words in RELATIVE_DAYS:
            return self._another_day_told != dating.day
        if not quoted and tells_of_a_day(mention, before) \
                and in_week_before(mention.when, dating.day):
            self._another_day_told = dating.day   # `Sunday night, ... I was at his palace`
        return True

    def _date(self, mention: DateMention, line: int) -> Inline:
        if mention.inferred or mention.by_convention:
            value = mention.when or f"{mention.not_before}/{mention.not_after}"
            self.found.inferred_dates.append((line, mention.text, value))
        key = (mention.text, mention.when, mention.not_before, mention.not_after, mention.inferred,
               mention.by_convention, mention.calendar)
        node = self._dates.get(key)
        if node is None:   # the same date recurs: its node (immutable) is made once
            node = self._dates[key] = _date_node(mention)
        return node

    def _report_unresolved(self, text: str, spans: list, line: int) -> None:
        for match in CAPITALIZED_RUN.finditer(text):
            run = match.group(1)
            if run in NOT_NAMES or _covered(match.start(), spans):
                continue   # the usual cases: "The", "We"; a name or date found
            words = [w for w in run.split() if w.strip("’'") not in NOT_NAMES]
            if len(words) == 1 and self.nouns_capitalized \
                    and NOUN_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue   # `die Solidarität`: a German noun
            if words:
                self.found.unresolved_names.append((line, " ".join(words)))


def named_mentions(text: str, registers: Registers) -> list[Mention]:
    """The register names of `text` as the body links them (`Resolver._name_spans`, without a
    document's overrides and speakers): a person's only where `person_names.person_start` says
    the name is theirs, from where it begins (not `White` in `the White House`, `Kennedy` in
    `Mrs. Kennedy`, `WHITE` alone in capitals)."""
    found = []
    for start, end, entry in registers.mention_spans(text):
        if entry.kind == "person":
            entry = by_initials(registers, text, start, end, entry)
            start = person_start(text, start, end, entry, registers)
        if start is not None:
            found.append(Mention(start, end, entry))
    return found



def _date_node(mention: DateMention) -> Inline:
    attrs = [("calendar", f"#{mention.calendar}")] if mention.calendar else []   # `O.S.`
    if mention.when:
        attrs.append(("when", mention.when))
    else:
        attrs += [("notBefore", mention.not_before), ("notAfter", mention.not_after)]
    if mention.inferred or mention.by_convention:   # `early September 1962`: its days ours
        attrs += CONJECTURE
    return Inline("date", tuple(attrs), (Text(mention.text),))


def _read_on(node: Node) -> str:
    """What a reader reads at `node`, going on with the sentence: no asides."""
    if isinstance(node, Text):
        return node.text
    return "" if node.tag in ASIDES else "".join(_read_on(child) for child in node.children)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `start`..`end` overlaps any of `spans` (start, end)."""
    return any(start < span_end and span_start < end for span_start, span_end in spans)


def _covered(offset: int, spans: list) -> bool:
    for start, end, _ in spans:
        if start <= offset < end:
            return True
    return False


def _person_ends(spans: list[tuple[int, int, Node]]) -> dict[int, str]:
    """Where each person's name of `spans` ends -> its ref (`namesakes.coordinated_kin`)."""
    return {end: dict(node.attrs)["ref"] for _, end, node in spans
            if isinstance(node, Inline) and node.tag == "persName"}
