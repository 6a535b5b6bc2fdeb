"""Editor overrides: a sidecar TOML file settles a line's role or a name's register entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.diagnostics import Reporter
from tests.conftest import body_xml, page, seeds_with
from tests.conftest import encode_with as encode_sidecar  # with this file's SOURCE

SOURCE = page("A.I. MIKOYAN. Yes. Carlos spoke.\n\nDORTICOS objects.\n\nThey went on.")


def encode_with(tmp_path: Path, registers, sidecar: str, source: str = SOURCE):
    return encode_sidecar(tmp_path, registers, sidecar, source)


def test_a_line_can_be_forced_to_a_turn_of_a_person(tmp_path, registers):
    encoded, _ = encode_with(tmp_path, registers, '[lines]\n7 = "turn:dorticos-osvaldo"\n')
    assert '<sp who="persons.xml#dorticos-osvaldo"><speaker>DORTICOS</speaker>' \
           '<p n="2" xml:id="L2">objects.</p>' in body_xml(encoded.tei)


def test_a_line_can_be_forced_to_narrative(tmp_path, registers):
    encoded, _ = encode_with(tmp_path, registers, '[lines]\n9 = "narrative"\n')
    assert '</sp><stage type="business" n="2" xml:id="L2">' in body_xml(encoded.tei)
    assert '<p n="3" xml:id="L3">They went on.</p></div>' in body_xml(encoded.tei)


def test_a_line_can_be_forced_to_the_texts_end_mark(tmp_path, registers):
    """`They went on.` as the trailer an end mark the rules do not know would be (h11, session 20)."""
    encoded, _ = encode_with(tmp_path, registers, '[lines]\n9 = "trailer"\n')
    assert body_xml(encoded.tei).endswith('<trailer n="3" xml:id="L3">They went on.</trailer></div>')


def test_a_name_form_can_be_linked_or_unlinked(tmp_path, registers):
    encoded, _ = encode_with(tmp_path, registers,
                             '[names]\n"Carlos" = "rodriguez-carlos-rafael"\n"DORTICOS" = ""\n')
    xml = body_xml(encoded.tei)
    assert '<persName ref="persons.xml#rodriguez-carlos-rafael">Carlos</persName>' in xml


def not_a_line(key: str) -> str:
    """The diagnostic of a [lines] key that is no line number."""
    return (f":2:1: error: '{key}' is not a line number: each key of [lines] is the number of "
            "the source line a paragraph starts on, e.g. 125 = \"turn:mikoyan-anastas\" "
            "[overrides-value]")


BAD_SIDECARS = {  # sidecar -> its diagnostic, after the sidecar's name
    "[lines] not a table": ("lines = 5\n", ":1:1: error: 'lines' must be a table, not an integer: "
                            "write [lines] on a line of its own and its entries below it, e.g. "
                            "125 = \"turn:mikoyan-anastas\" [overrides-type]"),
    "[header] not a table": ('\nheader = "memorandum"\n', ":2:1: error: 'header' must be a "
                             "table, not a string: write [header] on a line of its own and its "
                             "entries below it, e.g. type = \"memorandum\" [overrides-type]"),
    "a misspelt table": ('[line]\n7 = "stage"\n', ":1:1: error: unknown table [line] (did you "
                         "mean '[lines]'?): the tables of overrides are [lines], [names] and "
                         "[header] [overrides-unknown]"),
    "a key outside the tables": ('type = "memorandum"\n', ":1:1: error: 'type' is outside the "
                                 "tables of overrides, [lines], [names] and [header] (put it "
                                 "under [header]) [overrides-unknown]"),
    "an unknown key in [header]": ('[header]\ntyp = "memorandum"\n', ":2:1: error: unknown key "
                                   "'typ' in [header] (did you mean 'type'?): it has only type "
                                   "= \"memorandum\" [overrides-unknown]"),
    "an unknown document type": ('[header]\ntype = "memorandom"\n', ":2:1: error: unknown "
                                 "document type 'memorandom' (did you mean 'memorandum'?); use "
                                 "one of drama, letter, memorandum, minutes, other, telegram, "
                                 "transcript [overrides-value]"),
    "a document type not in quotes": ("[header]\ntype = 1\n", ":2:1: error: the document type "
                                      "must be in double quotes, e.g. type = \"memorandum\", not "
                                      "an integer [overrides-type]"),
    "a register id not in quotes": ('[names]\n"Oy" = false\n', ":2:1: error: the register id "
                                    "for 'Oy' must be in double quotes (\"\" when it is not a "
                                    "name), not a boolean [overrides-type]"),
    "a role not in quotes": ("[lines]\n7 = 3\n", ":2:1: error: the role of line 7 must be in "
                             "double quotes, e.g. 7 = \"stage\", not an integer [overrides-type]"),
    "an unknown role": ('[lines]\n7 = "stag"\n', ":2:1: error: unknown role 'stag' for line 7 "
                        "(did you mean 'stage'?); use one of closer, narrative, note, postscript, "
                        "stage, summary, trailer, turn [overrides-value]"),
    "a person for a stage line": ('[lines]\n7 = "stage:dorticos-osvaldo"\n', ":2:1: error: only "
                                  "a turn names a person ('turn:<register id>'), not a stage: "
                                  "write 7 = \"stage\" [overrides-value]"),
    "a key that is no line number": ('[lines]\nseven = "stage"\n', not_a_line("seven")),
    "a superscript digit": ('[lines]\n"7²" = "stage"\n', not_a_line("7²")),
}


@pytest.mark.parametrize("name", BAD_SIDECARS)
def test_a_sidecar_entry_that_cannot_apply_is_an_error_at_its_line(name, tmp_path, registers):
    sidecar, message = BAD_SIDECARS[name]
    encoded, reporter = encode_with(tmp_path, registers, sidecar)
    assert [str(d).split("doc.overrides.toml", 1)[1] for d in reporter.diagnostics] == [message]
    assert encoded is not None


def test_the_good_entries_of_a_sidecar_apply_beside_a_bad_one(tmp_path, registers):
    encoded, reporter = encode_with(tmp_path, registers,
                                    '[lines]\n7 = "turn:dorticos-osvaldo"\n[line]\n9 = "stage"\n')
    assert [d.code for d in reporter.diagnostics] == ["overrides-unknown"]
    assert '<sp who="persons.xml#dorticos-osvaldo">' in body_xml(encoded.tei)


NOT_TOML = {  # sidecar -> its diagnostic
    "a bare word": ('[lines]\n7 = turn:dorticos-osvaldo\n', "doc.overrides.toml:2:5: error: "
                    "cannot read overrides: the value cannot be read: write text in double "
                    "quotes (\"...\") and numbers in digits [overrides-syntax]"),
    "a line set twice": ('[lines]\n7 = "stage"\n7 = "narrative"\n', "doc.overrides.toml:3:1: "
                         "error: cannot read overrides: '7' is set twice in [lines] (first on "
                         "line 2): keep one of them [overrides-syntax]"),
    "a table written twice": ('[names]\n"Oy" = ""\n[lines]\n7 = "stage"\n[names]\n',
                              "doc.overrides.toml:5:1: error: cannot read overrides: the table "
                              "[names] is written twice (first on line 1): put its entries under "
                              "one [overrides-syntax]"),
    "an unclosed quote": ('[header]\ntype = "memorandum\n', "doc.overrides.toml:2:19: error: "
                          "cannot read overrides: the quotes are not closed on this line: add "
                          "the closing quote [overrides-syntax]"),
    "a line that is no statement": ('[lines]\n7 "stage"\n', "doc.overrides.toml:2:3: error: "
                                    "cannot read overrides: a key must be followed by '=' and "
                                    "its value (a key with spaces or dots is written in double "
                                    "quotes) [overrides-syntax]"),
}


@pytest.mark.parametrize("name", NOT_TOML)
def test_a_sidecar_that_is_not_toml_is_an_error_at_its_line_and_column(name, tmp_path, registers):
    sidecar, message = NOT_TOML[name]
    _, reporter = encode_with(tmp_path, registers, sidecar)
    assert [str(d).rpartition("/")[2] for d in reporter.diagnostics] == [message]


def test_a_sidecar_may_start_with_a_byte_order_mark(tmp_path, registers):
    encoded, reporter = encode_with(tmp_path, registers, '\ufeff[lines]\n7 = "turn:dorticos-osvaldo"\n')
    assert reporter.diagnostics == []
    assert '<sp who="persons.xml#dorticos-osvaldo">' in body_xml(encoded.tei)


def test_an_unknown_register_id_is_an_error_and_the_name_keeps_its_link(tmp_path, registers):
    encoded, reporter = encode_with(tmp_path, registers,
                                    '# the editor\'s names\n[names]\n"Dorticos" = "dorticos-osvaldoo"\n',
                                    page("A.I. MIKOYAN. Yes. Dorticos spoke."))
    assert [str(d).split("doc.overrides.toml", 1)[1] for d in reporter.diagnostics] == [
        (":3:1: error: unknown register id 'dorticos-osvaldoo' for 'Dorticos' "
         "(did you mean 'dorticos-osvaldo'?) [overrides-unknown-id]")]
    assert '<persName ref="persons.xml#dorticos-osvaldo">Dorticos</persName> spoke.' \
        in body_xml(encoded.tei)


def test_an_unknown_register_id_of_a_turn_is_an_error_at_its_sidecar_line(tmp_path, registers):
    encoded, reporter = encode_with(tmp_path, registers, '[lines]\n\n7 = "turn:dortikos-osvaldo"\n')
    assert [str(d).split("doc.overrides.toml", 1)[1] for d in reporter.diagnostics] == [
        (":3:1: error: unknown register id 'dortikos-osvaldo' for the turn on line 7 "
         "(did you mean 'dorticos-osvaldo'?) [overrides-unknown-id]")]
    assert '<p n="2" xml:id="L2">DORTICOS objects.</p>' in body_xml(encoded.tei)


def test_a_line_on_which_no_paragraph_starts_is_a_warning(tmp_path, registers):
    _, reporter = encode_with(tmp_path, registers, '[lines]\n7 = "narrative"\n8 = "stage"\n')
    assert [str(d).split("doc.overrides.toml", 1)[1] for d in reporter.diagnostics] == [
        (":3:1: warning: no paragraph starts on line 8 (the paragraph around it starts on line 7); "
         "its override is ignored [overrides-line]")]


MEMO = "1962-11-05-memcon-mikoyan-dorticos"
UNREAD = {  # files of the seeds folder besides edition.toml, the memo and the telegram -> warnings
    "a sidecar of the memo": ([f"{MEMO}.overrides.toml"], []),
    "a misspelt sidecar": (["1962-11-05-memcon-mikoyan-dortcos.overrides.toml"], [
        "seeds/1962-11-05-memcon-mikoyan-dortcos.overrides.toml: warning: no source "
        "'1962-11-05-memcon-mikoyan-dortcos.txt' beside these overrides, so they are not read "
        f"(did you mean '{MEMO}.txt'?) [overrides-unused]"]),
    "a sidecar of nothing like a source": (["notes.overrides.toml"], [
        "seeds/notes.overrides.toml: warning: no source 'notes.txt' beside these overrides, so "
        "they are not read: name them after their source, doc.txt -> doc.overrides.toml "
        "[overrides-unused]"]),
    "a sidecar of foreign TEI": (["frus-d1.xml", "frus-d1.overrides.toml"], [
        "seeds/frus-d1.overrides.toml: warning: these overrides are not read: they settle what "
        "is read from a plain-text source (.txt), and frus-d1.xml is TEI whose own markup gives "
        "its turns, names and document type; correct that TEI instead [overrides-unused]"]),
    "a sidecar misnamed": ([f"{MEMO}.override.toml"], [
        f"seeds/{MEMO}.override.toml: warning: this file is not read (did you mean "
        f"'{MEMO}.overrides.toml'?): the settings of the edition are edition.toml, the overrides "
        "of a source doc.txt are doc.overrides.toml [overrides-unused]"]),
    "a sidecar of a register": (["persons.overrides.toml"], [
        "seeds/persons.overrides.toml: warning: no source 'persons.txt' beside these overrides, "
        "so they are not read: name them after their source, doc.txt -> doc.overrides.toml "
        "[overrides-unused]"]),
}


@pytest.mark.parametrize("name", UNREAD)
def test_a_toml_file_that_no_source_reads_is_a_warning(name, tmp_path, monkeypatch):
    from edition.overrides import check_sidecars
    from edition.pipeline import shown_path, source_files
    files, warnings = UNREAD[name]
    seeds_with(tmp_path, *((file, "") for file in files))
    monkeypatch.chdir(tmp_path)
    reporter = Reporter()
    check_sidecars(Path("seeds"), source_files(Path("seeds")), reporter, shown_path)
    assert [str(d) for d in reporter.diagnostics] == warnings


def test_a_build_warns_of_a_sidecar_that_no_source_reads(tmp_path):
    from edition.config import Settings
    from edition.pipeline import collect_corpus
    seeds = seeds_with(tmp_path, ("memo-x.overrides.toml", '[lines]\n5 = "stage"\n'))
    reporter = Reporter()
    collect_corpus(Settings(seeds=seeds, out=tmp_path / "site", jobs=1, cache=False), reporter)
    assert [d.location.path for d in reporter.diagnostics if d.code == "overrides-unused"] == [
        f"{seeds}/memo-x.overrides.toml"]
