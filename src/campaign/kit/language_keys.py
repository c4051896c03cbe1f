"""The mappings of an office's file whose keys are language codes (`fields_by_language:`,
`strings:`): which of their entries can be read as a language's values, and what is said of
the others, at the key that is wrong.

A field dedented out of the language above it (`office_name:` written at the indent of an
empty `fa:`) was read as a language named office_name whose fields were a text: "must be a
mapping (got None)" at the file's first line, and the empty `fa:` passed without a word (a
regional office's trial).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from ..diagnostics import Mark
from ..langnames import language_names
from ..load import Node
from .spec import MapRead


class Holds(NamedTuple):
    """What a language's entry holds, in the words of messages: `what` (fields, texts), one
    written as an example (`office_name: "..."`), where a value for every language goes
    instead, and what its pages print when the language gives none."""

    what: str
    example: str
    shared: str
    otherwise: str


FIELDS = Holds(
    "fields",
    'office_name: "..."',
    "a value for every language goes under 'fields:'",
    "the values under fields:",
)
TEXTS = Holds("texts", 'cta_join: "..."', "", "the kit's texts")


def language_entries(
    node: Node, r: MapRead, key: str, holds: Holds, names: Collection[str] = ()
) -> dict[str, Node]:
    """The entries of `node` (the mapping under `key`, by language code) that are a
    language's values: a mapping, or empty (None). Each other entry, written in the office's
    own file (an office it extends is told of its own), is an error and left out: at its key
    when that is no language code (`names`: keys that never are, the fields), saying under
    which empty key above it to indent it, if one is there; at its value when the key is a
    language's (`fa: "..."`). An empty language with no such entry below it to explain it is
    an `office.empty-language` warning at its key."""
    own = [k for k in node.value if _mark(node, k).path == r.mark.path]
    by_line = sorted(own, key=lambda k: (_mark(node, k).line, _mark(node, k).col))
    explained: set[str] = set()
    for i, code in enumerate(by_line):
        value = node.value[code]
        if value.value is None or (value.is_map and code not in names):
            continue
        above = by_line[i - 1] if i else None
        if code in names or not _a_language(str(code), r):
            if above is not None and node.value[above].value is None:
                explained.add(above)
            _not_a_code(node, r, key, holds, str(code), above)
        else:
            r.errs.error(
                "schema.type",
                f"the {holds.what} of '{code}' under {key} in {r.what} must be a mapping of "
                f"names to values (got {value.plain()!r})",
                value.mark,
                f"write them indented under '{code}:', one a line, e.g. {holds.example}",
            )
    for code in by_line:
        if node.value[code].value is None and code not in explained:
            r.errs.warn(
                "office.empty-language",
                f"'{code}' under {key} in {r.what} is empty: it gives no {holds.what}, and its "
                f"pages print {holds.otherwise}",
                _mark(node, code),
                f"write its {holds.what} indented under '{code}:', e.g. {holds.example}; or "
                f"take '{code}:' out",
            )
    # the entries read, in the file's order; an office it extends reports its own
    return {
        code: value
        for code, value in node.value.items()
        if value.value is None or (value.is_map and code not in names)
    }


def _not_a_code(
    node: Node, r: MapRead, key: str, holds: Holds, code: str, above: str | None
) -> None:
    """The error for an entry of `key` whose key `code` is no language code: a field or
    text written a level too far out, under the empty key `above`, if that is where it
    goes."""
    if above is not None and node.value[above].value is None:
        line = _mark(node, above).line
        hint = (
            f"if '{code}' belongs to '{above}' (line {line}, now empty), indent it under "
            f"'{above}:', deeper than that key"
        )
    else:
        shown = above if above is not None and node.value[above].is_map else "<language code>"
        hint = f"write it under the code of its language, e.g. {key}: {{{shown}: {{{code}: ...}}}}"
        hint += f"; {holds.shared}" if holds.shared else ""
    r.errs.error(
        "schema.unknown-key",
        f"'{code}' under {key} in {r.what} is not a language code: each key there is a "
        f"language's code, with that language's {holds.what} indented under it",
        _mark(node, code),
        hint,
    )


def _a_language(code: str, r: MapRead) -> bool:
    """Whether `code` names a language: one the kit has a strings file of, or one the
    Unicode CLDR knows (a field's name, `office_name`, is neither)."""
    return (r.ctx.root / "materials" / "strings" / f"{code}.yaml").is_file() or bool(
        language_names(code)
    )


def _mark(node: Node, key: str) -> Mark:
    """Where `key` of the mapping `node` is written."""
    mark: Mark = node.key_marks.get(key, node.value[key].mark)
    return mark
