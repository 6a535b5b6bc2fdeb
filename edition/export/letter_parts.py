"""The letters one document holds, each a part of its own with a signer (`Telegram No. 1` /
`Telegram No. 2` on one page), as the correspDesc of each that CMIF lists."""

from __future__ import annotations

import copy

from lxml import etree

from ..namespaces import NS, T, XML_ID
from ..record_fields import ANNEX_FIELDS

PART_PATH = "t:text/t:body/t:div[@type='document']/t:div[@type='part']"
SIGNER_PATH = "t:closer/t:signed//*[self::t:persName or self::t:orgName or self::t:name]"
DATELINE_DATE_PATH = "t:opener/t:dateline//t:date[@when]"


def letters(root: etree._Element) -> list[etree._Element]:
    """The correspDesc of each letter of the TEI document `root`: of each part of a document of
    two or more, where every part but what a letter encloses (`_an_enclosure`) has its own
    signer (`closer/signed`), a copy of the header's
    with the part's signer as sender, the day its dateline dates (`HAVANA, 28 October 1962,
    22:10`), else the header's date, and `@corresp` the part's first line (`#L6`), its place on
    the page; else the header's alone; none where the header has none."""
    desc = root.find(f"{T}teiHeader/{T}profileDesc/{T}correspDesc")
    if desc is None:
        return []
    parts = [part for part in root.xpath(PART_PATH, namespaces=NS) if not _an_enclosure(part)]
    signers = [part.xpath(SIGNER_PATH, namespaces=NS) for part in parts]
    if len(parts) < 2 or not all(signers):
        return [desc]
    return [_part_letter(desc, part, signed[0]) for part, signed in zip(parts, signers)]


ENCLOSURE_HEADS = ANNEX_FIELDS | {"Annex"}


def _an_enclosure(part: etree._Element) -> bool:
    """Whether the part is what a letter encloses (its head `Enclosure:`, `Attachment`, `Annex`:
    `record_fields.ANNEX_FIELDS`), no letter of its own though it be signed (a draft protocol)."""
    head = part.find(f"{T}head")
    words = "".join(head.itertext()).split() if head is not None else []
    return bool(words) and words[0].rstrip(":.").title() in ENCLOSURE_HEADS


def _part_letter(desc: etree._Element, part: etree._Element,
                 signer: etree._Element) -> etree._Element:
    """The header's `desc` made the part's: its signer sends it on its dateline's day."""
    made = copy.deepcopy(desc)
    sent = made.find(f"{T}correspAction[@type='sent']")
    if sent is None:
        sent = etree.Element(T + "correspAction", type="sent")
        made.insert(0, sent)
    dated = sent.find(f"{T}date")
    named = [child for child in sent if child.get("ref") and child.get("ref") == signer.get("ref")]
    for child in list(sent):
        sent.remove(child)
    if named:   # the register's name of the header's sender, who signs the part too
        sent.append(named[0])
    else:
        name = etree.SubElement(sent, signer.tag, {k: v for k, v in signer.attrib.items()
                                                   if k == "ref"})
        name.text = " ".join("".join(signer.itertext()).split())
    day = part.xpath(DATELINE_DATE_PATH, namespaces=NS)
    if day:
        etree.SubElement(sent, T + "date", when=day[0].get("when")[:10])
    elif dated is not None:
        sent.append(dated)
    first = part.find(f".//*[@{XML_ID}]")
    if first is not None:
        made.set("corresp", "#" + first.get(XML_ID))
    return made


def packed(found: list[etree._Element]) -> bytes:
    """`letters` as the bytes a build keeps of a document (`publish.Published`): the one
    correspDesc, or a `profileDesc` holding several; b"" for none."""
    if len(found) < 2:
        return etree.tostring(found[0], encoding="UTF-8", with_tail=False) if found else b""
    holder = etree.Element(T + "profileDesc")
    holder.extend(copy.deepcopy(desc) for desc in found)
    return etree.tostring(holder, encoding="UTF-8")


def unpacked(kept: etree._Element) -> list[etree._Element]:
    """The correspDesc elements `packed` kept in `kept`."""
    return list(kept) if kept.tag == T + "profileDesc" else [kept]
