"""Correspondents: a letter's or a telegram's sender and addressee, by its closer, opener or title."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from . import letter_forms
from .letter_forms import QUOTE_ENDING
from .doc_types import CORRESPONDENCE
from .model import Block, Closer, Document, Inline, Node, plain_text
from .name_forms import NAME_TITLES
from .party_bounds import french_parties, without_post_place, without_subject
from .registers import Mention, Registers
from .resolve import named_mentions

ADDRESSED_RECORDS = frozenset({"memorandum"})
"""Records that are sent to someone when their title names a party from whom and one to whom
(`names_two_parties`: `Memorandum From the Secretary of State to President Kennedy`): their
author and addressee are read as a letter's. A memorandum of conversation records talks and is
not sent, whatever its title names (`readers.common.of_conversation`; edition.sch says so too),
nor is `Note of the Meeting of the Presidium Held in Moscow to Discuss the Cuban
Question` (a meeting is no party, a verb no addressee)."""
COMPLEMENT = re.compile(r"\b(?:to|of|in|at|for|from|with|on|by)\s+(?:the\s+)?$", re.IGNORECASE)
"""The words before a name that make it the complement of another (`Mission to the UN`)."""


def read_correspondents(document: Document, registers: Registers,
                        of_conversation: bool = False) -> None:
    """The sender and the addressee of a letter or a telegram into `document`, or of a
    memorandum whose title names them (`Memorandum From ... (Bundy) to President Kennedy`): the
    first person or organization its signature links (not its recorder's, `Recorded by V.
    Tikhmenev`: `letter_forms.RECORDER`), else the one its title's `from` part names; the
    first its inside address or salutation links (in a file of several, also the first part's:
    `_opening_blocks`), or the address under its closer (a note's `To the Embassy of ...`), else
    the one its title's `to` part names. Where none is registered, the name as printed (title,
    else signature); a letter's whose title names no sender and signature links none, the first
    person of the archive's Author field (`document.authors`, `author_field`). A memorandum
    `of_conversation` records talks: it has none."""
    title = document.raw.metadata.title.value
    if document.doc_type not in CORRESPONDENCE and not (
            document.doc_type in ADDRESSED_RECORDS and not of_conversation
            and names_two_parties(title, registers)) and not addressed_and_signed(document):
        return
    title_from, title_to = title_parties(title, registers)
    closers = _unquoted(document.parts)
    signed = [b.content for b in closers if b.kind == "signed"
              and not letter_forms.RECORDER.match(plain_text(b.content).strip())]
    document.sender = _first_ref(signed) or _ref_in(title_from, registers)
    opening = [b.content for b in _opening_blocks(document) if b.kind in ("addrLine", "salute")]
    under_closer = [b.content for b in closers if b.kind == "addrLine"]
    title_to = THROUGH.sub("", title_to)
    named_to = _named_in(title_to, registers)
    document.addressee = _titled_person(named_to, registers, _first_ref(opening + under_closer)) \
        or (named_to.entry.ref if named_to else "")
    addressees = _addressees(title_to, registers)
    if document.addressee in addressees:   # the title's order: `to Khrushchev and Kennedy`
        document.addressee = addressees[0]
    document.more_addressees = tuple(ref for ref in addressees if ref != document.addressee)
    if not document.sender:
        document.sender_name = _printable(title_from) or _signed_name(signed)
    if not document.sender and not title_from and document.doc_type in CORRESPONDENCE \
            and document.authors:   # the archive's Author field (`author_field`)
        document.sender, name = document.authors[0]
        document.sender_name = "" if document.sender else name
    if not document.addressee:
        document.addressee_name = _printable(title_to)


def _unquoted(parts: tuple[object, ...]) -> list[Block]:
    """The blocks of the document's closers after the last end of a quoted text (`UNQUOTE`, a
    trailer: `letter_forms.QUOTE_END`; a signature it ends, `N. KHRUSHCHEV UNQUOTE`:
    `QUOTE_ENDING`), all where none: the lines over it close the letter a telegram quotes (`N.
    Khrushchev`), the telegram's own are those under it (`Kohler`), or none."""
    closing: list[tuple[Block, bool]] = []   # (a closer's block or a trailer, whether a closer's)
    for part in parts:
        if isinstance(part, Closer):
            closing += [(block, True) for block in part.blocks]
        elif isinstance(part, Block) and part.kind == "trailer":
            closing.append((part, False))
    ends = [at for at, (block, _) in enumerate(closing) if block.kind in ("trailer", "signed")
            and QUOTE_ENDING.search(plain_text(block.content).strip())]
    return [block for block, closed in closing[ends[-1] + 1 if ends else 0:] if closed]


def _signed_name(signed: list[tuple[Node, ...]]) -> str:
    """The signer as the signature's lines print them: the first line that names no office
    (`V. Semichastny` under `Chairman of the KGB`), else the first; a `<gap>`'s description
    (`signature`) is no word of it."""
    from .signer_offices import names_an_office   # here: it imports this module
    named = [plain_text(tuple(node for node in line if not (
        isinstance(node, Inline) and node.tag == "gap"))).strip() for line in signed]
    return next((name for name in named if not names_an_office(name)), named[0] if named else "")


def addressed_and_signed(document: Document) -> bool:
    """Whether `document`, of no type of the list (`other`), is sent as a letter is: its opener
    holds an inside address, or a salutation naming the addressee (`Al Comandante en Jefe Fidel
    Castro Ruz:`, `addressed.names_the_addressee`), and its closer a signature (a KGB report `To
    the Central Committee of the CPSU` / `Comrade N. S. Khrushchev`, signed `Chairman of the
    KGB` / `V. Semichastny`), so that it has a sender and an addressee (edition.sch admits its
    correspDesc)."""
    signed = any(block.kind == "signed" for part in document.parts if isinstance(part, Closer)
                 for block in part.blocks)
    from .addressed import names_the_addressee   # here: its imports import this module
    return document.doc_type == "other" and signed and any(
        block.kind == "addrLine" or block.kind == "salute"
        and names_the_addressee(plain_text(block.content)) for block in document.opener)


ALSO = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)
"""What joins two addressees in a title: `to Premier Khrushchev and President Kennedy`."""
THROUGH = re.compile(r"\s+(?:via|through)\s.*$", re.IGNORECASE)
"""The way a title's telegram went, after its addressee: `to the CC CPSU via Alekseev`."""


def _addressees(title_to: str, registers: Registers) -> tuple[str, ...]:
    """The registered persons and bodies a title's `to` part names, `and` between them (`to
    Premier Khrushchev and President Kennedy`), in its order; () where it names one, or a part
    names none (`to the Minister of Industry and Commerce`: one office)."""
    pieces = ALSO.split(title_to)
    if len(pieces) < 2:   # most titles name one: no second look-up
        return ()
    named = [_named_in(piece, registers) for piece in pieces]
    if any(mention is None for mention in named):
        return ()
    return tuple(dict.fromkeys(mention.entry.ref for mention in named))


def _titled_person(mention: Mention | None, registers: Registers, opened_to: str) -> str:
    """The addressee by the opening's lines (`opened_to`, a register reference), but the person
    the title's `to` part names (`mention`, `_named_in` it) where those lines name a body (`CC
    CPSU` under `Telegram ... to N.S. Khrushchev`: the body he heads, which the telegram goes
    to; the header keeps the one it is for)."""
    if opened_to and mention and mention.entry.kind == "person" \
            and (entry := registers.get(opened_to)) is not None and entry.kind == "org":
        return mention.entry.ref
    return opened_to


def _opening_blocks(document: Document) -> list[Block]:
    """The blocks of the document's opener, then those opening the parts of a file of several
    documents (`divisions`: each cable's `USSR MFA` under its dateline, a block of the parts);
    a block of the text is no opening one, nor is a closer's, kept apart in `Closer`."""
    parts = [part for part in document.parts if isinstance(part, Block)] \
        if document.divisions else []
    return list(document.opener) + parts


def addressed_as_titled(title: str, registers: Registers) -> Callable[[str], bool]:
    """Whether a line may name the addressee of the document whose title is `title`: it names a
    body the title sends it to (`_sent_to`: `USSR MFA` under `Cable ... to the USSR Foreign
    Ministry`; `CC CPSU` under `Telegram ... to N.S. Khrushchev`, the body he heads), not another
    (`SECURITY COUNCIL` under either: the telegram's subject); any where the title sends it to
    no registered party. The title is read once, when a line is first asked about."""

    @functools.cache
    def bodies() -> frozenset[str] | None:
        return _sent_to(title, registers)

    def addresses(text: str) -> bool:
        sent_to = bodies()
        return sent_to is None or any(entry.ref in sent_to
                                      for _, _, entry in registers.mention_spans(text))
    return addresses


MINISTER_OF = re.compile(r"\bMinister of(?= )")
"""`Minister of` in a person's office: the ministry he serves in, `Minister of Foreign Affairs
of the USSR` read as `Ministry of Foreign Affairs of the USSR`, the register's form."""


def _sent_to(title: str, registers: Registers) -> frozenset[str] | None:
    """The bodies a line under the dateline may name as the addressee of the document titled
    `title`: the registered organization its `to` part names, or those the register names in
    the office of the person it names (`First Secretary of the CC CPSU ...`: the CC CPSU, the
    body a telegram to N.S. Khrushchev is addressed through); None where it names no registered
    party, or a person whose office names no registered body (`Fidel Castro`: `CC CPSU` under
    a telegram to him may be its addressee); a minister's office names his ministry
    (`MINISTER_OF`: `USSR MFA` under a telegram to V.V. Kuznetsov, `First Deputy Minister of
    Foreign Affairs of the USSR`)."""
    mention = _named_in(title_parties(title, registers)[1], registers)
    if mention is None:
        return None
    entry = mention.entry
    if entry.kind == "org":
        return frozenset({entry.ref})
    office = MINISTER_OF.sub("Ministry of", entry.role)
    return frozenset(body.ref for _, _, body in registers.mention_spans(office)
                     if body.kind == "org") or None


_OFFICE = rf"\b(?i:{'|'.join(sorted(letter_forms.SIGNER_OFFICE_WORDS | {'premier'}))})\b"
HOLDER_AFTER_OFFICE = re.compile(
    rf"^(?:.*{_OFFICE}[^,]*?\s+(?P<initialled>(?:[A-Z]\.\s?){{1,3}}[A-Z][\w’'-]+)"
    rf"|.*{_OFFICE}\s+(?P<named>[A-Z][\w’'-]+(?:\s+(?:d[aeo]s?\s+|de\s+la\s+)?"
    rf"[A-Z][\w’'-]+){{1,2}}))$")
"""An office and the name of its holder after it in a title's party: `Brazilian Foreign
Minister Hermes Lima`, `Foreign Secretary Manuel Tello`, `Deputy Minister of Foreign Trade N.
Patolichev`: the name initials and a surname, or two or three capitalized words."""


def _printable(name: str) -> str:
    """A title's party as the header prints it: the name of an office's holder without the
    office (`HOLDER_AFTER_OFFICE`: a citation's author is `Hermes Lima`, not `Brazilian Foreign
    Minister Hermes Lima`); '' where the source edition's brackets stand in it (`[name not
    declassified]`: the title holds them as markup, a name would as text)."""
    if "[" in name or "]" in name:
        return ""
    held = HOLDER_AFTER_OFFICE.match(name)
    return (held["initialled"] or held["named"]) if held else name


def _ref_in(text: str, registers: Registers) -> str:
    """The person or organization a title phrase names (`President Nixon`), if registered."""
    mention = _named_in(text, registers)
    return mention.entry.ref if mention else ""


def _named_in(text: str, registers: Registers) -> Mention | None:
    """The last registered person or organization of `text` that is not the complement of
    another word: `Alekseev` in `Soviet Ambassador to Cuba A. Alekseev`, none in `Mission to
    the United Nations` (a mission, not the United Nations); found as the body finds them
    (`resolve.named_mentions`: no person in `the White House`)."""
    mentions = [m for m in named_mentions(text, registers)
                if m.entry.kind != "place" and not COMPLEMENT.search(text[:m.start])] \
        if text else []
    return mentions[-1] if mentions else None


def _ends_in_a_name(text: str, registers: Registers) -> bool:
    """Whether `text` ends with the name of a registered person or organization it names."""
    mention = _named_in(text, registers)
    return mention is not None and not text[mention.end:].strip(" .")


def _first_ref(contents: Iterable[tuple[Node, ...]]) -> str:
    """The register reference of the first person or organization linked in `contents`."""
    for content in contents:
        for node in content:
            if isinstance(node, Inline) and node.tag in ("persName", "orgName"):
                return dict(node.attrs)["ref"]
    return ""


PARTY_NAMED = r"(?:\s+\((?-i:[A-Z])[^()\d]*\))?"
"""The name in parentheses after a party's office, which FRUS titles print (`the Soviet
Ambassador (Dobrynin)`): the party's; not a number (`(no. 1856)`, a telegram's `(USUN 1990)`)."""
TITLE_FROM = re.compile(r"(?:\bfrom|\bnotes?\s+(?:verbales?\s+)?of)\s+(?:the\s+)?"
                        rf"(?P<parties>.+?\s+to\s+.+?{PARTY_NAMED})(?:\s*[(,]|$)", re.IGNORECASE)
"""`Letter From X to Y`, a diplomatic note's `Note of X to Y`: the words naming both
correspondents, as far as a `,` or `(` (a name in parentheses after the addressee is his:
`PARTY_NAMED`)."""
TITLE_SENDER_FIRST = re.compile(r"^(?P<sender>.+?)(?:['’]s)?\s+(?:telegram|letter|cable|message"
                                r"|note)\s+to\s+(?:the\s+)?(?P<addressee>.+?)"
                                r"(?:\s*[(,]|\s+of\s+\d|$)", re.IGNORECASE)
"""`Mikoyan Telegram to the CC CPSU`, `Castro's Letter to Khrushchev of October 26`."""
TITLE_OF = re.compile(r"\b(?:letter|message|telegram|cable)s?\s+of\s+(?:the\s+)?(?P<sender>.+?)"
                      r"\s+to\s+(?:the\s+)?(?P<addressee>.+?)(?:\s*[(,]|$)", re.IGNORECASE)
"""`Letter of N. S. Khrushchev to President Kennedy`, the translated Soviet title's `of`: where
the words after `of` end in a name (not `Letter of Instructions to ...`)."""
TITLE_TO_FROM = re.compile(r"\b(?:letter|message|telegram|cable|note)\s+to\s+(?:the\s+)?"
                           r"(?P<addressee>.+?)\s+from\s+(?:the\s+)?(?P<sender>.+?)(?:\s*[(,]|$)",
                           re.IGNORECASE)
"""`Letter to Chairman Khrushchev from President Kennedy`: the addressee named first."""
TO = re.compile(r"\s+to\s+(?:the\s+)?", re.IGNORECASE)
PARTY_END = r"(?:\s+|(?<=['’]))"
"""After the word before a party: a space, or none after an elision (`d'Hervé`, `à l'ami`)."""
PARTY_PATTERNS = ((TITLE_FROM, TO),) + tuple(
    (re.compile(rf"\b(?:{letter})\s+(?:{sender}){PARTY_END}"
                rf"(?P<parties>.+?\s+(?:{to}){PARTY_END}.+?{PARTY_NAMED})(?:\s*[(,]|$)",
                re.IGNORECASE),
     re.compile(rf"\s+(?:{to}){PARTY_END}", re.IGNORECASE))
    for letter, sender, to in letter_forms.TITLE_PARTIES)
"""(the words naming both correspondents, the word parting them) in each language: English
`from X to Y`, French `de X à Y`, German `von X an Y`, Spanish `de X a Y`."""


def correspondents_in_title(title: str, ends_in_a_name: Callable[[str], bool]) -> tuple[str, str]:
    """(sender, addressee) named by a title: `Letter From X to Y`, `Mikoyan Telegram to the CC
    CPSU`, `Lettre de X à Y`, `Brief von X an Y` (`PARTY_PATTERNS`); ("", "") when it names none,
    or when which `to` parts them is unsure.

    Where `to` recurs, the one right after a name (`ends_in_a_name` of the words before it) parts
    them, else the last one before a name (of all the words after it):

        Cable from Soviet Ambassador to Cuba A. Alekseev to the USSR Foreign Ministry
            -> (`Soviet Ambassador to Cuba A. Alekseev`, `USSR Foreign Ministry`)
        Telegram From the Mission to the United Nations to the Department of State
            -> (`Mission to the United Nations`, `Department of State`)
        Three Cables from Soviet Ambassador to Cuba A. Alekseev -> ("", "") (`ACCREDITED_TO`)

    A French title's addressee follows `au` or `à M.`, any `à` before it the sender's office's
    (`party_bounds.french_parties`); a subject after the addressee (`on the Jupiter Missiles`)
    and the place of the sender's post (`Italian Ambassador in Ankara`) are neither's name
    (`party_bounds`).
    """
    sender, addressee = _parties(title, ends_in_a_name)
    return without_post_place(sender), without_subject(addressee)


def _parties(title: str, ends_in_a_name: Callable[[str], bool]) -> tuple[str, str]:
    """`correspondents_in_title`'s parties as the title's words part them."""
    french = french_parties(title)
    if french is not None:
        return french
    for title_from, to in PARTY_PATTERNS:
        match = title_from.search(title)
        if match:
            parties = match.group("parties")
            cuts = list(to.finditer(parties))
            cut = _parting_to(parties, cuts, ends_in_a_name) if len(cuts) > 1 \
                else None if _accredited(parties, cuts[0]) else cuts[0]
            return (parties[:cut.start()].strip(), parties[cut.end():].strip()) if cut else ("", "")
    match = TITLE_OF.search(title)
    if match and ends_in_a_name(match.group("sender")):
        return match.group("sender").strip(), match.group("addressee").strip()
    match = TITLE_TO_FROM.search(title) or TITLE_SENDER_FIRST.search(title)
    if match:
        return match.group("sender").strip(), match.group("addressee").strip()
    return "", ""


def title_parties(title: str, registers: Registers | None) -> tuple[str, str]:
    """(sender, addressee) named by `title` (`correspondents_in_title`), a recurring `to` told
    from the one parting them by the names of `registers` (`_ends_in_a_name`; by none without)."""
    return correspondents_in_title(title, (lambda text: _ends_in_a_name(text, registers))
                                   if registers else (lambda text: False))


ACCREDITED_TO = re.compile(r"\b(?:Ambassador|Envoy|Representative|Consul|Mission|Delegation)$",
                           re.IGNORECASE)
"""The word before the one `to` of a title that may make it the office's."""
COUNTRY_THEN_INITIAL = re.compile(r"(?:the\s+)?(?![A-Z]\.)[A-Z][\w.]*(?:\s+(?![A-Z]\.)[A-Z][\w.]*)?"
                                  r"\s+[A-Z]\.")
"""What follows such a `to` where it is the office's: a country (no initial: `to A. I. Mikoyan` is
his addressee), then a person by an initial."""


def _accredited(parties: str, cut: re.Match[str]) -> bool:
    """Whether the one `to` of a title's parties is the sender's office's (`from Soviet Ambassador
    to Cuba A. Alekseev`, accredited to Cuba, not writing to it), which leaves who is addressed
    unsure; not `from the Cuban Ambassador to the USSR Ministry of Foreign Affairs`."""
    return ACCREDITED_TO.search(parties[:cut.start()]) is not None \
        and COUNTRY_THEN_INITIAL.match(parties, cut.end()) is not None


def _parting_to(parties: str, cuts: list[re.Match[str]],
                ends_in_a_name: Callable[[str], bool]) -> re.Match[str] | None:
    """The `to` of `cuts` that parts sender from addressee in `parties`, None when unsure."""
    after_a_name = [cut for cut in cuts if ends_in_a_name(parties[:cut.start()])]
    if after_a_name:
        return after_a_name[0]
    before_a_name = [cut for cut in cuts if ends_in_a_name(parties[cut.end():])]
    return before_a_name[-1] if before_a_name else None


ORGANIZATION_HEADS = frozenset("""
Ministry Department Mission Embassy Legation Consulate Delegation Government Committee Council
Presidium Secretariat Office Commission Agency Bureau Directorate Command Headquarters Staff
""".split())
"""Words that make a correspondent's name, ending its first words, an organization's."""
COMPLEMENT_START = re.compile(r"\s+(?:of|to|in|at|for|on|with)\s+", re.IGNORECASE)


def names_an_organization(name: str) -> bool:
    """Whether a correspondent's name as printed names an organization by its head word, the
    last before a complement: `Mission to the United Nations`, `USSR Foreign Ministry`; not
    `Head of the Department`, `Soviet Ambassador to Cuba A. Alekseev`."""
    head = COMPLEMENT_START.split(name, maxsplit=1)[0].split()
    return bool(head) and head[-1] in ORGANIZATION_HEADS


def names_two_parties(title: str, registers: Registers | None) -> bool:
    """Whether a title's `Note of X to Y` names a party on each side (`names_a_party`): `Note of
    the USSR Ministry of Foreign Affairs to the Embassy of the United States`, not `Note of the
    Meeting of the Presidium Held in Moscow to Discuss the Cuban Question` (a meeting is no
    party, and a verb no addressee)."""
    sender, addressee = title_parties(title, registers)
    return names_a_party(sender, registers) and names_a_party(addressee, registers)


def names_a_party(name: str, registers: Registers | None) -> bool:
    """Whether a correspondent's name as printed names one who sends or receives: an organization
    by its head word (`names_an_organization`), a person by a title opening or ending the words
    before its complement (`Secretary of State Rusk`, `Soviet Ambassador to Cuba`, `President
    Kennedy`), a person or organization of the registers not in a complement (`Khrushchev`), or
    the words before the complement naming one or more register persons (`Castro`, Fidel's
    surname and Raúl's: which of them is unsure, that it is a person is not); not `Meeting of
    the Presidium`, `Discuss the Cuban Question`."""
    head = COMPLEMENT_START.split(name, maxsplit=1)[0].split()
    if not head:
        return False
    titled = any(word[0].isupper() and word.lower().rstrip(".") in NAME_TITLES
                 for word in (head[0], head[-1]))
    return names_an_organization(name) or titled \
        or (registers is not None and (_named_in(name, registers) is not None
                                       or bool(registers.find_person(" ".join(head)).candidates)))
