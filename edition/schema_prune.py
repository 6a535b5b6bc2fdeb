"""tei_all cut down to the elements a project schema can produce: the same verdicts, quicker.

tei_all.rng has 592 element patterns and takes libxml2 about 9 s to compile; our documents use
about seventy element names. Every RELAX NG pattern is monotone in its sub-patterns (an `except`
holds only name classes or data, never an element: `prunable` checks it), so turning an element pattern
into `notAllowed` can only shrink the language. Hence, for `keep` = the project's element names:

- `subset(tei_all, keep)` turns every element pattern whose names are all outside `keep` into
  `notAllowed`, then simplifies (RELAX NG 4.19-4.20: a choice drops a notAllowed branch, a group
  with one is notAllowed, an optional of one is empty, ...; unreachable defines go). Every
  document valid against it is valid against tei_all, and a document whose elements are all in
  `keep` is valid against it exactly when it is valid against tei_all. It compiles in ~20 ms.
- `stubbed(tei_all, keep)` keeps every element pattern but empties the content of those
  outside `keep` (`<element name="gap"><notAllowed/></element>`): the grammar keeps the shape
  libxml2 compiles its automata from, so for a document whose elements are all in `keep` it gives
  tei_all's verdict *and* tei_all's error messages. It compiles in ~1 s; used when `subset`
  rejects a document, to say why exactly as tei_all does.

    <define name="model.personLike">                 <define name="model.personLike">
      <choice><ref name="org"/><ref name="person"/>   ->   <choice><ref name="person"/></choice>
        <ref name="personGrp"/></choice></define>        </define>        (subset, keep ∌ org)
"""

from __future__ import annotations

import copy

from lxml import etree

RNG_NS = "http://relaxng.org/ns/structure/1.0"
RNG = f"{{{RNG_NS}}}"
NAME_CLASSES = frozenset(f"{RNG}{tag}" for tag in ("name", "anyName", "nsName"))
LEAVES = frozenset(f"{RNG}{tag}" for tag in
                   ("data", "value", "text", "empty", "notAllowed", "param", "except"))
IN_EXCEPT = NAME_CLASSES | frozenset(f"{RNG}{tag}" for tag in
                                     ("choice", "except", "data", "value", "param"))
"""What an `except` may hold (name classes, data patterns): never an element or a ref."""
UNSUPPORTED = frozenset(f"{RNG}{tag}" for tag in
                        ("include", "externalRef", "parentRef", "grammar"))
"""Grammar-combining patterns the define walk below does not follow."""
NOT_ALLOWED, EMPTY = f"{RNG}notAllowed", f"{RNG}empty"

Name = tuple[str, str]
"""(namespace URI, local name) of an element."""


# --------------------------------------------------------------------------------------------
# Element names.
# --------------------------------------------------------------------------------------------

def element_names(grammar: etree._Element) -> frozenset[Name] | None:
    """Every name an element pattern of `grammar` can have; None when one has a wildcard."""
    names: set[Name] = set()
    for element in grammar.iter(f"{RNG}element"):
        found = pattern_names(element)
        if found is None:
            return None
        names |= found
    return frozenset(names)


def pattern_names(element: etree._Element) -> frozenset[Name] | None:
    """The names of an element pattern (`name="p"`, `<name>`, a choice of them); None for
    `anyName`/`nsName`."""
    if element.get("name") is not None:
        return frozenset({_qname(element, element.get("name"))})
    return _class_names(_name_class(element))


def _name_class(pattern: etree._Element) -> etree._Element:
    return next(child for child in pattern if isinstance(child.tag, str)
                and child.tag.startswith(RNG))


def _class_names(name_class: etree._Element) -> frozenset[Name] | None:
    if name_class.tag == f"{RNG}name":
        return frozenset({_qname(name_class, (name_class.text or "").strip())})
    if name_class.tag == f"{RNG}choice":
        names: set[Name] = set()
        for child in name_class:
            if isinstance(child.tag, str) and child.tag.startswith(RNG):
                found = _class_names(child)
                if found is None:
                    return None
                names |= found
        return frozenset(names)
    return None


def _qname(node: etree._Element, name: str) -> Name:
    """`tei:p` by the in-scope prefixes; `p` in the nearest `ns` attribute's namespace."""
    prefix, _, local = name.strip().rpartition(":")
    if prefix:
        return node.nsmap.get(prefix, ""), local
    for holder in (node, *node.iterancestors()):
        if holder.get("ns") is not None:
            return holder.get("ns"), local
    return "", local


# --------------------------------------------------------------------------------------------
# The two derived grammars.
# --------------------------------------------------------------------------------------------

def prunable(grammar: etree._Element) -> bool:
    """True when `grammar` is one self-contained grammar, each define given once, whose
    `except`s hold no pattern that could contain an element: then pruning element patterns
    only ever shrinks its language, and the define walk below sees every use of a define."""
    if grammar.tag != f"{RNG}grammar":
        return False
    nodes = [node for node in grammar.iter() if isinstance(node.tag, str)
             and node.tag.startswith(RNG) and node is not grammar]
    if any(node.tag in UNSUPPORTED or node.get("combine") is not None for node in nodes):
        return False
    return all(node.tag in IN_EXCEPT for except_ in grammar.iter(f"{RNG}except")
               for node in except_.iter() if isinstance(node.tag, str)
               and node.tag.startswith(RNG))


def subset(tei_all: etree._ElementTree, keep: frozenset[Name]) -> etree._ElementTree:
    """The grammar with every element pattern outside `keep` made notAllowed and simplified;
    an unchanged copy when it is not `prunable`."""
    tree, outside = _copy_and_outside(tei_all, keep)
    if outside is None:
        return tree
    grammar = tree.getroot()
    for element in outside:
        if element.getparent() is not None:
            _replace(element, NOT_ALLOWED)
    dead: set[str] = set()
    while True:
        before = len(dead)
        _simplify(grammar, dead)
        if len(dead) == before:
            break
    _drop_unreachable(grammar)
    return tree


def stubbed(tei_all: etree._ElementTree, keep: frozenset[Name]) -> etree._ElementTree:
    """The grammar with the content of every element pattern outside `keep` made notAllowed;
    an unchanged copy when it is not `prunable`."""
    tree, outside = _copy_and_outside(tei_all, keep)
    if outside is None:
        return tree
    for element in outside:
        name_class = [] if element.get("name") is not None else [_name_class(element)]
        for child in list(element):
            if child not in name_class:
                remove_keeping_tail(child)
        etree.SubElement(element, NOT_ALLOWED)
    _drop_unreachable(tree.getroot())
    return tree


def _copy_and_outside(tei_all: etree._ElementTree, keep: frozenset[Name]
                      ) -> tuple[etree._ElementTree, list[etree._Element] | None]:
    """A copy of the grammar without annotations, and its element patterns outside `keep` in
    document order (None when it is not `prunable`: then the copy must stay as it is)."""
    tree = _annotations_removed(tei_all)
    grammar = tree.getroot()
    if not prunable(grammar):
        return tree, None
    return tree, [e for e in grammar.iter(f"{RNG}element") if _outside(e, keep)]


def _outside(element: etree._Element, keep: frozenset[Name]) -> bool:
    names = pattern_names(element)
    return names is not None and not names & keep


def _annotations_removed(tree: etree._ElementTree) -> etree._ElementTree:
    """A copy without foreign elements, comments and processing instructions (RELAX NG 4.1)."""
    tree = copy.deepcopy(tree)
    for node in list(tree.getroot().iter()):
        if not isinstance(node.tag, str) or not node.tag.startswith(RNG):
            remove_keeping_tail(node)
    return tree


# --------------------------------------------------------------------------------------------
# Simplification: notAllowed and empty propagated upwards, unreachable defines dropped.
# --------------------------------------------------------------------------------------------

GROUPS = frozenset(f"{RNG}{tag}" for tag in ("group", "interleave", "oneOrMore"))
OPTIONAL = frozenset(f"{RNG}{tag}" for tag in ("optional", "zeroOrMore"))
STRICT = frozenset(f"{RNG}{tag}" for tag in ("mixed", "list", "attribute", "element"))
"""Not allowed when a part of their content is; `mixed` and `list` of empty stay as they are."""


def _simplify(node: etree._Element, dead: set[str]) -> None:
    """Simplify the patterns below `node`; a define that became notAllowed joins `dead`."""
    for child in _content(node):
        if child.tag in LEAVES or child.tag in NAME_CLASSES:
            continue
        if child.tag == f"{RNG}ref":
            if child.get("name") in dead:
                _replace(child, NOT_ALLOWED)
            continue
        _simplify(child, dead)
        outcome = _reduced(child)
        if child.tag in (f"{RNG}define", f"{RNG}start"):
            if outcome == NOT_ALLOWED and child.tag == f"{RNG}define":
                dead.add(child.get("name"))
        elif outcome is not None:
            _replace(child, outcome)


def _reduced(pattern: etree._Element) -> str | None:
    """What `pattern` is equivalent to once its content is simplified: NOT_ALLOWED, EMPTY or
    None (itself, with notAllowed branches and redundant empties taken out)."""
    parts = _content(pattern)
    tags = [part.tag for part in parts]
    if pattern.tag == f"{RNG}choice":
        for part in parts:
            if part.tag == NOT_ALLOWED:
                remove_keeping_tail(part)
        return NOT_ALLOWED if all(tag == NOT_ALLOWED for tag in tags) else None
    if NOT_ALLOWED in tags:
        if pattern.tag in OPTIONAL:
            return EMPTY
        if pattern.tag in GROUPS | STRICT or pattern.tag in (f"{RNG}define", f"{RNG}start"):
            return NOT_ALLOWED
        return None
    if pattern.tag in GROUPS | OPTIONAL | {f"{RNG}element", f"{RNG}define"} and EMPTY in tags:
        if all(tag == EMPTY for tag in tags):
            return EMPTY if pattern.tag in GROUPS | OPTIONAL else None
        for part in parts:
            if part.tag == EMPTY:
                remove_keeping_tail(part)
    return None


def _content(pattern: etree._Element) -> list[etree._Element]:
    """The child patterns of `pattern`: its RELAX NG children but the name class."""
    parts = [child for child in pattern if isinstance(child.tag, str)]
    if pattern.tag in (f"{RNG}element", f"{RNG}attribute") and pattern.get("name") is None:
        parts = parts[1:]
    return parts


def _drop_unreachable(grammar: etree._Element) -> None:
    """Remove every define no ref reaches from `start` (RELAX NG 4.19)."""
    defines: dict[str, list[etree._Element]] = {}
    for define in grammar.iter(f"{RNG}define"):
        defines.setdefault(define.get("name"), []).append(define)
    reached: set[str] = set()
    todo = list(grammar.iter(f"{RNG}start"))
    while todo:
        for ref in todo.pop().iter(f"{RNG}ref"):
            name = ref.get("name")
            if name not in reached:
                reached.add(name)
                todo.extend(defines.get(name, []))
    for name, group in defines.items():
        if name not in reached:
            for define in group:
                remove_keeping_tail(define)


def _replace(node: etree._Element, tag: str) -> None:
    new = etree.Element(tag)
    new.tail = node.tail
    node.getparent().replace(node, new)


def remove_keeping_tail(node: etree._Element) -> None:
    """Take `node` out of its parent (if any), keeping the text that follows it where it was."""
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)
