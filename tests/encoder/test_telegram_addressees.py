"""A telegram's addressee field under its dateline, and the line repeating it to others, are its
address (`opener.ADDRESSEE_FIELD`, `opener.REPEATED`)."""

import pytest

from tests.conftest import body_xml, encode_text, page

CIRCULAR = "Circular Telegram from the Department of State to Certain Diplomatic Missions"
DATELINE = "SECRET\n\nCircular 716. Washington, October 23, 1962, 2:14 a.m.\n\n"
TEXT = "\n\n1. The OAS Council will meet at 9 a.m. today.\n\nRusk"
TO = "To: Embassies in Rio de Janeiro, Caracas and Quito."
REPEATED = "Repeated for information to USUN New York and CINCLANT."


def _body(top: str, registers, title: str = CIRCULAR) -> str:
    tei, _ = encode_text(page(top + TEXT, date="October 23, 1962", title=title), registers)
    return body_xml(tei)


@pytest.mark.parametrize("lines, last", [
    (f"{TO} {REPEATED}", 2), (f"{TO}\n{REPEATED}", 3), (f"{TO}\n\n{REPEATED}", 3),
], ids=["one line (r10 circ:13)", "two lines", "a blank line between"])
def test_the_addressee_field_under_the_dateline_is_the_address(lines, last, registers):
    """r10 M8: `To: Embassies in ...` and its repeat line were a paragraph of the text."""
    body = _body(DATELINE + lines, registers)
    assert '</dateline><address><addrLine n="2" xml:id="L2">To: Embassies in Rio' in body
    assert f'<addrLine n="{last}" xml:id="L{last}">' in body.split("</address>")[0]
    assert "Repeated for information" in body.split("</address>")[0]


@pytest.mark.parametrize("top, title", [
    (f"{TO}", CIRCULAR),
    (f"October 23, 1962\n\n{TO}", "Memorandum for the Secretary"),
    (f"{DATELINE}{REPEATED}", CIRCULAR),
], ids=["no dateline over it", "a memorandum's", "a repeat line alone"])
def test_such_lines_elsewhere_are_no_address(top, title, registers):
    assert "<address>" not in _body(top, registers, title)
