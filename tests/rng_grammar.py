"""A RELAX NG grammar seen per element, for the schema tests: the attributes and child elements
reachable from each element pattern through the define/ref graph, and the closed value lists of
its attributes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

RNG = "{http://relaxng.org/ns/structure/1.0}"


@dataclass
class Reach:
    attributes: dict[str, list[etree._Element]] = field(default_factory=dict)
    children: set[str] = field(default_factory=set)

    def add(self, other: "Reach") -> None:
        for name, patterns in other.attributes.items():
            self.attributes.setdefault(name, []).extend(patterns)
        self.children |= other.children


class Grammar:
    def __init__(self, path: Path):
        tree = etree.parse(str(path))
        self.defines: dict[str, list[etree._Element]] = {}
        for define in tree.iter(f"{RNG}define"):
            self.defines.setdefault(define.get("name"), []).append(define)
        self._memo: dict[str, Reach] = {}
        self.elements: dict[str, Reach] = {}
        for element in tree.iter(f"{RNG}element"):
            name = element.get("name")
            if name is None:      # anyName wildcards (xenoData, egXML content)
                continue
            self.elements.setdefault(name, Reach()).add(self._walk(element))

    def _expand(self, name: str) -> Reach:
        # RELAX NG forbids recursion that does not pass through an element, so the walk ends.
        if name not in self._memo:
            reach = Reach()
            for define in self.defines[name]:
                reach.add(self._walk(define))
            self._memo[name] = reach
        return self._memo[name]

    def _walk(self, node: etree._Element) -> Reach:
        reach = Reach()
        for child in node:
            if not isinstance(child.tag, str) or not child.tag.startswith(RNG):
                continue
            tag = child.tag[len(RNG):]
            if tag == "ref":
                reach.add(self._expand(child.get("name")))
            elif tag == "element":
                if child.get("name"):
                    reach.children.add(child.get("name"))
            elif tag == "attribute":
                if child.get("name"):
                    reach.attributes.setdefault(child.get("name"), []).append(child)
            else:
                reach.add(self._walk(child))
        return reach

    def values(self, attribute: etree._Element) -> set[str] | None:
        """The closed value list of an attribute pattern, or None when it takes open data."""
        found: set[str] = set()
        open_ = False

        def walk(node: etree._Element) -> None:
            nonlocal open_
            for child in node:
                if not isinstance(child.tag, str) or not child.tag.startswith(RNG):
                    continue
                tag = child.tag[len(RNG):]
                if tag == "ref":
                    for define in self.defines[child.get("name")]:
                        walk(define)
                elif tag == "value":
                    found.add((child.text or "").strip())
                elif tag in ("data", "text", "anyName"):
                    open_ = True
                else:
                    walk(child)

        walk(attribute)
        return None if open_ or not found else found

    def closed(self, element: str, attribute: str) -> set[str] | None:
        patterns = self.elements[element].attributes[attribute]
        lists = [self.values(pattern) for pattern in patterns]
        if any(values is None for values in lists):
            return None
        return set().union(*lists)

    def closed_lists(self) -> dict[tuple[str, str], set[str]]:
        out = {}
        for element, reach in self.elements.items():
            for attribute in reach.attributes:
                values = self.closed(element, attribute)
                if values is not None:
                    out[(element, attribute)] = values
        return out
