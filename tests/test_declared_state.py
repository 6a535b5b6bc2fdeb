"""A class another is made of (the speaker lookup, the registers) declares what it uses of it."""

import ast
import inspect

import pytest

from edition.provisional_persons import ProvisionalPersons
from edition.speaker_choice import SpeakerChoice


def used_on_self(cls: type) -> set[str]:
    """The names its methods read or write on `self` (`self.registers`, `self._tied[name]`)."""
    tree = ast.parse(inspect.getsource(cls))
    return {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name) and node.value.id == "self"}


@pytest.mark.parametrize("cls", [SpeakerChoice, ProvisionalPersons])
def test_what_a_part_of_the_lookup_uses_on_self_it_declares(cls):
    """`SpeakerChoice` wrote the lookup's `_tied` and `_warned_listed`, declared only by
    `speaker_refs.SpeakerLookup`: a reader of the one module could not tell what they hold."""
    own = {name for name, _ in inspect.getmembers(cls)} | set(cls.__annotations__)
    assert sorted(used_on_self(cls) - own) == []
