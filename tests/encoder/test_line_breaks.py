"""Line breaks inside a source paragraph: a hard-wrapped sentence goes on, a new block starts anew."""

import pytest

from tests.conftest import body_xml, encode_text, page

WRAPPED = ("A.I. MIKOYAN. I have already told\nComrade Dorticos that the [Soviet\nGovernment] agrees with\n"
           "DORTICOS and his friends.")

CASES = [
    # (source, expected fragment of the document div)
    (WRAPPED,
     '<p n="1" xml:id="L1">I have already told Comrade <persName ref="persons.xml#dorticos-osvaldo">'
     'Dorticos</persName> that the <supplied reason="clarification" resp="#ed"><orgName '
     'ref="organizations.xml#soviet-government">Soviet Government</orgName></supplied> agrees with '
     'DORTICOS and his friends.</p></sp></div>'),
    ("A.I. MIKOYAN. Yes.\n\n[Ed. note: The text reads so.\nIt is cut here.]",
     '<note type="editorial" resp="#ed" target="#L1" n="2" xml:id="L2">The text reads so. It is cut '
     'here.</note>'),
    ("A.I. MIKOYAN. I said to him\nO. DORTICOS. No.",
     '<p n="1" xml:id="L1">I said to him</p></sp><sp who="persons.xml#dorticos-osvaldo">'),
    ("A.I. MIKOYAN. Yes.\n\nRecorded by: [signature] V. Tikhmenev\nCom. Mikoyan A.I. has not looked "
     "over the transcript of the conversation.",
     '</signed></closer><postscript><p n="3" xml:id="L3">Com.'),
    ("A.I. MIKOYAN. Yes.\n\nSincerely,\nA. Mikoyan",
     '<salute n="2" xml:id="L2">Sincerely,</salute><signed n="3" xml:id="L3">'),
    # a P.S. opens a postscript but does not end its line: the wrapped sentence goes on
    ("A.I. MIKOYAN. Yes.\n\nSincerely,\nA. Mikoyan\nP.S. Please give my regards to\n"
     "Fidel and his friends.",
     '<postscript><p n="4" xml:id="L4">P.S. Please give my regards to <persName '
     'ref="persons.xml#castro-fidel">Fidel</persName> and his friends.</p></postscript>'),
    ("A.I. MIKOYAN. We agreed on the following\n1. The missiles leave.\n2. The bombers stay",
     '<p n="1" xml:id="L1">We agreed on the following</p>'
     '<p n="2" xml:id="L2"><label>1.</label> The missiles '
     'leave.</p><p n="3" xml:id="L3"><label>2.</label> The bombers stay</p>'),
    ("A.I. MIKOYAN. Yes.\n\nParticipants:\nA.I. Mikoyan\nO. Dorticos, President of Cuba\n"
     "E. Guevara, Minister of Industry\n\nThey talked.",
     'President of <placeName ref="places.xml#cuba">Cuba</placeName></p><p n="5" xml:id="L5">'
     '<persName ref="persons.xml#guevara-ernesto">E. Guevara</persName>, Minister of Industry</p>'),
    ("A.I. MIKOYAN. Yes.\n\nII. MILITARY QUESTIONS\nThe missiles are leaving.\n\nO. DORTICOS. Good.",
     '<p n="2" xml:id="L2">II. MILITARY QUESTIONS</p><p n="3" xml:id="L3">The missiles'),
    # lines in title case list people or an address, one a line, though none ends a sentence
    ("PARTICIPANTS\n\nThe Secretary of State\nMr. John J. McCloy\nAmbassador Anatoliy F. Dobrynin"
     "\n\nThe Secretary opened the talk.\n\nO. DORTICOS. Good.",
     '<p n="2" xml:id="L2">The Secretary of State</p><p n="3" xml:id="L3">Mr. <persName '
     'ref="persons.xml#mccloy-john">John J. McCloy</persName></p><p n="4" xml:id="L4">Ambassador '
     'Anatoliy F. Dobrynin</p><p n="5" xml:id="L5">The Secretary opened the talk.</p>'),
    ("Havana, 14 November 1962\n\nHis Excellency U Thant\nActing Secretary-General of the United "
     "Nations\nNew York\n\nYour Excellency:\n\nWe declare this.\n\nFidel Castro",
     '<p n="3" xml:id="L3">Acting Secretary-General of the <orgName ref="organizations.xml#un">United '
     'Nations</orgName></p><p n="4" xml:id="L4"><placeName ref="places.xml#new-york">New York'
     '</placeName></p>'),   # in a memorandum (the page's title): no inside address, lines as p
    # lines each opening with a field's label are a list of fields, one a line, though no line
    # ends a sentence and a lowercase one would go on a wrapped sentence
    ("Location: Xihua Hall, Beijing\nChinese participants: Zhou Enlai, Chen Yi\n"
     "Vietnamese participants: Hoang Van Hoan\n\nThey talked.",
     '<p n="1" xml:id="L1">Location: Xihua Hall, <placeName ref="places.xml#beijing">Beijing'
     '</placeName></p><p n="2" xml:id="L2">Chinese '
     'participants: Zhou Enlai, Chen Yi</p><p n="3" xml:id="L3">Vietnamese participants: Hoang Van '
     'Hoan</p><p n="4" xml:id="L4">They talked.</p>'),
    ("They talked.\n\ncc: Mr. Rusk, Washington\ncc: Mr. Bundy, The White House",
     '<p n="2" xml:id="L2">cc: Mr. Rusk, <placeName ref="places.xml#washington-dc">Washington'
     '</placeName></p><p n="3" xml:id="L3">cc: Mr. Bundy, The White House</p>'),
    # a field's value wrapped onto the next line goes on
    ("Chinese participants: Zhou Enlai, Chen Yi,\nQiao Guanhua\n\nThey talked.",
     '<p n="1" xml:id="L1">Chinese participants: Zhou Enlai, Chen Yi, Qiao Guanhua</p>'),
    # a word divided at a line end by a hyphen runs on across the break: one word, the hyphen
    # and the break kept as the source prints them
    ("They said the decision was irre-\nvocable, and they would be with-\ndrawn.",
     '<p n="1" xml:id="L1">They said the decision was irre-<lb break="no"/>vocable, and they '
     'would be with-<lb break="no"/>drawn.</p>'),
    # a compound at a line end cannot be told from a divided word: its hyphen stays too, and a
    # capital after the break does not start a new block
    ("They spoke of the Soviet-\nAmerican talks.",
     '<p n="1" xml:id="L1">They spoke of the Soviet-<lb break="no"/>American talks.</p>'),
    # a capital after a hyphen at a line end is a compound's or a new line's: the lines of a
    # list of participants by group stay lines (probe r1, memcon-participants.txt:13-14)
    ("PARTICIPANTS\n\nU.S.-\nThe Secretary\nUSSR-\nAmbassador Dobrynin\n\nThey talked.",
     'USSR</placeName>-</p><p n="5" xml:id="L5">Ambassador Dobrynin</p>'),
    # an aside between hyphens written as dashes goes on with its sentence, a space after it
    # (probe r1, memcon-participants.txt:17-19: 'it-<lb break="no"/>was', in two p)
    ('They said the so-called "crisis"\n-as the Soviet press called it-\nwas over.',
     '<p n="1" xml:id="L1">They said the so-called "crisis" -as the Soviet press called it- was '
     'over.</p>'),
    # a typist who writes a dash as a hyphen against a word: a hyphen at a line end is such a
    # dash, no word divided (probe r1, transcript-excomm.txt:9)
    ("A.I. MIKOYAN. The missiles are obsolete-\nthey were obsolete when they came.\n"
     "O. DORTICOS. -and we agree.",
     '<p n="1" xml:id="L1">The missiles are obsolete- they were obsolete when they came.</p>'),
    ("A.I. MIKOYAN. What worries me is that we-\nO. DORTICOS. Go on.\nA.I. MIKOYAN. The "
     "missiles are obsolete-\nthey were obsolete when they came.",
     '<p n="3" xml:id="L3">The missiles are obsolete- they were obsolete when they came.</p>'),
    # a rule under a table's columns is a line of its own: it was joined onto the row before it
    ("Holguin     4     16     20\n----     ----     ----\nTotal     16     26     42",
     '<p n="1" xml:id="L1">Holguin     4     16     20</p><p n="2" xml:id="L2">----     ----     '
     '----</p><p n="3" xml:id="L3">Total     16     26     42</p>'),
    # review r6 (5.1): rows of a table in lower case were one paragraph, columns and all
    ("Group of goods      Plan 1962    Per cent\nOil and oil products    4,200.0    92.2\n"
     "Grain and flour    430.0    93.3",
     '<p n="2" xml:id="L2">Oil and oil products    4,200.0    92.2</p><p n="3" xml:id="L3">'
     'Grain and flour    430.0    93.3</p>'),
    # two columns, or one row under a wrapped sentence, no table: the sentence goes on
    ("Secretary of the CC CPSU     N. Khrushchev and\nthe others signed.",
     '<p n="1" xml:id="L1">Secretary of the <orgName ref="organizations.xml#cc-cpsu">CC CPSU'
     '</orgName>     <persName ref="persons.xml#khrushchev-nikita">N. Khrushchev</persName> and '
     'the others signed.</p>'),
    ("The deliveries of oil and of\ngrain and flour    430.0    93.3",
     '<p n="1" xml:id="L1">The deliveries of oil and of grain and flour    430.0    93.3</p>'),
    ("We met at noon.   They left early.   Then\nMikoyan came in.   It rained.   Later",
     '<p n="1" xml:id="L1">We met at noon.   They left early.   Then <persName '
     'ref="persons.xml#mikoyan-anastas">Mikoyan</persName> came in.   It rained.   Later</p>'),
    # a dash at a line end, or a hyphen after a digit, is no word's: a space, as before
    ("They said--\nand then left, on 12-\n15 November.",
     '<p n="1" xml:id="L1">They said-- and then left, on'),
]


@pytest.mark.parametrize("source, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_lines_encode_as(source, expected, registers):
    tei, reporter = encode_text(page(source), registers)
    assert [str(d) for d in reporter.diagnostics] == []
    assert expected in body_xml(tei)


def test_a_wrapped_paragraph_keeps_the_line_it_starts_on(registers):
    tei, _ = encode_text(page(WRAPPED + "\n\nO. DORTICOS. Good."), registers)
    assert [p.sourceline for p in tei.iterfind(".//{*}sp/{*}p")] == [5, 10]


@pytest.mark.parametrize("label_k, label_r", [("K", "R"), ("Kissinger", "Rogers")])
def test_turns_on_consecutive_lines_stay_turns(label_k, label_r, registers):
    """A transcript's turns, one a line, though a line ends with no stop (`Hello Bill`)."""
    source = (f"{label_k}: Hello Bill\n{label_r}: Hi Henry. How are you\n{label_k}: Fine—\n"
              f"{label_r}: Good.\n\n{label_k}: Bye.\n\n{label_r}: Bye.")
    tei, _ = encode_text(page(source), registers, provisional=True)
    turns = [("".join(sp.find("{*}speaker").itertext()), "".join(sp.find("{*}p").itertext()))
             for sp in tei.iterfind(".//{*}sp")]
    assert turns == [(label_k, "Hello Bill"), (label_r, "Hi Henry. How are you"),
                     (label_k, "Fine—"), (label_r, "Good."), (label_k, "Bye."), (label_r, "Bye.")]
