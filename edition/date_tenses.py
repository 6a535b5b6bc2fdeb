"""The words that tell a weekday's sentence past or future: its tense words, or a cue before it.

`date_weekdays.clause_tense` reads them in the clause or the sentence of a weekday or a day of
the month named alone (`the 28th`), to tell which side of the document date that day is on.
"""

from __future__ import annotations

import re


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


SENTENCE_CUES = _compile(r"\b(?P<cue>last|previous|next|coming)\b")
"""Cue words that tell a weekday's sentence without a tense word past or future from further
before it: `Next meeting: Friday.`, `Last session: Monday.`"""
FUTURE_TENSE = _compile(
    r"\b(?:will|shall|going\s+to|until|till|expects?|expecting|intends?|intending)\b|['’]ll\b"
    r"|\b(?:plans|planning|hopes?|hoping)\s+to\b"
    r"|\b(?:meets|convenes|reconvenes|arrives|departs|leaves|sails|begins|opens|resumes)\b")
"""The future, or a verb in the present that looks ahead (`expects`, `plans to`), or tells what
is scheduled (`the group meets on Monday`, `he arrives on Friday`: the present of what is to
come; the -s form only, as `did not meet on Monday` is past)."""
# not a reporting verb ("said", "told"): "On Sunday, he said, we will meet" is a Sunday ahead
_AHEAD_VERBS = "expected|wanted|needed|planned|intended|promised|scheduled|arranged"
"""Verbs in -ed whose object lies ahead of them whatever follows (`expected the answer`)."""
_ASKING_VERBS = ("asked|requested|urged|instructed|ordered|invited|advised|proposed|suggested"
                 "|authorized|directed|allowed|permitted|warned|reminded|pressed|informed"
                 "|notified|assured")
"""Verbs in -ed that look ahead only with what is asked (`asked the Soviets to remove them`,
`proposed to meet`, `suggested that`); else they report what was said (`informed the Secretary
on Monday`), in the past."""
_INFINITIVE = (r"(?:\s+(?!to\b)[\w’'.-]+){0,3}\s+to\s+(?!(?:the|a|an|his|her|its|our|their|this"
               r"|these|those|him|them|us|me|you|it)\b)[a-z]|\s+that\b")
LOOKING_AHEAD = rf"\b(?:{_AHEAD_VERBS}|(?:{_ASKING_VERBS})(?={_INFINITIVE}))\b"
"""A verb in -ed that looks ahead (`asked the Soviets to remove them on the 20th`): no past."""
_PLANNED = r"\s+(?:(?:the|a|an|most|very)\s+)?(?:likely|due|scheduled|planned|to\s+be)\b"
"""What makes `was` look ahead: `the 20th was the likely date`, `was due`, `was scheduled`,
`was to be`: the future seen from the past (`FUTURE_IN_PAST`)."""
_IRREGULAR_PAST = ("spoke|took|gave|wrote|began|broke|saw|knew|fell|rose|chose|drove|flew|ran"
                   "|drew|grew|threw|forgot|shook|sank|withdrew|undertook|overtook|arose")
"""Irregular verbs in the past whose past participle differs (`took`, not `taken`), so that
`will be taken on January 10` is not read as past."""
PAST_TENSE = _compile(
    rf"\b(?:was|were)\b(?!{_PLANNED})|\b(?:had|did|came|went|met|became)\b"
    rf"|\b(?-i:{_IRREGULAR_PAST})\b"   # in small letters: not `Drew Pearson`, `Mr. Rose`
    # a regular verb in the past with its object: "received the order" (not "need the", not
    # "will be received", which no object follows, nor "will have received the")
    rf"|(?<!have\s)\b(?!{LOOKING_AHEAD})[a-z]+[^e\W]ed(?=\s+(?:the|a|an|his|her|its|our|their"
    r"|this|these|those)\s)")
FUTURE_IN_PAST = _compile(rf"\bwould\b|\b(?:was|were)(?={_PLANNED})")
"""The future seen from a past time (`He said the bombers would go by the 20th`, `He added that
he would be in Bonn on the 20th`, `the 20th was the likely date`): after that time, which is on
or before the document date, so on either side of it: the day nearest the document date."""
UNTOLD_TENSE = _compile(rf"\b(?:is|are|need|needs)\b|{LOOKING_AHEAD}")
"""The present or a verb that looks ahead (`is on the 28th`, `asked them to remove them on the
28th`): nearest a weekday or a day of the month, it says neither past nor future."""
_JOINING = r"(?:that|which|who|whom|and|but|or|while|whereas|although|though|because|if)\b"
_NAMED_OBJECT = r"(?:[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)?|him|her|them|it|us|me)"
"""A verb's object that is a name or a pronoun (`Cuba`, `Fidel Castro`, `them`), not a noun a
plan or a paper could be."""
_VERB_AND_NAME = (r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!have\s)\b"
                  rf"(?-i:(?!{LOOKING_AHEAD}|hundred\b)[a-z]+[^e\W]ed[ \t]+{_NAMED_OBJECT})")
"""A regular verb in the past and its object named (`expelled Cuba`, `informed them`): in small
letters (not `United Nations`), and not a participle after an article (`the armed Cubans`)."""
PAST_VERB_BEFORE = _compile(
    rf"(?:(?:{PAST_TENSE.pattern})(?:[ \t]+(?!{_JOINING})[\w’'-]+){{0,2}}"
    rf"|{_VERB_AND_NAME})[ \t]+on[ \t]+$")
"""A verb in the past right before `on` and a date, which it governs (`was imposed on `, `spoke
on `, `had met him on `, `received the order on `, `expelled Cuba on `): not a verb further back
whose object is a plan (`handed Stevenson a note about the session on January 4`), nor one of
another clause (`It was agreed that the February 11 meeting`), nor one that sets a day ahead
(`was postponed to January 10`, `was set for January 10`)."""
_SAME_PAST = ("told|said|sent|left|got|made|held|felt|kept|heard|thought|brought|bought|found"
              "|lost|paid|put|set|let|cut|read|built|caught|taught|sought|fought|won|sat|stood"
              "|understood|led|meant|spent|lent|hid|hit|shut|struck|sold|laid|fled|ate|rang")
"""Irregular verbs in the past that no tense word marks (`We told him on Monday`)."""
_NOT_A_PLAN = (rf"(?:{_SAME_PAST}|{_IRREGULAR_PAST}|do|did|does|had|have|has|was|were|am|are|is"
               r"|can|could|would|should|might|must|may|also|then|all|both|only|never|always"
               r"|often|usually|just)\b")
PRESENT_PLAN_BEFORE = re.compile(
    rf"(?:\b(?i:we|I|you|they)[ \t]+(?!{_NOT_A_PLAN})[a-z]+(?<!ed)"
    rf"|(?:\b(?i:he|she)|(?<![\w’'-])[A-Z][a-z]+)[ \t]+(?!{_NOT_A_PLAN})[a-z]+[^s\W'’]s)"
    rf"(?:[ \t]+(?!{_JOINING}|on\b)[\w’'-]+){{0,2}}[ \t]+(?i:on)[ \t]+$")
"""A verb in the present right before `on` and a day, its subject before it (`We meet on `,
`We see them on `, `The Council votes on `, `He sees Castro on `): the present of a plan,
where no word of its sentence tells a tense; not a verb in the past no tense word marks (`We
told him on `), nor an auxiliary or an adverb (`We did on `, `They often on `)."""
NARRATED_AFTER = re.compile(rf"\b(?:[a-z]+ed|{_SAME_PAST}|{_IRREGULAR_PAST})\b")
"""A verb in the past after a day (`Soviet talks on Monday ended`, `News reports on Monday
said`): narration, no plan."""
