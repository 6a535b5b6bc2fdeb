"""The editorial conventions: how each bracket form of the sources is encoded, told once for the header and the site."""

from __future__ import annotations

CONVENTIONS: tuple[tuple[str, str, str], ...] = (
    ("Ed. note paragraphs", "note type=editorial resp=#ed",
     "A paragraph that is an editor's note of the source edition becomes an editorial note "
     "that points at the line it annotates, inside the speaker turn when that line is."),
    ("Words added by the editors or translator", "supplied reason=clarification",
     "Words the source prints in square brackets to complete or clarify the text, such as "
     "Soviet officials or our, are encoded as supplied text."),
    ("Short insertions marked --ed.", "supplied reason=clarification",
     "An insertion of up to four words marked as the editor's reads as part of the sentence "
     "and is encoded as supplied text; a longer one is an inline editorial note."),
    ("Editorial remarks and cross-references", "note type=editorial place=inline",
     "A bracketed sentence of its own longer than four words, such as Text not found in the "
     "files, an editor's comment on the text or a name, such as Guevarra in the original or "
     "not identified further, and a bracket that points elsewhere, such as see Attachment 1, "
     "are inline editorial notes."),
    ("Notes of the original record", "note type=original place=inline",
     "A bracket that the original record heads as its own remark, such as Interpreter's note "
     "or Field comment, or that tells how its interpreter rendered a word, such as Sukhodrev "
     "translated this as, is a note of the record, not of the editors: no resp."),
    ("Footnotes and paragraph numbers",
     "note place=inline n xml:id=fn / ref type=note-marker target / label rend=brackets / "
     "ref type=item target",
     "A number in brackets, such as 2, calls a footnote: the footnotes that end the source are "
     "moved to the markers that call them, as inline notes with the number the source printed; "
     "so are notes called by a sign, a letter or a number and a parenthesis, such as * or a, "
     "where the text and the notes give the same signs, the sign in n; "
     "a footnote called twice stays at its first marker with the id fn and its number, at which "
     "each later marker, a reference, points; a marker whose note the source does not give is "
     "kept as a reference. A number in brackets that opens a paragraph, no footnote moved to "
     "it, is the paragraph's label, its brackets in rend, and the same number elsewhere in the "
     "text, where the words refer by it, such as As stated in 1 above or paragraph 2, is a "
     "reference of type item that points at that paragraph where one paragraph alone has the "
     "number; beside a month's name it is a day, no reference. A number printed before a "
     "paragraph's words, such as 1. or (a), where another paragraph has the number next to it, "
     "is the paragraph's label as printed."),
    ("Readings marked sic", "sic rend=mark-after|mark / choice sic corr resp=#ed",
     "The word before a sic in brackets is kept as the source has it, although apparently "
     "wrong; a remark after the sic, such as probably 20 yards, is an inline editorial note; "
     "a correction after it, such as 27 October after 28 October, is the editors' correction "
     "of as many words before the mark as it has, sic and corr in a choice. "
     "Quotation marks and punctuation after the word are the sentence's, outside the element; "
     "where the sic or question mark stood after them, rend names them, mark-after followed "
     "by that punctuation in parentheses; a mark printed otherwise, such as sic!, is kept "
     "in rend, mark followed by the mark as printed in parentheses."),
    ("Page numbers", "pb n",
     "A bracketed page number, such as Page 345, marks where a page of the original document "
     "begins, or, where the source statement names the FRUS volume the text is printed in, a "
     "page of that volume, ed=FRUS; standing alone in its paragraph it is no line of its own."),
    ("Uncertain glosses", "note type=gloss cert=low",
     "An editor's gloss followed by a question mark, such as escort?, is an inline gloss "
     "with low certainty; the question mark is expressed by the certainty."),
    ("A question mark in brackets", "supplied reason=punctuation / unclear",
     "Attached to a word it is punctuation supplied by the editors; standing alone it marks "
     "the preceding word as an uncertain reading."),
    ("Words of the original language", "foreign xml:lang=ru-Latn",
     "Transliterated Russian words that the translator gives in brackets, such as "
     "obeskurazheni, are foreign words in Latin transliteration."),
    ("Signatures and omissions", "gap reason=signature|omission|illegible|inaudible|email-protected",
     "A signature, an omission, text not declassified, illegible or inaudible, or an address "
     "hidden by the archive's web page is a gap whose description keeps the words the source "
     "prints, as is a bracket that describes what is missing, such as The remainder of page 4 "
     "is torn; approximately 6 lines are missing."),
    ("Marks of the source document", "add place rend / del gap reason=cancelled / stamp rend / space",
     "What the document shows besides its typed words is no editorial supply: words the "
     "author's hand wrote, such as handwritten in the margin, are an addition with the label "
     "as printed, or, where the label follows the words in brackets of its own, such as "
     "inserted by hand, an addition of rend label-after holding the label as an editorial "
     "note; a word crossed out is a deletion not transcribed; a stamp the source "
     "describes is a stamp; a blank part of the page is a space."),
    ("Transcripts of recordings", "time / incident / gap reason=inaudible extent rend=parentheses",
     "In the transcript of a recording a time stamp in brackets, such as 16:02, is a time; "
     "what the recording holds besides the speech, such as crosstalk or Tape ends, is an "
     "incident; inaudible in parentheses inside a turn is a gap, and a duration the "
     "transcriber gives, such as 3 seconds, its extent."),
    ("Speaker labels", "sp who / speaker",
     "A paragraph opening with a speaker label begins a turn attributed to a person of the "
     "edition's register; unlabeled paragraphs after it continue the turn. A voice the source "
     "does not name, such as A voice, and a part, such as Question or Q, is a turn without who."),
    ("Stage-like lines", "stage type=business|delivery rend=parentheses|brackets",
     "Lines reporting what a participant does, such as Dorticos objects, are stage lines; "
     "directions inside a turn, in parentheses or brackets, such as To Alekseev, Laughter or "
     "He gives a letter, are delivery stage directions, whose rend says which of the two the "
     "source printed around them; a sentence in parentheses telling what another does, such "
     "as The interpreter asked him to repeat the phrase, is stage business in the line."),
    ("Dates", "date when|notBefore|notAfter",
     "Dates are normalized to ISO 8601; those completed from the document date or resolved "
     "from relative expressions carry cert=medium and evidence=conjecture."),
    ("Line numbers", "@n and xml:id=L{n}",
     "Every block of the body is numbered in document order; the number is the citation unit "
     "declared in refsDecl and the anchor of the line on the website."),
)
