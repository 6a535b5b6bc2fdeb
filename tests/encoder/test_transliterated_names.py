"""Transliterations of Khrushchev's and Castro's names the archive's translations print, read as
the register's (review r11 M2): `Kastro:` a turn, `Chairman Hrushchev`, `Fidel Kastro` linked."""

import pytest

from tests.conftest import body_xml, encode_text, page

THANT_CASTRO = "Record of Conversation between U Thant and Fidel Castro"


def test_kastro_is_castro_s_turn_where_the_title_names_fidel_castro(registers):
    source = "U Thant: A message.\n\nKastro: Nobody consulted us.\n\nU Thant: I understand."
    tei, reporter = encode_text(page(source, "October 31, 1962", THANT_CASTRO), registers)
    assert [sp.get("who") for sp in tei.iter("{*}sp")] == [
        "persons.xml#u-thant", "persons.xml#castro-fidel", "persons.xml#u-thant"]
    assert not [d for d in reporter.diagnostics if d.code == "speaker-unread"]


def test_kastro_alone_is_no_more_fidel_s_than_castro_alone(registers):
    source = "U Thant: A message.\n\nKastro: Nobody consulted us.\n\nU Thant: I understand."
    tei, reporter = encode_text(page(source, "October 31, 1962", "Memorandum"), registers)
    assert "persons.xml#castro-fidel" not in [sp.get("who") for sp in tei.iter("{*}sp")]


def test_the_transliterations_in_the_text_are_linked(registers):
    source = ("Chairman Hrushchev wrote to Fidel Kastro. Jruschov, Khrouchtchev and "
              "Raúl Kastro agreed; Kastro said no.")
    tei, _ = encode_text(page(source, "October 31, 1962", "Memorandum"), registers)
    body = body_xml(tei)
    for form, ref in [("Hrushchev", "khrushchev-nikita"), ("Fidel Kastro", "castro-fidel"),
                      ("Jruschov", "khrushchev-nikita"), ("Khrouchtchev", "khrushchev-nikita"),
                      ("Raúl Kastro", "castro-raul")]:
        assert f'<persName ref="persons.xml#{ref}">{form}</persName>' in body
    assert "; Kastro said" in body   # the surname alone names neither brother


@pytest.mark.parametrize("head, label, suggested", [
    ("", "Kastros", " (did you mean 'CASTRO'?)"),   # the title's Fidel Castro
    ("Present: Carlos Olivares, U Thant.\n\n", "Olivarez", " (did you mean 'OLIVARES'?)"),
    ("", "Kosygin", ""),   # no participant's name near it: no suggestion
])
def test_an_unread_label_suggests_a_participant_spelt_nearly(registers, head, label, suggested):
    source = f"{head}U Thant: A message.\n\n{label}: Nobody consulted us.\n\nU Thant: Yes."
    _, reporter = encode_text(page(source, "October 31, 1962", THANT_CASTRO), registers,
                              provisional=True)
    unread = [str(d) for d in reporter.diagnostics if d.code == "speaker-unread"]
    assert len(unread) == 1
    assert f"no speaker has that name{suggested}:" in unread[0]


def test_an_unknown_label_suggests_the_participant_before_a_register_form(registers):
    source = "U Thant: A message.\n\nKastros: Nobody consulted us.\n\nU Thant: Yes."
    _, reporter = encode_text(page(source, "October 31, 1962", THANT_CASTRO), registers)
    unknown = [str(d) for d in reporter.diagnostics if d.code == "speaker-unknown"]
    assert len(unknown) == 1 and "unknown speaker 'Kastros' (did you mean 'CASTRO'?)" in unknown[0]


# review round 13 (M2): the French names of places, bodies and persons the register holds
def test_the_french_forms_in_the_text_are_linked(registers):
    source = ("M. Kouznetsov ira à La Havane et à Moscou; la Turquie, les États-Unis et "
              "les Nations Unies.")
    tei, _ = encode_text(page(source, "October 28, 1962", "Télégramme"), registers)
    body = body_xml(tei)
    for kind, form, ref in [
            ("persName", "Kouznetsov", "persons.xml#kuznetsov-vasily"),
            ("placeName", "La Havane", "places.xml#havana"),
            ("placeName", "Moscou", "places.xml#moscow"),
            ("placeName", "Turquie", "places.xml#turkey"),
            ("placeName", "États-Unis", "places.xml#usa"),
            ("orgName", "Nations Unies", "organizations.xml#un")]:
        assert f'<{kind} ref="{ref}">{form}</{kind}>' in body
