"""Speaker labels: recognise `A.I. MIKOYAN.`-style labels at the start of a paragraph.

    "O. DORTICOS. We have analyzed"   -> turn, label "O. DORTICOS", text "We have analyzed"
    "ALEKSEEV: But Che is"            -> turn, label "ALEKSEEV"
    "A.I. MIKOYAN, to Che: Let's"     -> turn with delivery "to Che"
    "KHRUSHCHEV (to Mikoyan): Let's"  -> turn with delivery "to Mikoyan" (also `(To Mikoyan).`)
    "A.I. MIKOYAN What are you"       -> turn, label without its period (warned)
    "DORTICOS objects."               -> a name and a verb: stage line or narrative, not a turn
    "Stephen Kinnock. 1. What"        -> turn, title-case label (registered or provisional speakers)
    "MR. KISSINGER: Well", "K: Yes"   -> turns; `Kissinger: Yes` when the label recurs
    "Mr. Kissinger: Well", "The President: We" -> turns (title case with an honorific)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
HONORIFICS = "Mr|Mrs|Ms|Dr|Gen|Sen|Amb|Adm|Col|Gov|Rep|St|Lt|Capt|Prof|Sir"
CAPS_LABEL = re.compile(
    rf"^(?P<label>(?:(?:{HONORIFICS.upper()})\.\s+)?(?:(?:[{UPPER}]\.\s?){{1,3}}\s*)?"
    rf"[{UPPER}][{UPPER}'’\-]+(?:\s+(?:[{UPPER}]\.\s?)*[{UPPER}][{UPPER}'’\-]+)*)"
)
LETTER_LABEL = re.compile(rf"^(?P<label>[{UPPER}])[.:]\s+(?=\S)")
COLON_LABEL = re.compile(
    rf"^(?P<label>(?:(?:{HONORIFICS})\.?\s+)?[{UPPER}][{LOWER}{UPPER}’'\-]+"
    rf"(?:\s+(?:of\s+(?:the\s+)?)?[{UPPER}][{LOWER}{UPPER}’'\-]+){{0,3}})"
    r"(?:\s*\((?P<delivery>[^()\[\]]{1,60})\))?:\s+(?=\S)"
)
OFFICES = frozenset("""
The Secretary President Ambassador Minister Chairman General Premier Senator Governor Foreign Prime
Comrade Admiral Deputy Assistant Under Vice Chancellor King Queen Prince Lord Lady Father Brother
""".split())
"""First words of a title-case label before a colon that make it a speaker even once."""
NOT_COLON_LABELS = frozenset("""
Subject Note Notes Source Participants Present Date Time Place Summary Attachment Attachments
Enclosure Text Drafted Cleared Approved Recorded Ref Reference References Action Info Distribution
Classification Copy Cc From To Via Tab Item Agenda Topic Comment Comments Conclusion Conclusions
Decision Decisions Result Results Location Dear Question Answer Background Purpose Issue Issues
Recommendation Recommendations Also Others Following Discussion Follows Begin End Thus Therefore
However Finally First Second Third Fourth Fifth Memorandum Telegram Letter Minutes Transcript
""".split())
TITLE_LABEL = re.compile(
    rf"^(?P<label>[{UPPER}][{LOWER}’'\-]+(?:\s+[{UPPER}][{LOWER}’'\-]+){{1,2}})\.\s+"
    rf"(?=[{UPPER}0-9“\"'‘])"
)
LABEL_WORD_BREAK = re.compile(r"[\s.]+")
LABEL_END = re.compile(r"^[.:]\s+\S")
DELIVERY = re.compile(r"^,\s*(?P<delivery>[^.:;\[\]]{1,60}?):\s+(?=\S)")
PAREN_DELIVERY = re.compile(r"^\s*\((?P<delivery>[^()\[\]]{1,60})\)(?P<end>[.:]?)\s+(?=\S)")
NOT_SPEAKERS = frozenset("""
SUBJECT PARTICIPANTS PARTICIPANT SECRET CONFIDENTIAL UNCLASSIFIED NOTE PS MEMORANDUM TELEGRAM
END BEGIN TEXT USA US UN USSR CC CPSU NATO OAS CIA FBI NSC JCS TOP EYES ONLY NODIS EXDIS LIMDIS
SUMMARY ATTACHMENT ENCLOSURE TAB REF REFERENCE ACTION INFO PRIORITY IMMEDIATE FLASH ROUTINE
""".split())
TITLE_STOPWORDS = frozenset("""
The This That These Those It In On At Of For And But Or If When While After Before Since So Then
There Here As By From To With Dear Sincerely Begin End Text Subject Note Yes No Oral Reply Soviet
United American Secretary President Minister Ambassador General Department Embassy Document
""".split())


@dataclass(frozen=True)
class LabelMatch:
    """A label found at the start of a paragraph."""

    label: str             # as printed, without final punctuation
    rest: int              # offset where the spoken text (or the verb) starts
    kind: str              # "turn" or "name-verb"
    delivery: str = ""     # "to Che"
    missing_period: bool = False
    title_case: bool = False


def letter_labels(texts: list[str]) -> frozenset[str]:
    """Labels trusted because they open at least two paragraphs: single letters (`K.`, `R:`)
    and title-case names before a colon (`Kissinger:`); a one-off could be anything."""
    counts = Counter(m.group("label") for t in texts if (m := LETTER_LABEL.match(t)))
    counts.update(m.group("label") for t in texts if (m := COLON_LABEL.match(t)))
    return frozenset(label for label, n in counts.items() if n >= 2 and label != "I")


def match_label(text: str, trusted_letters: frozenset[str] = frozenset()) -> LabelMatch | None:
    """The speaker label opening `text`, if any (see the module docstring for the forms)."""
    caps = CAPS_LABEL.match(text)
    found = _after_caps(text, caps.group("label").rstrip(), caps.end()) \
        if caps and _is_speaker_like(caps.group("label")) else None
    if found:
        return found
    letter = LETTER_LABEL.match(text)
    if letter and letter.group("label") in trusted_letters:
        return LabelMatch(letter.group("label"), letter.end(), "turn")
    title = TITLE_LABEL.match(text)
    if title and not set(title.group("label").split()) & TITLE_STOPWORDS:
        return LabelMatch(title.group("label"), title.end(), "turn", title_case=True)
    colon = COLON_LABEL.match(text)
    if colon and _is_colon_speaker(colon.group("label"), trusted_letters):
        delivery = (colon.group("delivery") or "").strip()
        return LabelMatch(colon.group("label"), colon.end(), "turn", delivery, title_case=True)
    return None


def _is_colon_speaker(label: str, trusted: frozenset[str]) -> bool:
    """`Kissinger:` when it recurs, `Mr. Kissinger:` or `The President:` even once."""
    words = label.split()
    if words[0].rstrip(".") in NOT_COLON_LABELS or label.isupper():
        return False
    honorific = len(words) > 1 and (words[0] in OFFICES or
                                    re.match(rf"(?:{HONORIFICS})\.?$", words[0]) is not None)
    return label in trusted or honorific


def _is_speaker_like(label: str) -> bool:
    words = [w for w in LABEL_WORD_BREAK.split(label) if len(w) > 1]
    return bool(words) and not all(w in NOT_SPEAKERS for w in words)


def _after_caps(text: str, label: str, end: int) -> LabelMatch | None:
    """Decide what follows a caps label: punctuation, a delivery note, text or a verb."""
    after = text[end:]
    if LABEL_END.match(after):
        return LabelMatch(label, end + len(after) - len(after[1:].lstrip()), "turn")
    delivery = DELIVERY.match(after)
    if delivery:
        return LabelMatch(label, end + delivery.end(), "turn", delivery.group("delivery").strip())
    aside = PAREN_DELIVERY.match(after)
    if aside:
        # `KHRUSHCHEV (to Mikoyan) Let us` lacks the period, `DORTICOS (smiling) nods` is no turn
        missing = not aside.group("end")
        if missing and not after[aside.end():][:1].isupper():
            return None
        return LabelMatch(label, end + aside.end(), "turn", aside.group("delivery").strip(),
                          missing_period=missing)
    words = after.split(None, 1)
    if not words or not after[:1].isspace():
        return None
    start = end + len(after) - len(after.lstrip())
    first = words[0]
    if first[:1].islower():
        return LabelMatch(label, start, "name-verb")
    if first[:1].isupper() and len(words) > 1:
        return LabelMatch(label, start, "turn", missing_period=True)
    return None
