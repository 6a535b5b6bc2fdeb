"""The FBIS Daily Report's speaker labels in brackets: `[Question] ...`, `[Castro] ...`."""

import pytest

from tests.conftest import encode_text, page

INTERVIEW = "FBIS: Interview with Fidel Castro on Havana Radio"


def turns(tei) -> list[tuple[str | None, str]]:
    """(who, speaker) of each turn of the document."""
    return [(sp.get("who"), sp.findtext("{*}speaker")) for sp in tei.iter("{*}sp")]


def test_bracketed_labels_of_an_interview_are_turns(registers):
    """Review 13 S10: `[Question]`, `[Answer]`, `[Castro]` were `supplied` words of no one, the
    interview's speakers lost with no warning. The questioner is no one named (an `sp` without
    @who); the answer is the interviewed man's, as `ANSWER:` is."""
    body = ("[Question] Major, what about the inspection?\n\n[Answer] We will not accept it.\n\n"
            "[Question] And U Thant?\n\n[Castro] He is a friend.")
    tei, reporter = encode_text(page(body, title=INTERVIEW), registers, provisional=True)
    assert turns(tei) == [(None, "Question"), ("persons.xml#castro-fidel", "Answer"),
                          (None, "Question"), ("persons.xml#castro-fidel", "Castro")]
    assert [p.text for p in tei.iterfind(".//{*}sp/{*}p")][:2] == [
        "Major, what about the inspection?", "We will not accept it."]
    assert not reporter.diagnostics


@pytest.mark.parametrize("body", [
    "[Text] Fellow countrymen.\n\n[Signed] Fidel Castro.\n\n[Applause] Long live Cuba.",
    "The Prime Minister spoke.\n\n[Castro] He is a friend.\n\nMore text."])
def test_fbis_markers_and_a_lone_bracket_are_no_turns(body, registers):
    """`[Text]`, `[Signed]`, `[Applause]` are FBIS's markers; one name in brackets opening one
    paragraph only is the editors' clarification, as before."""
    tei, _ = encode_text(page(body, title="FBIS: Castro Speech on Havana Radio"), registers,
                         provisional=True)
    assert turns(tei) == []
