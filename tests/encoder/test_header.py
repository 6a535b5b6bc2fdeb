"""Header fields of the archive block -> TEI header: values normalized where TEI wants a format."""

from __future__ import annotations

import pytest

from tests.conftest import TEI, encode_text, page


@pytest.mark.parametrize("uploaded, when", [
    ("2011-11-20", ["2011-11-20"]),
    ("November 20, 2011", ["2011-11-20"]),
    ("20 November 2011", ["2011-11-20"]),
    ("late 2011", ["2011"]),
    ("unknown", []),  # kept as text, no @when: no guess
])
def test_uploaded_date_is_normalized_in_when(uploaded, when, registers, validator):
    text = page("A.I. MIKOYAN. Yes.") + f"\nOriginal Uploaded Date\n\n{uploaded}\n"
    tei, reporter = encode_text(text, registers)
    assert not reporter.diagnostics
    date = tei.find(".//t:publicationStmt/t:date[@type='uploaded']", TEI)
    assert (date.text, date.xpath("@when")) == (uploaded, when)
    assert [str(d) for d in validator.validate(tei, "x.txt", lambda pointer: True)] == []
