"""The table the converter follows: each foreign element where blocks stand -> its behaviour."""

from __future__ import annotations

DIVS = "text front body back group div div1 div2 div3 div4 div5 div6 div7 lg table figure " \
       "castList castGroup argument epigraph floatingText listBibl"
BLOCKS: dict[str, str] = {
    **{name: "container" for name in DIVS.split()},
    "head": "head", "opener": "container", "closer": "closer", "postscript": "postscript",
    "dateline": "dateline", "docDate": "dateline", "salute": "salute", "signed": "signed",
    "p": "paragraph", "ab": "paragraph", "seg": "paragraph", "trailer": "paragraph",
    "byline": "paragraph", "row": "paragraph", "castItem": "paragraph", "bibl": "paragraph",
    "list": "list", "item": "item", "label": "label",
    "sp": "speech", "u": "utterance", "l": "verse",
    "stage": "stage", "kinesic": "stage", "vocal": "stage", "incident": "stage", "move": "stage",
    "note": "note",
    "pb": "boundary", "cb": "boundary", "milestone": "omit", "anchor": "omit",
}
"""Foreign element where blocks stand -> behaviour (see BEHAVIOURS)."""

BEHAVIOURS = {
    "container": "its children are blocks",
    "head": "a heading (a paragraph once the text has begun)",
    "dateline": "a dateline: in the opener before the text begins, in a closer, else a paragraph",
    "salute": "a salutation", "signed": "a signature",
    "paragraph": "a paragraph; one that opens with a short name and ':' is a speaker turn",
    "list": "its items are paragraphs; a heading of a list is a paragraph",
    "item": "a paragraph, with the list label before it", "label": "the label of the next item",
    "speech": "a speaker turn: sp/@who, its speaker label and its blocks",
    "utterance": "a speaker turn: u/@who, named from the list of persons or the id",
    "verse": "consecutive verse lines make one paragraph, with line breaks",
    "stage": "a stage direction between speeches or paragraphs",
    "note": "in words gathered here, an inline note; between blocks, an editorial note on the "
            "block before it (a footnote of it, when printed with a number); type=source goes "
            "to the header",
    "closer": "closing dateline, salutation and signatures",
    "postscript": "a postscript", "omit": "nothing to show (milestones, anchors)",
    "boundary": "a page or column break: the end of a word, unless break=no",
}
STRUCTURAL = frozenset(("container", "head", "paragraph", "list", "item", "speech", "utterance",
                        "verse", "closer", "postscript", "dateline", "salute", "signed"))
