"""Paragraphs by their text: lines split and joined, headings, address lines, closing words."""

from __future__ import annotations

import re
from collections.abc import Callable

from .date_checks import find_written_dates
from .letter_forms import (END_MARK, GROUP_MARKING, NAME_PARTICLES, QUOTE_END, RECORDER_MARK,
                           SIGNATURE_MARK, SIGNED, UNTITLED_OFFICES, VALEDICTION)
from .line_words import TERMINAL, WORD, in_title_case
from .model import WORD_RUNS_ON, Paragraph, divides_word
from .name_forms import NAME_TITLES
from .page_furniture import page_number
from .record_fields import ANNEX_FIELDS, DISTRIBUTION_HEAD
from .security_markings import HANDLING_LINE, classification_of, is_marking
from .signer_offices import office_before_name, opens_with_an_office, signer_office
from .table_rows import COLUMN_GAP, table_rows
from .source_marks import STAMP_LABEL
from .alphabets import UPPER
from .label_patterns import LETTER_LABEL
from .speakers import in_capitals, match_colon_label, match_label

ED_NOTE_PARAGRAPH = re.compile(r"^\[(?:ed(?:itor)?(?:'s|’s)?\.?\s*note|note)\s*:", re.IGNORECASE)
POSTSCRIPT_MARK = re.compile(r"^(?:(?:P\.\s?){1,2}S\.|P{1,2}S[.:\s]|"
                             r"Post-?script(?:um)?\b|POST-?SCRIPT\b)")
"""`P.S.`, `P.P.S.`, `PS:`, `Postscript:` opening a paragraph: a postscript."""
NOT_LOOKED_OVER = re.compile(r"has not (?:looked over|reviewed|checked|seen)|"
                             r"not been (?:reviewed|checked)", re.IGNORECASE)
"""`Com. Mikoyan A.I. has not looked over the transcript`: a postscript by its words."""
CLOSING_REMARK = re.compile(r"\b(?:attended the (?:conversation|meeting)|(?:was|were|also) present)\b",
                            re.IGNORECASE)
ANNEX_WORD = "|".join(sorted(ANNEX_FIELDS))
COPIES_HEAD = (r"(?:copy to|copies to|(?:extracts?|cop(?:y|ies)) sent to|b?cc)\s*:"
               rf"|{DISTRIBUTION_HEAD}")
"""`cc:`, `Copy to:`, `Distribution:`: the head of who gets the document (a pattern of `ANNEX`)."""
COPIES = re.compile(rf"^(?:{COPIES_HEAD})", re.IGNORECASE)
ANNEX = re.compile(rf"^(?:(?:{ANNEX_WORD})\s*:|{COPIES_HEAD}|encls?\.(?=[\s:]|$)"
                   rf"|(?:{ANNEX_WORD})(?:\s+(?:\d{{1,2}}|\(\d{{1,2}}\)|[A-Z]))?\.?$)", re.IGNORECASE)
"""`Enclosures:`, `Encl. 2`, `Attachment:`, `cc: Mr. Bundy`, `Copy to:`, `Extracts sent to:` (a
protocol's: who gets the parts that concern him), `Distribution:`, the German `Verteiler:` (who
gets the document; not before a sentence: `record_fields.DISTRIBUTION_HEAD`), and the word
alone on its line, `Enclosure`, `Attachments (2)`, `Enclosure 1`: after the signature, what goes
with a letter and who gets a copy of it (a postscript of its own, with the items under it); never
the place of signing, though one word under a signature is shaped as one (probe r1)."""
REGISTRATION = re.compile(r"^(?:No|Nr|Reg\.\s?No|Ref\.\s?No)\.?\s?\d[\w/\-]*$|^№\s?\d[\w/\-]*$")
"""`No. 0075`, `№ 84/OSA`: the registration number of a document, printed under its signature."""
SEAL = re.compile(rf"^(?:\((?:L\.\s?S\.|(?:[^()]{{0,40}}\s)?(?:{STAMP_LABEL})"
                  rf"(?:\s[^()]{{0,40}})?)\)|\[(?:[^\[\]]{{0,40}}\s)?(?:{STAMP_LABEL})"
                  rf"(?:\s*:\s*[^\[\]]+|\s[^\[\]]{{0,40}})?\])\.?$", re.IGNORECASE)
"""`(Seal)`, `(L.S.)` (locus sigilli), `(Official stamp)`: where the sender's seal is put; the
transcriber's bracket for it, `[stamp]`, `[Stempel]`, `[Seal: Embassy of the USSR]`, `[sceau :
...]` (a stamp's or seal's word of `source_marks.STAMP_LABELS`, alone, among a few words or
before the colon of what the stamp says): a line of its own among the closing lines."""
ADDRESSEE = re.compile(rf"^To\s+(?:the\s+)?[{UPPER}]")
"""`To the Embassy of the United States of America, Moscow`: a diplomatic note's addressee, printed
under its valediction."""
NAME_WORD = re.compile(rf"^(?:[{UPPER}]\.)+$|^[{UPPER}](?:[^\W\d]|[’'\-])*\.?$")
"""A word of a name: `A.`, `Mikoyan`, `O'Donnell`, `Castro-Ruz`; not `GP-3.` (no name has a
digit)."""
NUMBERED = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s")
LIST_ITEM = re.compile(rf"^(?:(?:[{UPPER}]\.\s?)+[{UPPER}][\w’'\-]+"
                       r"|(?:\d{1,2}|[IVX]{1,4}|[a-zA-Z])[.)]\s)")
"""A line of a list: `O. Dorticos, President of Cuba`, `2. Military questions`, `b) the bombers`."""
FIELD_LINE = re.compile(rf"^(?:[{UPPER}][\w’'\-]*(?:\s+[\w’'\-]+){{0,3}}|[a-z]{{1,4}}):(?:\s|$)")
"""A line opening with a field's label: `Location: Xihua Hall`, `Chinese participants: Zhou Enlai`,
`cc: Mr. Bundy` (up to four words, the first capitalised, or one short word in lowercase)."""

DASH_BEFORE_WORD = re.compile(r"(?:^|\s)-(?=[^\W\d_A-Z])")
"""A hyphen against a small letter after it, at a line's start or after a space: `-and`, `-as`."""
DASH_BEFORE_WORD_SEARCHED = re.compile(r"-(?<!\S-)(?=[^\W\d_A-Z])")
"""`DASH_BEFORE_WORD` for a search of a whole text: led by the hyphen, so that `re` skips to
hyphens (a hundred times faster on a page than trying a space or the start at every place)."""


def split_lines(paras: tuple[Paragraph, ...], marking_line: int = 0) -> list[Paragraph]:
    """Split a multi-line paragraph at each line break that ends a block (see `_continues`).

    The paragraphs at the top are kept whole: a heading or a security marking whose lines are
    `lb`-separated (`TOP SECRET` / `Copy No. 1`), and a heading after such a marking; so is the
    marking the header's classification was read from under the datelines (`marking_line`).
    """
    result: list[Paragraph] = []
    dashes = writes_dash_as_hyphen(paras)
    for index, para in enumerate(paras):
        top = index == 0 or (index == 1 and is_marking(paras[0]))
        if (top and (is_heading(para) or is_marking(para))) or para.line == marking_line:
            result.append(para)
            continue
        current = [para.lines[0]]
        start, unclosed = para.line, unclosed_brackets(para.lines[0])
        for offset, line in enumerate(para.lines[1:], 1):
            if _continues(current[-1], unclosed, line) \
                    and not office_over_name(current, para.lines[offset:]):
                current.append(line)
                unclosed += unclosed_brackets(line)
                continue
            result.append(Paragraph(tuple(current), start, hyphen_dashes=dashes))
            current, start, unclosed = [line], para.line + offset, unclosed_brackets(line)
        result.append(Paragraph(tuple(current), start, hyphen_dashes=dashes))
    return result


def writes_dash_as_hyphen(paras: tuple[Paragraph, ...]) -> bool:
    """Whether the typist of `paras` writes a dash as a hyphen against a word: a word opens with
    one, at a line's start or after a space, before a small letter (`RUSK: -and we would`,
    `-as the Soviet press called it-`), or a line ends in a letter and one where the next line
    opens a speaker's turn, the speech broken off (`KENNEDY: ... is that we-` / `RUSK: Mr.
    President`). A hyphen at a line's end then cannot be told from such a dash (`obsolete-` /
    `they were obsolete when we put them in`): it divides no word (`Paragraph.hyphen_dashes`)."""
    text = "\n".join(line for para in paras for line in para.lines)
    if DASH_BEFORE_WORD_SEARCHED.search(text):
        return True   # (one search of the text: `\s` takes each line's start after the first)
    return any(line.rstrip().endswith("-") and WORD_RUNS_ON.search(line.rstrip()) and after
               and _opens_turn(after)
               for para in paras for line, after in zip(para.lines, para.lines[1:] + ("",)))


def _opens_turn(line: str) -> bool:
    label = match_label(line)
    return _colon_label(line) or bool(label and label.kind == "turn")


def _continues(last: str, unclosed: int, line: str) -> bool:
    """Whether `line` goes on with the block that ends in `last` and leaves `unclosed` square
    brackets open (a hard-wrapped sentence or bracket).

    `I have already told` / `Comrade Dorticos that the [Soviet` / `Government] agrees` is one
    block; a new one starts after a finished sentence, a heading, a signature (`Recorded by:
    [signature] V. Tikhmenev` / `Com. Mikoyan A.I. has not looked over ...`) or a list item, at
    a speaker label, an editorial note, a numbered item or a signature mark (`Ihr` / `gez.
    Adenauer`, though it opens with a small letter), and between two lines in title case,
    which list people or an address (`The Secretary of State` / `Mr. John J. McCloy`), as the
    lines of a wrapped sentence are not; so do two lines each opening with a field's label
    (`Location: Xihua Hall` / `Chinese participants: Zhou Enlai`, `cc: Mr. Kuznetsov` / `cc: Mr.
    Bundy`), a lowercase one too; so do two rows of a table (`table_rows.table_rows`: `Oil and oil
    products    4,200.0    3,870.5` / `Grain and flour    430.0    401.2`); and a line that stands
    alone (`stands_alone`: a rule under a table's column, `----  ----`, a page number, `-2-`)
    neither goes on nor is gone on (nor, by `split_lines`, a name under the signer's office in
    small letters, the two lines a block: `office_over_name`). A word
    divided across the break goes on (`irre-` / `vocable`: `model.divides_word`), and so does a
    line opening with a dash before a small letter (`-as the Soviet press called it-`: an
    aside in the sentence); after a hyphen a capital opens a line as any other (`USSR-` /
    `Ambassador Dobrynin` are two lines in title case; `Soviet-` / `American talks` stay one
    block, one word: `model.runs_on`).
    """
    if not unclosed and (field_lines(last, line) or stands_alone(last) or stands_alone(line)
                         or table_rows(last, line)):
        return False
    if divides_word(last.rstrip(), line):
        return True
    if opens_in_lower_case(line) and not marked_signature(line):
        return True
    if ED_NOTE_PARAGRAPH.match(line) or _colon_label(line):
        return False
    label = match_label(line)   # tries the colon label last: not again for a transcript's lines
    if label and label.kind == "turn":
        return False
    if unclosed > 0:
        return True   # the brackets' contents are one element: the line break is inside it
    last = last.rstrip()
    ends_block = last.endswith(TERMINAL) or bool(_closing_line_role(last)) or in_capitals(last)
    starts_block = NUMBERED.match(line) or marked_signature(line) \
        or (LIST_ITEM.match(last) and LIST_ITEM.match(line)) \
        or (in_title_case(last) and in_title_case(line))
    return not (ends_block or starts_block)


RULE_LINE = re.compile(r"^(?=.*(?:-{3}|_{3}|={3}))[-_=\s]+$")
"""`----      ----      ----`, `=====`: a rule the typist drew under a table's columns."""


def stands_alone(line: str) -> bool:
    """Whether `line` is a block of its own whatever stands around it: a rule (`RULE_LINE`) or a
    page number (`-2-`: `page_furniture.page_number`)."""
    line = line.strip()
    return bool(RULE_LINE.match(line) or page_number(line))


def _colon_label(line: str) -> bool:
    """`K: Hello`, `Kissinger: Fine`, `Mr. Rogers: Yes`: a label before a colon, which a
    transcript puts at the start of each turn's line (`match_label` trusts `K` and `Kissinger`
    only once they recur, which the blocks cut here decide)."""
    return bool(match_colon_label(line) or (LETTER_LABEL.match(line) and line[1] == ":"))


def unclosed_brackets(line: str) -> int:
    """How many more square brackets `line` opens than it closes."""
    return line.count("[") - line.count("]")


def field_lines(last: str, line: str) -> bool:
    """Whether `last` and `line` each open with a field's label: two items of a list of fields."""
    return bool(FIELD_LINE.match(last) and FIELD_LINE.match(line))


def opens_in_lower_case(text: str) -> bool:
    """Whether `text` opens with a small letter, or a dash before one (`-as the Soviet press
    called it-`: an aside that goes on with the sentence before it)."""
    return text[:1].islower() or bool(DASH_BEFORE_WORD.match(text))


NUMBER_SIGN = re.compile(r"(?<!\w)(?:No|Nr)\.(?=[ \t]*\d+$)")
"""A number's sign before the number ending a heading: `CIPHERED TELEGRAM No. 1`, `PROTOCOL No.
62` (the sign in small letters, as the heading's typist writes it)."""


def is_heading(para: Paragraph) -> bool:
    """`MEMORANDUM OF CONVERSATION` (and the lines under it), `PROTOCOL No. 62` (a number after
    its sign ends it: `NUMBER_SIGN`); not `CC CPSU.`, an addressee."""
    first = para.lines[0]
    if len(para.lines) == 1 and first.endswith("."):
        return False
    words = NUMBER_SIGN.sub("", first)   # `PROTOCOL No. 62` is no label `PROTOCOL` and a speech
    return len(first.split()) >= 2 and in_capitals(words) and match_label(words.strip()) is None


ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.)+|\b(?:Jr|Sr|St|Ave|Blvd)\.)$")
"""A final period that ends an abbreviation, not a sentence: `Washington, D.C.`, `Fifth Ave.`."""


def is_address_line(line: str, most_words: int = 8) -> bool:
    """`His Excellency U Thant`, `Acting Secretary-General of the United Nations`, `New York`,
    `Washington, D.C.`: a short line (up to `most_words`) that ends no sentence and opens no
    speech, as a line of an inside address is (`structure` asks for a salutation after such
    lines)."""
    words = line.split()
    ends_sentence = line.endswith(TERMINAL) and not ABBREVIATION_END.search(line)
    return 0 < len(words) <= most_words and not ends_sentence and not line.startswith(("[", "(")) \
        and match_label(line) is None


SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")


def reads_as_summary(text: str) -> bool:
    """`Mikoyan and Castro discuss the withdrawal of the missiles.`: the archive's summary is
    prose, three words or more ending a sentence; not a number or a name (`No. 0075`)."""
    return len(text.split()) >= 3 and bool(SENTENCE_END.search(text))


def opens_postscript(text: str) -> bool:
    """Whether `text` opens with a postscript mark: `P.S.`, `P.P.S.`, `PS:`, `Postscript:`."""
    return bool(POSTSCRIPT_MARK.match(text))


def closing_role(text: str, record: bool) -> str:
    """How a paragraph near the end closes the document, or "" when it does not: a postscript
    mark opening it (`P.S. ...`), else what its words say (`_closing_line_role`), or the
    office and name on its one line (`office_before_name`, a paragraph's, no block's end: prose
    may be so shaped, `President Kennedy told A. Dobrynin` / `Soviet ships would be stopped`);
    `Recorded by V. Tikhmenev` closes a `record` only (`doc_types.RECORDS`), no letter."""
    if not record and RECORDER_MARK.match(text):
        return ""
    by_words = _closing_line_role(text) or ("signed" if office_before_name(text) else "")
    return "postscript" if opens_postscript(text) else by_words


def _closing_line_role(text: str) -> str:
    """How a line closes the document by its words (a signature, `Sincerely,`, `... has not looked
    over the transcript`), or "" when it does not: the role of the first row of
    `CLOSING_LINE_ROLES` that fits. Not a postscript mark: that opens a paragraph which may wrap
    onto more lines, so it does not end its line's block (`_continues`)."""
    return next((role for fits, role in CLOSING_LINE_ROLES if fits(text)), "")


def _short_closing_remark(text: str) -> bool:
    """`Ambassador A. Alekseev attended the conversation.`: a remark of twenty words or fewer."""
    return bool(CLOSING_REMARK.search(text)) and len(text.split()) <= 20


def dated_signature(text: str) -> int:
    """Offset of the name in `19.XI.62 A. Mikoyan` (also `31.II.62 A. Mikoyan`, a date naming no
    real day: `structure` reports it), 0 when `text` is not a date and a name."""
    dates = find_written_dates(text)
    if not dates or dates[0].start != 0:
        return 0
    name = text[dates[0].end:].strip()
    return dates[0].end + 1 if name and is_signature(name) else 0


def is_signature(text: str) -> bool:
    """`A. Mikoyan`, `Fidel Castro Ruz`, `C. de Gaulle`: up to four words, capitalised but for a
    particle between them (`NAME_PARTICLES`); not `To Comrade Dorticos`, an addressee."""
    words = text.split()
    return 0 < len(words) <= 4 and _name_words(words) \
        and match_label(text) is None and not text.endswith((":", "?", "!")) \
        and not ADDRESSEE.match(text)


def _name_words(words: list[str]) -> bool:
    """Whether `words` make a name: each a name's word (`NAME_WORD`), the first and last too,
    any other also a particle (`de` in `C. de Gaulle`, `von` in `Heinrich von Brentano`)."""
    return all(NAME_WORD.match(word) or (0 < index < len(words) - 1 and word in NAME_PARTICLES)
               for index, word in enumerate(words))


OFFICE_TITLE_WORDS = NAME_TITLES | UNTITLED_OFFICES
"""The words of an office a signer's title names: `Secretary`, `Minister`, `Chairman`."""


def office_beside_signature(text: str) -> bool:
    """`Secretary of the CC CPSU     N. Khrushchev`: the signer's office and name side by side in
    two columns, the office in title case with a title's or an office's word (`NAME_TITLES`,
    `UNTITLED_OFFICES`), the name of two words or more (`is_signature`); not a table's row (`Oil and
    oil products     4,200.0`) or heading (`Month     Ships`)."""
    columns = COLUMN_GAP.split(text.strip())
    if len(columns) != 2:
        return False
    office, name = columns
    return in_title_case(office) and not office.endswith(TERMINAL) \
        and any(word.lower() in OFFICE_TITLE_WORDS for word in WORD.findall(office)) \
        and len(name.split()) > 1 and is_signature(name)


INITIALLED_NAME = re.compile(rf"(?:(?:[{UPPER}]\.\s?){{1,3}}[{UPPER}][\w’'\-]+"
                             rf"|[{UPPER}][\w’'\-]+\s(?:[{UPPER}]\.\s?){{1,3}})\.?$")
"""Initials and a surname ending a line: `V. Tikhmenev`, `В. Тихменев.`, `Tikhmenev V.`."""


def office_over_name(block: list[str], rest: tuple[str, ...]) -> bool:
    """`Second secretary of the embassy` / `N. Belyaev`, `Chief of the group of specialists` /
    `Colonel P. Ivanov`, `Chargé d'affaires` / `Kudryavtsev`: a closer's two lines, a block of
    their own (`block`: the office's line; `rest`: the name's, the paragraph's last), the office
    the signer's (`signer_office`: opening with a signer's office's word, ending in no little
    word nor a sentence), the name of two words or more, or a surname alone, one word of
    letters, ending no sentence, not both in title case; not wrapped prose (`Secretary of State
    told the` / `Soviet Ambassador Dobrynin` / `that the quarantine would hold.`)."""
    if len(block) != 1 or len(rest) != 1:
        return False
    office, name = block[0].rstrip(), rest[0].rstrip()
    words = len(name.split())
    surname = words == 1 and name[:1].isupper() and name.replace("-", "").isalpha()
    return (1 < words <= 4 or surname) and not name.endswith(TERMINAL) \
        and signer_office(office) and is_signature(name)


def marked_signature(text: str) -> bool:
    """`gez. Adenauer`, `Sgd. Dean Rusk`, `Recorded by V. Tikhmenev`, `Беседу записал В.
    Тихменев`: a signature mark (`letter_forms.SIGNATURE_MARKS`, `RECORDER_MARK`) and a name
    after it, or the bracket that stands for the signature (`gez. [Unterschrift]`), a recorder's
    of initials and a surname (`INITIALLED_NAME`); not `Recorded by the Embassy on tape.`,
    `Записал все это в дневник.`, nor a credit, `Recorded by Radio Moscow`."""
    mark = SIGNATURE_MARK.match(text) or RECORDER_MARK.match(text)
    if mark is None:
        return False
    name = text[mark.end():]
    signs = is_signature(name) or bool(SIGNED.search(name))
    return signs and (mark.re is SIGNATURE_MARK or bool(INITIALLED_NAME.search(name)))


CLOSING_LINE_ROLES: tuple[tuple[Callable[[str], object], str], ...] = (
    (ED_NOTE_PARAGRAPH.match, ""),   # `[Ed. note: Drafted by ...]`: the editors' words, no line's
    (END_MARK.match, "trailer"),   # `END OF MESSAGE`: no signature, though in capitals as one
    (QUOTE_END.match, "trailer"),   # `UNQUOTE`: the end of a quoted letter, no dateline
    (NOT_LOOKED_OVER.search, "postscript"),
    (SIGNED.search, "signed"),
    (marked_signature, "signed"),
    (office_beside_signature, "signed"),
    (VALEDICTION.match, "salute"),
    (_short_closing_remark, "remark"),
    (dated_signature, "dated"),
    (ANNEX.match, "annex"),
    (SEAL.match, "stamp"),
    (GROUP_MARKING.match, "stamp"),
    (classification_of, "stamp"),
    (HANDLING_LINE.fullmatch, "stamp"),
    (REGISTRATION.match, "idno"),
    (is_signature, "signed"),
)
"""A closing line's words -> its role, the first row that fits deciding (`_closing_line_role`)."""
def all_brackets(text: str) -> bool:
    """`[... sampling ...]`, `[Laughter.] [Applause.]`: nothing but brackets (and punctuation).

    Not `[The Cubans] must decide themselves.`, which continues the turn it stands in.
    """
    if not text.startswith(("[", "(")):
        return False
    depth, outside = 0, []
    for char in text:
        if char in "[(":
            depth += 1
        elif char in "])" and depth:
            depth -= 1
        elif not depth:
            outside.append(char)
    return not depth and not any(c.isalnum() for c in outside)
