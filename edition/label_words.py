"""The words that make a paragraph's opening a speaker's label or none: offices, fields, replies."""

from __future__ import annotations

import re

from .alphabets import LOWER, UPPER
from .record_fields import RECORD_FIELDS, REMARK_WORDS

OFFICES = """Secretary President Ambassador Minister Chairman General Premier Senator Governor
Admiral Chancellor Counselor Counsellor Director Marshal""".split()
"""A person's office: `The Secretary`, `The Attorney General`, `Ambassador Thompson`, `Marshal
Malinovsky`: a label's first word (`LABEL_FIRST_WORDS`), a person the record reports
(`turn_ends.REPORTS`)."""
OFFICE_QUALIFIERS = frozenset("prime deputy vice first under assistant foreign acting".split())
"""Words that make an office of an office (`Prime Minister`, `Deputy Chairman`), folded."""
LABEL_FIRST_WORDS = frozenset(OFFICES) | frozenset("""
The Foreign Prime Comrade Deputy Assistant Under Vice King Queen Prince Lord Lady Father Brother
Canciller Comandante Señor Senhor
""".split())
"""First words of a title-case label before a colon that make it a speaker even once; Spanish
`Canciller Roa:`, `Comandante Guevara:` (the Cuban records' offices and ranks), the courtesy
titles `Señor`, `Senhor` spelt out (`Senhor Hermes Lima:`)."""
REFERENCE_WORDS = frozenset("See Cf Nr Nrs Vol Vols Fol Ibid".split())
"""Words of a cross-reference, `See Nr. 19.XI.1962`, `Cf. Vol. 2`: a pointer to another document,
never a speaker's name."""
NOT_COLON_LABELS = RECORD_FIELDS | REMARK_WORDS | REFERENCE_WORDS | frozenset("""
Date Time Place Text Ref Reference References Action Info Copy Cc From
To Via Tab Item Topic Conclusion Conclusions Result Results Location Dear Question
Answer Background Purpose Issue Issues Recommendation Recommendations Also Others Following
Discussion Follows Begin End Thus Therefore However Finally First Second Third Fourth Fifth
Memorandum Telegram Letter Minutes Transcript Total
""".split())
"""Words before a colon that head a field, a section or a sentence, never a speaker's label."""
ORDINALS = frozenset("First Second Third Fourth Fifth".split())
"""Words that head a speaker's point alone (`First: we`), an office before more (`First Deputy
Premier Mikoyan`)."""
NOT_SPEAKERS = frozenset("""
PARTICIPANT SECRET CONFIDENTIAL UNCLASSIFIED PS MEMORANDUM TELEGRAM END BEGIN TEXT USA US UN
USSR CC CPSU NATO OAS CIA FBI NSC JCS TOP EYES ONLY NODIS EXDIS LIMDIS TAB REF REFERENCE ACTION
INFO PRIORITY IMMEDIATE FLASH ROUTINE ST DTG FYI
""".split()) | frozenset(word.upper() for word in RECORD_FIELDS | REMARK_WORDS)
"""Words in capitals that are no speaker's label: a heading's, a telegram's, and the record's
fields and remarks as plain in capitals as in title case (`PRESENT:`, `RESOLVED:`, `NOTE:`)."""
FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]urs?)\b")
"""`I`, `we`, `our`: a speaker's words (`Castro agreed with me`), not the record's."""
REPLY_WORDS = frozenset("""
Good Fine Right Agreed Exactly Correct Certainly Indeed Absolutely Precisely Naturally Surely Sure
Thanks Well Okay OK True False Nonsense Excellent Understood Clear Quite Perhaps Maybe Possibly
Impossible Never Again Really Splendid Wonderful Bravo Enough Please Sorry Wait Look Listen Now
Gentlemen Comrades Friends Good-bye Goodbye Hello Agreement Objection Question Silence Order
""".split()) | frozenset("""
Further Furthermore Moreover Besides Firstly Secondly Thirdly Fourthly Fifthly Lastly Next
Meanwhile Consequently Hence Accordingly Nevertheless Nonetheless Incidentally Otherwise Anyway
Additionally Briefly Frankly
""".split())
"""Words a speech opens with as a sentence of its own (`Exactly. The missiles ...`), and those
that say how a long speech goes on (`Secondly. The bombers ...`, `Further. The Americans ...`):
no label."""
TITLE_STOPWORDS = frozenset("""
The This That These Those It In On At Of For And But Or If When While After Before Since So Then
There Here As By From To With Dear Sincerely Begin End Text Subject Note Yes No Oral Reply Soviet
United American Secretary President Minister Ambassador General Department Embassy Document
""".split()) | REFERENCE_WORDS
ROLE_LABELS = frozenset("QUESTION ANSWER QUESTIONER INTERVIEWER REPORTER OPERATOR Q".split())
"""Labels in capitals that name a part in an exchange, not a person: a press conference's
`QUESTION:`, `REPORTER:` (many reporters), an interview's `Q:`, and `A:` where `Q:` asks
(`unnamed_labels.role`); a title-case `Question:` is a speaker's own head (`NOT_COLON_LABELS`)."""
QUESTION_WORD = re.compile(
    r"(?i:why|what|who|whom|whose|where|when|how|which|really|yes|no|so|well|indeed|true|and|but"
    r"|or|is|are|do|does|did|can|could|will|would|should|почему|что|кто|где|когда|как|зачем"
    r"|warum|was|wer|wo|wann|wie|pourquoi|quoi|qui|quand|comment|por|qué|quién|cómo|cuándo)\b")
"""A word that opens a question, not a name: `Why?: That is the question.`, which is no unsure
label (`doubt_marks.DOUBT_MARK`)."""
ASKING_AUXILIARY = r"(?i:is|are|was|does|did|can|could|would|should)\s+"
"""English verbs that open a question about the name after them (`Did Dorticos?:`, `Is
Castro?:`); not `Will`, also a given name (`Will Brandt?:`), nor `Do`, `No`, `Wie`, which open
names in other languages (`Do Muoi?:`)."""
QUESTION_LABEL = rf"(?:{QUESTION_WORD.pattern})" \
    rf"(?:[\s.’'-]+(?:{QUESTION_WORD.pattern}|[{LOWER}]\w*))*\?" \
    rf"|{ASKING_AUXILIARY}[{UPPER}]"
"""What stands before `?:` in a question, not a doubted label: a question word alone (`Why?:`,
`No?:`) or before question words or words in small letters (`So what?:`, `Why not?:`); an
English verb asking about a name (`ASKING_AUXILIARY`: `Did Dorticos?:`, `Is Castro?:`); a name
after another question word is the label's (`Will Brandt?:`, `Do Muoi?:`)."""


NOT_LOOSE_WORDS = TITLE_STOPWORDS | NOT_COLON_LABELS | REPLY_WORDS
"""The words a loose label (`Kosygin. I support.`) may not hold (`speakers.loose_label`), made
once, not at each paragraph asked."""


CABLE_SENTENCE_WORDS = frozenset("AT TO FROM IN ON OF FOR WITH BY AND NOT WILL WOULD".split())
"""Small words of a cable's sentence in capitals (`SECRETARY SAW DOBRYNIN AT NOON.`), which a
name in capitals before a period holds none of."""
MAX_CAPS_LABEL_WORDS = 3
"""The most words of a name in capitals before a period (`CHAIRMAN N. S. KHRUSHCHEV.` counts two:
initials aside)."""


def is_cable_sentence(label: str) -> bool:
    """Whether `label`, the capitals before a period that open a paragraph all in capitals, is a
    cable's first sentence rather than a speaker's name: more than `MAX_CAPS_LABEL_WORDS` words
    or a small word of a sentence (`KHRUSHCHEV AGREES TO REMOVE MISSILES FROM CUBA.`; not
    `SECRETARY RUSK.`, `THE PRESIDENT.`)."""
    words = [word for word in label.split() if len(word.rstrip(".")) > 1]
    return len(words) > MAX_CAPS_LABEL_WORDS or any(w in CABLE_SENTENCE_WORDS for w in words)


def colon_head_word(label: str) -> str:
    """The word a label before a colon opens with, after an article, without its period and
    capitalized: `Note`, `The Resolved` -> "Resolved" (`The Resolved: clause of the last sitting
    stands` is a sentence), `NOTE by the Embassy` -> "Note"."""
    words = label.split()
    head = words[1] if words[0] == "The" and len(words) > 1 else words[0]
    return head.rstrip(".").capitalize()


def opens_with_ordinal_office(label: str) -> bool:
    """Whether `label` opens, after an article, with an ordinal before an office's word (`First
    Deputy Premier Mikoyan`, `The First Deputy Minister`, `Second Secretary Smith`), not before
    other words (`The Second Round`, `First Point`) nor alone (`First`)."""
    words = label.split()
    head = words[1:3] if words[0] == "The" else words[:2]
    return len(head) == 2 and head[0] in ORDINALS and head[1] in LABEL_FIRST_WORDS


def heads_no_label(label: str) -> bool:
    """Whether `label`, before a colon, is no speaker's but heads a field, a section or a
    sentence: it opens with a word of `NOT_COLON_LABELS` (`Note:`, `The Resolved:`, `First:`,
    `The Second Round:`), not with an ordinal office (`opens_with_ordinal_office`). The one test
    of `speakers.colon_label` and `label_heads.label_head`."""
    return colon_head_word(label) in NOT_COLON_LABELS and not opens_with_ordinal_office(label)
