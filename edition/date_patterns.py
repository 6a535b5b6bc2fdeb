"""The vocabulary and regular expressions of dates in English text."""

from __future__ import annotations

import re

from .date_months import ENGLISH_MONTHS, ENGLISH_NAMES, FOREIGN_ABBREVIATIONS, FOREIGN_MONTHS
from .name_regex import capitalised_words, trie_regex

MONTHS = ENGLISH_MONTHS | FOREIGN_MONTHS | FOREIGN_ABBREVIATIONS  # `19 ноября`, `le 3 novembre`
MONTH_NAMES = tuple(name.title() for name in ENGLISH_NAMES)
WEEKDAYS = {d: n for n, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
ROMAN_MONTHS = {r: n for n, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), 1)}
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
ORDINAL_WORDS = {w: n for n, w in enumerate(_UNITS, 1)} | {w: n for n, w in enumerate(_TEENS.split(), 10)}
ORDINAL_WORDS |= {f"twenty-{w}": 20 + n for n, w in enumerate(_UNITS, 1)}
ORDINAL_WORDS |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                 "tomorrow": 1, "yesterday": -1, "last night": -1, "last evening": -1,
                 "the day before yesterday": -2, "the day after tomorrow": 2}
FOREIGN_RELATIVE_DAYS = {"heute": "today", "morgen": "tomorrow", "gestern": "yesterday",
                         "dzisiaj": "today", "dziś": "today", "jutro": "tomorrow",
                         "wczoraj": "yesterday", "heute morgen": "today",
                         "gestern morgen": "yesterday", "heute abend": "today",
                         "gestern abend": "yesterday", "vorgestern": "the day before yesterday",
                         "übermorgen": "the day after tomorrow",
                         "przedwczoraj": "the day before yesterday",
                         "pojutrze": "the day after tomorrow"}
"""The German, Polish and Spanish words of `today`, `tomorrow` and `yesterday` (and Spanish
`anoche`, `esta mañana` ...) -> the English words, counted as they are (`Jutro Mikojan uda się do
Hawany.`, `Mikojan reist morgen ab.`, `Ayer el compañero Mikoyan llegó`); none is an English
word. Spanish `mañana` after an article is the morning (`por la mañana`: `NOUN_AFTER`).
German's `Morgen` is read in lower case only: capitalised it is also the noun, the morning
(`am Morgen`, `Guten Morgen`); after `heute` or `gestern` it is that morning (`heute morgen`,
this morning, in the spelling of 1962), no second day."""
SPANISH_RELATIVE_DAYS = {"hoy": "today", "ayer": "yesterday", "mañana": "tomorrow",
                         "anoche": "last night", "anteayer": "the day before yesterday",
                         "pasado mañana": "the day after tomorrow", "esta mañana": "this morning",
                         "esta tarde": "this afternoon", "esta noche": "tonight"}
"""The Spanish ones, read in a Spanish text only (`days_told.unread_days`): in an English one
`Hoy` is the Cuban newspaper (`Revolución, Hoy, Havana, 27 July 1962`)."""
FOREIGN_RELATIVE_DAYS |= SPANISH_RELATIVE_DAYS
RELATIVE_DAYS |= {word: RELATIVE_DAYS[english] for word, english in FOREIGN_RELATIVE_DAYS.items()}
LOWER_CASE_ONLY = ("morgen",)
"""Words of `RELATIVE_DAYS` read in lower case only (`FOREIGN_RELATIVE_DAYS`)."""
PAST_CUES = {"last", "past", "previous", "since"}
FUTURE_CUES = {"next", "coming", "by", "before", "until", "till", "for"}
"""Weekday rule (`date_weekdays`): after a PAST_CUE, the latest such weekday strictly before the
document date; after a FUTURE_CUE the first one strictly after it (after a CLAUSE_CUE in the
past tense, as a past tense word reads it, and as FUTURE_IN_PAST reads it after `would`); after
"this", the first one on or after it.
Otherwise ("on Monday", "Sunday night") the tense word of its clause decides, else the nearest
in its sentence or quotation (`date_weekdays.clause_tense`, with the words of `date_tenses`):
a FUTURE_TENSE one, the first one strictly after it; a PAST_TENSE one, or none in plain
narration ("He arrived on Sunday"), the latest one on or before it, the document date itself
included; a FUTURE_IN_PAST one, the one nearest it, on either side; an UNTOLD_TENSE one, or none
in a quotation or a question ("He said, “Tuesday?”"), no date. A day of the month named alone
("the 28th") is read the same way (`date_weekdays.month_day`)."""
CLAUSE_CUES = {"by", "before", "until", "till", "for"}
"""Future cues that count from the time their clause tells: ahead of the document date, but
before it in the past tense (`He had left before the 20th`)."""
PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
"""The days of a month each part of it names (`Late October 1962`: the 21st to its last day)."""
DETERMINERS = {"last", "past", "previous", "next", "coming", "this"}  # kept in "last Monday"
FORWARD_DAYS = 90  # "December 23" in a memo of 1970-01-23 is 1969-12-23; "February 16" is 1970-02-16
TWO_DIGIT_YEARS_AROUND = 30
"""How many years from the document date's a two-digit year (`02.11.62`) may name: `3.4.12` in a
record of 1962 is no 3 April 1912 but a section's number."""
US_EASTERN_PLACES = ("Washington", "New York")  # a dateline time after these: US Eastern offset

# --- patterns -------------------------------------------------------------------------------
# Month and weekday names must be capitalised ("May", "MAY", never "may"), so those parts are
# case-sensitive literal alternations that `re` can skip to quickly; cue words and "the" before
# them are looked up backwards by the handlers (*_BEFORE), which keeps every scan linear and fast.
_ABBREVIATIONS = "jan feb mar apr jun jul aug sep oct nov dec".split()
_MONTHS_CS = capitalised_words(ENGLISH_NAMES + ["sept"] + _ABBREVIATIONS)
_WEEKDAYS_CS = capitalised_words(list(WEEKDAYS))


def _in_every_case(forms) -> str:
    """A trie of `forms` in lower case, capitalised and in capitals (`novembre`, `Novembre`,
    `NOVEMBRE`): the other languages write a month in lower case, German capitalised."""
    return trie_regex(sorted({case(f) for f in forms for case in (str.lower, str.capitalize, str.upper)}))


_FOREIGN_MONTHS_CS = _in_every_case(FOREIGN_MONTHS)
_FOREIGN_ABBREVIATIONS_CS = _in_every_case(FOREIGN_ABBREVIATIONS)
_ORD = r"(?:st|nd|rd|th)\b"
_ORD_WORDS = "|".join(w.replace("-", r"[-\s]") for w in sorted(ORDINAL_WORDS, key=len, reverse=True))
_TIME = (r"(?P<tsep>,\s*(?:at\s+)?(?P<time>(?P<zh>[01]\d|2[0-3])(?P<zm>[0-5]\d)\s?Z\b"
         r"|(?P<h1>\d{1,2})(?::(?P<m1>[0-5]\d))?(?:\s*[–-]\s*(?P<h2>\d{1,2})(?::(?P<m2>[0-5]\d))?)?"
         r"(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?))?")
"""A dateline time: `0117Z`, `10:21–11:02 a.m.`, `4:30–6 p.m.`, `2 a.m.` (an hour without minutes
only with a.m. or p.m.: `date_times.timestamps` refuses `November 5, 12` as a time)."""
_DAY_END = r"(?!\w|[.,:]\d)"  # not `May 12:30`, `May 5.6`; `of November 9:` is a day
_ABBREVIATIONS_CS = capitalised_words(_ABBREVIATIONS)   # three letters each: one lookbehind
_ABBREVIATION_DOT = (  # "Jan." and "Sept.", never "May."
    rf"(?:(?:(?<=\b(?:{_ABBREVIATIONS_CS}))|(?<=\b(?:Sept|SEPT)))\.)?")
_ABBREVIATED = (  # after "Oct", "OCT", "Oct." or "Sept." (not after "October", nor "May")
    rf"(?:(?<=\b(?:{_ABBREVIATIONS_CS}))|(?<=\b(?:{_ABBREVIATIONS_CS})\.)"
    r"|(?<=\b(?:Sept|SEPT))|(?<=\b(?:Sept|SEPT)\.))")
_SHORT_YEAR = rf"{_ABBREVIATED}[ \t]+(?P<yy>\d{{2}})(?![\w%]|[.,:/]\d)"
"""Two digits after a month's abbreviation: a year as telegrams write it (`28 Oct 62 had named
them`) or a count after the date (`on 28 Oct 60 or more missiles`); the words after them cannot
tell which, the document date does (`date_years.short_year`)."""


def _month(group: str) -> str:
    return rf"(?-i:\b(?P<{group}>(?:{_MONTHS_CS})\b{_ABBREVIATION_DOT}))"


def _any_month(group: str) -> str:
    """A month of English (`_month`) or of the archive's other languages (`date_months`), in the
    rules a day or year beside it makes a date: `5. November`, `19 ноября`, `novembre 1962`."""
    return (rf"(?-i:\b(?P<{group}>(?:{_MONTHS_CS})\b{_ABBREVIATION_DOT}|{_FOREIGN_MONTHS_CS}\b"
            rf"|{_FOREIGN_ABBREVIATIONS_CS}\b\.?))")


_AFTER_MONTH = r",?\s+(?:del?\s+)?"
"""Between a month and its year: `November 5, 1962`, `noviembre de 1962`, `novembre del 1962`."""
_YEAR_WORD = r"(?:[ \t\u00a0]?(?-i:гг?\.|год(?:а|у)?\b|r\.(?!\w)|roku\b))?"
"""A year's word after it (`19 ноября 1962 г.`, `1962 года`, Polish `9 listopada 1962 r.`, `roku`),
part of the date."""


def _year(group: str) -> str:
    return rf"(?P<{group}>1\d{{3}}|20\d{{2}})(?!\w)"


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _compile_searched(pattern: str, openings: str) -> re.Pattern[str]:
    """A pattern searched for at every place of the text before a date (`match_before`), led by
    a lookahead of the characters its matches open with: `re` passes over other places at once
    (three times faster than trying the pattern at every place, or at each word)."""
    return _compile(rf"(?=[{openings}])(?:{pattern})")


_ELIDED_YEAR = r"['’‘](?P<ey>\d{2})(?![\w%]|[.,:/]\d)"
"""A year written with its century elided, an apostrophe for it: `Nov. 30, '62`, `30 Nov ’62`."""

NUMERIC_DATE = _compile(  # 1962-11-05, 19.11.1962, 13/5/1962, 02.11.62 (the first digit is checked
    # backwards; both separators are the same)
    r"(?P<x>\d)(?<![\w./-]\d)(?:(?P<iy>\d{3})-(?P<im>\d{2})-(?P<id>\d{2})(?!\w|-\d)"
    r"|(?P<d>\d?)(?P<sep>[./])(?P<mo>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?!\w|[./]\d))")
ROMAN_DATE = _compile(  # 19.XI.62, 16.XI.1962, 28-X-1962, 12.XI. (no year), 10-12.XI.62;
    # 1.XI.1962, 23:40 (a dateline's time)
    r"(?P<x>\d)(?<![\w./-]\d)(?P<d>\d?)(?:[–—-](?P<d2>\d{1,2}))?"
    r"(?P<sep>[./]|-(?=[IVX]{1,4}-\d))"
    r"(?P<mo>(?-i:[IVX]{1,4}))(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?!\w|[./]\d)" + _TIME)
MONTH_FIRST = _compile(  # November 5(, 1962)(, 0117Z), after an optional "Monday, "; a month of
    # the other languages only in the Spanish `noviembre 20 de 1962` (`dates._month_first`)
    rf"{_any_month('m')}\s+(?P<d>\d{{1,2}})(?:{_ORD})?{_DAY_END}"
    rf"(?:(?:,?|\s+(?P<de>de))\s+(?:{_year('y')}|{_ELIDED_YEAR}))?{_TIME}")
MONTH_DAY_RANGE = _compile(  # January 22–27, January 30–February 2, 1970, Oct. 26 and 27, 1962;
    # the night of October 27/28 or October 31/November 1
    rf"{_month('m')}\s+(?P<d1>\d{{1,2}})(?:\s*[–—-]\s*|\s+(?P<w>and|or|to)\s+|(?P<night>/))"
    rf"(?:{_month('m2')}\s+)?"
    rf"(?P<d2>\d{{1,2}}){_DAY_END}(?:,?\s+{_year('y')})?")
BETWEEN_BEFORE = _compile(r"\bbetween[ \t]+$")
"""Before two days joined by `and`, what makes them a span (`Between October 28 and November 2,
1962`), not two dates (`October 28 and December 18, 1969`)."""
WORDED_SPAN_END = re.compile(r"[ \t]*(?:[.,;:!?)\]]|$)")
"""What ends `November 5 and 6` without a year after it (not `November 5 and 12 of them`)."""
DAY_FIRST = _compile(  # after DAY_BEFORE: "5 ", "the 7th of ", "den 5. "; "28 Oct 62"; the night
    # of "31 October/1 November" (its second day `nd` of the month `nm`); "19 ноября 1962 г."
    rf"{_any_month('m')}(?:/(?P<nd>\d{{1,2}})\s+{_any_month('nm')})?"
    rf"(?:{_AFTER_MONTH}(?:{_year('y')}{_YEAR_WORD}|{_ELIDED_YEAR})|{_SHORT_YEAR})?{_TIME}")
DATE_TIME_GROUP = _compile(  # 041600Z NOV 62, 271530Z OCT 1962: day, GMT hour, minute, month, year
    rf"(?P<x>\d)(?<![\w./-]\d)(?P<d>\d)(?P<zh>[01]\d|2[0-3])(?P<zm>[0-5]\d)(?-i:Z)\s+{_month('m')}"
    r"\s+(?P<y>\d{4}|\d{2})(?!\w|[.,:/]\d)")
ORDINAL_DAY_CLAUSE_WORDS = ("was", "were", "is", "are", "will", "would", "shall", "should", "could",
                            "might", "must", "had", "has", "have", "did", "does", "and", "or",
                            "but", "at", "when", "if", "because", "until", "till", "he", "she",
                            "they", "we", "i", "it", "you", "there", "then")
"""Words after `the 20th` that make it a day, as a punctuation mark does: a verb, a conjunction,
a pronoun, `at`, no noun it numbers (`the 20th was the likely date`, `ON THE 2ND AND WOULD STOP`;
not `the 10th article`, `the 2nd to arrive`, `the 3rd in line`, `the 2nd and 3rd Armies`)."""
PAPER_WORDS = ("letter", "message", "cable", "telegram", "note", "reply", "communication")
"""The papers a text names by their date: `your letter of October 27`, `the cable of the 24th`."""
_PAPER_OF = "|".join(f"(?<={word} of )|(?<={word}s of )" for word in PAPER_WORDS)
ORDINAL_DAY = _compile(  # the 6th. / the 7th or 8th, / the 20th was -- never "the 10th article"
    # (nor "the 20th [Party] Congress": find_dates sees the text after a text node, so `$` is the
    # real end); after a paper's `of` any word may follow (`your message of the 30th arrived`);
    # led by its first letter, so that `re` tries the paper's lookbehinds only before a `the`
    rf"(?=[Tt])(?P<paper>{_PAPER_OF})?"
    rf"(?-i:the|The|THE)\s+(?P<d1>\d{{1,2}}){_ORD}(?:\s+(?:or|and|to)\s+(?:the\s+)?(?P<d2>\d{{1,2}}){_ORD})?"
    rf"(?(paper)|(?=[ \t]*(?:[.,;:!?)\]\"”—\n]|$)"
    rf"|[ \t]+(?:{'|'.join(ORDINAL_DAY_CLAUSE_WORDS)})\b"
    r"(?![ \t]+(?:the[ \t]+)?\d))(?![ \t]*,[ \t]*\d))")
MONTH_YEAR = _compile(  # November 1967, November, 1967, January 1969–October 1970, January–April 1970
    rf"{_any_month('m')}(?:,?\s+{_year('y1')})?(?:\s*[–—-]\s*{_any_month('m2')})?"
    rf"{_AFTER_MONTH}{_year('y')}{_YEAR_WORD}")
MONTH_CUED = _compile(  # December, after a cue: "Last December", "in early January"
    rf"(?-i:\b(?P<m>{capitalised_words(ENGLISH_NAMES)}))\b(?!\s*,?\s*\d)")
RELATIVE_YEAR = _compile(r"(?-i:year|Year|YEAR)\b")  # after "last ", "July of this "
YEAR = _compile(  # 1918, 1969–1976, 1969-70 (the first digit is checked backwards); 1962 г.,
    # 1961–1962 гг. (the year's word is the date's)
    r"(?P<y>(?:1\d|20)(?<![\w$£€#.,:/–—-]\d\d)\d\d)"
    r"(?:\s*(?:[–—]|-(?=\d))\s*(?P<y2>1\d{3}|20\d{2}|\d{2}))?(?![\w%]|[.,:/]\d|\s*[–—-]\s*\d)"
    + _YEAR_WORD)
_RELATIVE_DAYS = sorted(RELATIVE_DAYS, key=len, reverse=True)
_RELATIVE_DAYS_CS = "|".join(_RELATIVE_DAYS) + "|" + capitalised_words(
    [words for words in _RELATIVE_DAYS if words not in LOWER_CASE_ONLY])
RELATIVE_DAY = _compile(
    "(?-i:" + trie_regex(_RELATIVE_DAYS_CS.split("|")).replace(r"\ ", r"\s+") + r")\b")
"""`_RELATIVE_DAYS_CS`, a space any white space, as a trie: what their alternation matches (where
two forms match, the shorter is the first words of the longer, `gestern` of `gestern morgen`,
and both try the longer first), a third of the time."""
NOUN_AFTER = {"mañana": re.compile(r"(?-i:\b(?:la|una|cada|esa|toda)\s)$")}
"""Words of `RELATIVE_DAYS` that are a noun after these words (`por la mañana`, the morning):
read by the rule's handler, a lookbehind in the pattern having made it ten times slower."""
WEEKDAY = _compile(  # (on, last, next ...) Monday (night)
    rf"(?-i:(?P<wd>{_WEEKDAYS_CS}))\b(?:\s+(?:night|morning|afternoon|evening|[AP]M\b|[ap]\.m\.))?")
_DAY = rf"(?:(?<![\w.,:/])\d{{1,2}}(?:{_ORD}|er\b|[°º]|\.(?=\s))?|\b(?:{_ORD_WORDS}))"
_ARTICLES = "the|le|den|el|il|dnia"
DAY_BEFORE = _compile_searched(
    rf"(?:\b(?:{_ARTICLES})\s+)?(?P<d1>{_DAY})(?:\s*(?:[–—-]|\bor\b|\band\b|\bto\b)\s*(?:the\s+)?"
    rf"(?P<d2>{_DAY})|/(?P<night>\d{{1,2}}))?\s+(?P<of>(?:of|de)\s+)?$",
    r"\dtlde" + "".join(sorted({w[0] for w in ORDINAL_WORDS} | {"i"})))
"""The day or days before a month's name: `5 `, `the 7th or 8th of `, `27/28 ` (a night: the
second day must follow the first, see `date_day_first._read_days_before`); in the other
languages `den 5. `, `le 1er `, `el 5 de `, `19 `, Polish `dnia 29 ` (the article before the day
is the date's, as `the`; `dnia`, "on the day", is Polish's in a date, `Warszawa, dnia 29
października 1962 r.`)."""
MONTH_OF_DOCUMENT = {"inst": 0, "instant": 0, "ult": -1, "ultimo": -1, "prox": 1, "proximo": 1}
"""Words that name a month from the document's: `the 4th inst.` (its own), `ult.` (the one
before), `prox.` (the one after)."""
_NAMED_MONTH = "|".join(  # "inst.", "instant", "INST."; not "Inst." (an institute's abbreviation)
    rf"{word}\b\.?" if len(word) < 5 else rf"{word}\b"
    for name in MONTH_OF_DOCUMENT for word in (name, name.upper()))
DAY_OF_NAMED_MONTH = _compile(  # 4th inst., 1st inst, 3rd instant, 27th ult., 2ND PROXIMO
    rf"(?P<x>\d)(?<![\w./-]\d)(?P<d>\d?)(?:{_ORD})?[ \t]+(?P<rel>(?-i:{_NAMED_MONTH}))")
DIARY_DAY_HEAD = _compile(  # 28th. Sunday. (at the head of a diary's entry)
    rf"(?P<x>\d)(?<![\w./-]\d)(?P<d>\d?){_ORD}\.[ \t]+(?-i:(?P<wd>{_WEEKDAYS_CS}))(?=\.)")
"""An ordinal day and its weekday, each a sentence of its own: not a paragraph's number (`2.
Friday's talks`, `3. Saturday the Soviets will`), nor `2nd. Friday's session`."""
YEAR_FIRST_LINE = _compile(  # 1962, October 27 (a date line, year first)
    rf"(?P<y>1\d{{3}}|20\d\d)(?<![\w.,:/-]\d{{4}}),?[ \t]+{_any_month('m')}[ \t]+"
    r"(?P<d>\d{1,2})\b\.?[ \t]*\Z")
"""A year, a month and its day, the year first, as a whole text (a date line): `1962, October
27`; not in a sentence (`In 1962, October 27 ...`)."""
THE_BEFORE = _compile(r"\bthe\s+$")
WEEKDAY_BEFORE = _compile(rf"(?-i:(?P<wd>{_WEEKDAYS_CS}))\b,?\s+$")
_WEEKDAY_SAID = (r"(?:,|\()?[ \t]*(?:(?:was|is|will[ \t]+be|would[ \t]+be|fell[ \t]+on|falls[ \t]+on)"
                 r"[ \t]+)?(?:a[ \t]+)?")
WEEKDAY_SAID_AFTER = _compile(rf"[ \t]*{_WEEKDAY_SAID}(?-i:(?P<wd>{_WEEKDAYS_CS}))\b")
"""The weekday a sentence says a day of the month is, after the day: `the 20th was a Tuesday`,
`the 20th, a Tuesday`, `the 20th (Tuesday)`."""
DAY_SAID_BEFORE = _compile(rf"(?-i:the|The|THE)[ \t]+(?P<d>\d{{1,2}}){_ORD}[ \t]*{_WEEKDAY_SAID}$")
"""The day of the month before a weekday `WEEKDAY_SAID_AFTER` says it is (`the 20th was a `)."""
MONTH_OF_BEFORE = _compile(rf"(?:{_month('m')}\s+of\s+)?(?<!the\s)\b(?P<rel>last|this|next)\s+$")
MONTH_CUE_BEFORE = _compile(r"\b(?P<cue>in|early|late|mid|last|next|since|until|till|during|by|through)"
                            r"(?:\s+|-)(?:(?:early|late|mid)(?:\s+|-))?$")
_WEEKDAY_CUES = "|".join(sorted(PAST_CUES | FUTURE_CUES | DETERMINERS | {"on"}))
WEEKDAY_CUE_BEFORE = _compile(rf"\b(?P<cue>{_WEEKDAY_CUES})\s+$")
RECURRING_BEFORE = _compile(r"\b(?:every|each)(?:\s+(?:other|second))?\s+$")
"""Before a weekday, what makes it recur, no one day: `Every Friday`, `each Monday`, `every other
Tuesday` (`date_weekdays.named_weekday`)."""
_PAPERS = r"(?:letters?|messages?|telegrams?|cables?|notes?|communication|memorandum)"
PAPER_OF_BEFORE = _compile(rf"\b{_PAPERS}[ \t]+(?:of|dated)[ \t]+$")
"""Before a weekday, a paper it dates, which was written by the time it is named: `We will answer
the letter of Friday`, `your message of Thursday` (`date_weekdays.named_weekday`); not what may
be announced ahead, a broadcast, a reply, orders (`the reply of Monday will be published`)."""
_TO_COME = r"(?:will|shall|['’]ll|(?:is|are)[ \t]+to|going[ \t]+to)[ \t]+(?:[a-z]+[ \t]+)?"
_SENDING = (r"(?:send|write|draft|deliver|issue|dispatch|transmit|publish|prepare|sign|release"
            r"|go(?:[ \t]+out)?[ \t]+in)")
PAPER_TO_COME_BEFORE = _compile(
    rf"\b{_TO_COME}{_SENDING}[ \t]+(?:[\w’']+['’]s[ \t]+[a-z]+[ \t]+and[ \t]+)?"
    rf"(?:(?:the|a|an|our|his|her|their|its|this|my|your)[ \t]+(?:[a-z]+[ \t]+)?{_PAPERS}"
    r"[ \t]+(?:of|dated)[ \t]+)?$")
"""Before a weekday that dates a paper, the future of sending or writing that paper, its
object: `We will send Monday's letter`, `will send the letter of Monday`, `A reply will go in
tomorrow's cable and Monday's letter`: a paper to come (not `will answer Friday's letter`, nor
`will send a reply to the letter of Friday`, whose object is another paper)."""
PAPER_AFTER = _compile(rf"['’]s[ \t]+(?:[a-z]+[ \t]+)?{_PAPERS}\b")
"""After a weekday, a paper it dates: `Friday's letter`, `Thursday's long message`."""
WEEKDAY_CUE_AFTER = _compile(r"[ \t]+(?P<cue>last|next)\b(?![ \t]+(?:week|month|year|time)\b)")
"""A cue after its weekday, in the older order: `Tuesday last`, `Friday next` (not `Tuesday
last week`, whose `last` is the week's)."""
TELEGRAM_WORDS = ("telegram", "tel", "cable", "deptel", "embtel", "reftel", "urtel", "mytel",
                  "contel", "circtel", "circular", "airgram", "despatch", "dispatch", "secto",
                  "tosec", "tedul", "dulte", "polto", "topol")
"""Words a telegram's number follows (`Deptel 1255`: the Department's telegram 1255; `Secto`,
`Tosec`: from and to the Secretary's party), as the State Department wrote them."""
_NUMBERING_WORDS = ("no", "nos", "nr", "number", "vol", "volume", "article", "art", "arts", "box",
                    "p", "pp", "page", "pages", "document", "doc", "file", "folder", "item",
                    "para", "paragraph", "section", "chapter", "room", "flight", "code", "ext")
LAW_WORDS = ("law", "ley", "decree", "decreto", "resolution", "resolución")
"""Words a law's or a decree's number follows (`Ley 1962`, `Decree 1962`, `Resolution 1962`):
its number, no year (`the Law of 1962`, `the 1962 law` are years)."""
_NUMBERS_SO_FAR = r"(?:\s*\d+(?:\s*,\s*|\s+(?:and|or)\s+))*"
"""The numbers of a list before the one a date rule reads: `1834 and ` in `Embtels 1834 and 1835`."""
BLOCKING_WORD = _compile_searched(
    rf"(?:\b(?:{'|'.join(_NUMBERING_WORDS)})\.?"
    rf"|\b(?:numbers?\s+(?:is|was|are|were)|nos\.?){_NUMBERS_SO_FAR}"
    rf"|\b(?:{'|'.join(TELEGRAM_WORDS + LAW_WORDS)})s?\.?{_NUMBERS_SO_FAR}|[#№])\s*$",
    "#№" + "".join(sorted({word[0] for word in _NUMBERING_WORDS + TELEGRAM_WORDS + LAW_WORDS})))
"""A word after which a number is no year, nor a numeric date: `no. 1856`, `Nr. 12.XI.62`,
`Deptel 1255`, `Embtels 1834 and 1835`, `Ley 1962`, `Decrees 1961 and 1962`, `the room number is
1962`, `the unit numbers were 1958 and 1959`, `Nos. 1958 and 1959`. It is searched for at the end
of the text before every number a date rule reads."""
SPACE_RUN = re.compile(r"\s+")
PARAGRAPH_NUMBER_AFTER = re.compile(r"\.[ \t]+\S")
"""After a number that opens a paragraph, what makes it the paragraph's number: `1712. Eyes
only for the Secretary.` (a telegram's number, as `3.` numbers a paragraph)."""
ENTRY_TIME_AFTER = re.compile(r"[ \t]*(?:--|[–—:])")
"""After a clock time that opens a paragraph, what makes it the time heading a chronology's
entry: `1032 -- Report that ...`, `1400: U Thant sends ...`."""
CAPITALS_WORD_BEFORE = re.compile(r"(?P<routing>\S.*?[ \t])?\b(?P<word>[A-Z]{2,})[ \t]+$")
"""The word in capitals right before a number (`TO SECSTATE WASHDC `, `REF: A) MOSCOW `) and what
stands before it on its line (`routing`): in a line written in capitals, a cable's post or office,
which a telegram's number follows; a name and a number alone on a line (`CUBA 1962`, no `routing`
before them and nothing after) are a heading's, whose number is a year."""
YEAR_WORDS_IN_CAPITALS = frozenset("""
IN SINCE OF BY UNTIL TILL DURING BEFORE AFTER FROM TO AND OR NOR BUT FOR THROUGH THE THIS THAT
EARLY LATE MID END SPRING SUMMER AUTUMN FALL WINTER YEAR YEARS FY CY ABOUT AROUND CIRCA ON
BETWEEN AS THAN WITHIN NOT ALSO ONLY EVEN AGAIN""".split())
"""Words of a text in capitals that a year follows (`SINCE 1958`, `IN 1962`, `FY 1963`): any other
word in capitals before a number names a post or an office whose telegram it is (`MOSCOW 1121`,
`STATE 1034`, `WASHDC 1143`)."""
AT_WORD = _compile(r"\bat\s*$")
CLOCK_ZONE_AFTER = _compile(
    r"\s*(?:(?-i:GMT|UTC|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|MSK)\b"
    r"|(?:local|Moscow|Washington|Havana|Eastern|Zulu)\s+time\b|local\b(?=\s*(?:[.,;:)]|$)))")
"""A time zone after a four-digit number, which makes it a clock time (`effective 1400 GMT`,
`by 1800 local`, `2100 Moscow time`), not a year; `local` alone only before a punctuation mark
(not `1945 local elections`); see `CLOCK_BEFORE`."""
CLOCK_BEFORE = re.compile(r"\d:[0-5]\d(?::[0-5]\d)?[ \t]+$")
"""A time before a four-digit number, which makes it the year of a timestamp: `Aug 29 00:00:00
2013 GMT`."""
UNIT_AFTER = _compile(
    r"\s*(?:meters|metres|m|feet|ft|foot|km|kilometers|kilometres|miles|tons|tonnes|kg|people"
    r"|persons|men|troops|soldiers|planes|aircraft|ships|missiles|hours|hrs|minutes|dollars|rubles"
    r"|roubles|pesos|pounds|copies|pages|words|units|percent|per\s+cent|crates|boxes|cases"
    r"|containers|vehicles|trucks|trailers|tanks|guns|rounds|bags|sacks|barrels|pieces|items)\b")
"""A unit or a count of things after a number, which makes it a quantity, not a year (`1000
meters`, `1962 tons`, `counted 1962 crates`)."""
SECOND_NUMBER_AFTER = _compile(r"\s*(?:[–—-]|\b(?:and|to|or)\b)\s*\d[\d,.]*(?=\s)")
"""The second number of a pair a unit after it counts both of: `between 2000 and 2300 hours`,
`1500-1800 meters`."""
ZONED_CLOCK_BEFORE = re.compile(
    r"(?<![\w.:])(?P<zh>[01]\d|2[0-3])(?P<zm>[0-5]\d)(?:[ \t]?Z|[ \t]+(?:GMT|UTC))[ \t]+$")
"""A clock time in GMT right before a date, as telegrams and FBIS write it: `2000Z 20 NOV 62`,
`1404 GMT 28 Oct 62` (the time of day the date's @when gives: `1962-10-28T14:04:00+00:00`)."""
EASTERN_PLACE = re.compile(rf"\b(?:{'|'.join(US_EASTERN_PLACES)})(?:,?\s*D\.\s?C\.)?,?\s*$")


# --- what the scans of `date_openings` look for --------------------------------------------
NUMBER = re.compile(r"\d+")
CALENDAR_WORD = re.compile(rf"(?:{_MONTHS_CS}|{_WEEKDAYS_CS})\b")  # opens with letters: fast
_FOREIGN = rf"(?-i:(?P<m>{_FOREIGN_MONTHS_CS}|{_FOREIGN_ABBREVIATIONS_CS})\b)"
FOREIGN_MONTH_AFTER_DAY = _compile(rf"(?:{_ORD}|er\b|[°º.])?\s+(?:(?:of|de)\s+)?{_FOREIGN}")
_FOREIGN_OPENINGS = "".join(sorted({form[0].lower()
                                     for form in FOREIGN_MONTHS | FOREIGN_ABBREVIATIONS}))
FOREIGN_MONTH_BEFORE_YEAR = _compile_searched(rf"\b{_FOREIGN}\.?{_AFTER_MONTH}$", _FOREIGN_OPENINGS)
FOREIGN_MONTH_BEFORE_DASH = _compile_searched(rf"\b{_FOREIGN}\s*[–—-]\s*$", _FOREIGN_OPENINGS)
FOREIGN_MONTH_BEFORE_DAY_YEAR = _compile_searched(rf"\b{_FOREIGN}\s+\d{{1,2}}\s+de\s+$",
                                                  _FOREIGN_OPENINGS)
"""A month of the other languages after a number (`5. November`, `19 ноября`, `5 de noviembre`),
before a year (`novembre 1962`), before a day and `de` and a year (`noviembre 20 de 1962`, as
Spanish America writes a date month first), or before the dash of a span of months before it (`janvier–avril
1962`): the scan finds them there, where the rules that read them need them (`DAY_FIRST`,
`MONTH_YEAR`; a day spelled in English before one is none: `date_day_first._days_of`); a scan of
the whole text for their names, lower-case words, took four times what all the date rules take
on the dev corpus (see `tests/encoder/test_speed_equivalence_dates.py`)."""
ORDINAL_SUFFIX = _compile(_ORD)
RELATIVE_DAY_WORDS = sorted({phrase.split()[-1] for phrase in RELATIVE_DAYS})
SPANISH_CUES = ("pasado", "próximo", "proximo", "viene")
"""The Spanish words that cue a weekday (`el pasado lunes`, `el martes que viene`)."""
SPANISH_DAY_WORDS = ("día", "dia")
"""The Spanish word a day of the month named alone stands after (`el día 5`)."""
