"""A small reader for YAML mappings that checks keys and types and collects every error."""

from __future__ import annotations

from collections.abc import Iterable

from .diagnostics import Collector, Mark, did_you_mean
from .load import Node


class MapReader:
    """Reads one YAML mapping; unknown keys, missing keys and wrong types become diagnostics."""

    def __init__(
        self,
        node: Node,
        what: str,
        errs: Collector,
        allowed: Iterable[str],
        required: Iterable[str] = (),
    ) -> None:
        self.node = node
        self.what = what
        self.errs = errs
        self.ok = True
        if not node.is_map:
            errs.error("schema.type", f"{what} must be a mapping of keys to values", node.mark)
            self.ok = False
            node = Node({}, node.mark)
            self.node = node
        allowed = set(allowed) | set(required)
        for key in node.value:
            if key not in allowed:
                errs.error(
                    "schema.unknown-key",
                    f"unknown key '{key}' in {what}",
                    node.key_marks[key],
                    *did_you_mean(key, allowed),
                )
        for key in required:
            if key not in node.value:
                errs.error("schema.missing-key", f"{what} is missing the key '{key}'", node.mark)
                self.ok = False

    @property
    def mark(self) -> Mark:
        return self.node.mark

    def has(self, key: str) -> bool:
        return key in self.node.value

    def child(self, key: str) -> Node | None:
        child: Node | None = self.node.value.get(key)
        return child

    def mark_of(self, key: str) -> Mark:
        child = self.child(key)
        return child.mark if child else self.node.mark

    def _bad(self, key: str, expected: str, hint: str = "") -> None:
        child = self.child(key)
        got = child.value if child else None
        hints = (hint,) if hint else ()
        self.errs.error(
            "schema.type",
            f"'{key}' in {self.what} must be {expected} (got {got!r})",
            self.mark_of(key),
            *hints,
        )
        self.ok = False

    def text(
        self, key: str, default: str | None = None, choices: Iterable[str] | None = None
    ) -> str | None:
        child = self.child(key)
        if child is None:
            return default
        value = child.value
        if value is None:  # `key: null` means "not set"
            return default
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self._bad(key, "non-empty text")
            return default
        if choices is not None:
            options = list(choices)
            if value not in options:
                hint = did_you_mean(value, options) or (f"choose one of: {', '.join(options)}",)
                self.errs.error(
                    "schema.choice",
                    f"'{key}' in {self.what} must be one of {', '.join(options)} (got {value!r})",
                    child.mark,
                    *hint,
                )
                self.ok = False
                return default
        return value

    def number(
        self,
        key: str,
        default: float | None = None,
        low: float | None = None,
        high: float | None = None,
    ) -> float | None:
        child = self.child(key)
        if child is None:
            return default
        value = child.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            self._bad(key, "a number")
            return default
        if (low is not None and value < low) or (high is not None and value > high):
            lo = "" if low is None else f" >= {low:g}"
            hi = "" if high is None else f" <= {high:g}"
            sep = " and" if lo and hi else ""
            self._bad(key, f"a number{lo}{sep}{hi}")
            return default
        return float(value)

    def integer(self, key: str, default: int, low: int = 0, high: int = 10_000) -> int:
        child = self.child(key)
        if child is None:
            return default
        value = child.value
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self._bad(key, f"a whole number from {low} to {high}")
            return default
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        child = self.child(key)
        if child is None:
            return default
        if not isinstance(child.value, bool):
            self._bad(key, "true or false")
            return default
        return child.value

    def numbers(self, key: str, count: int, low: float, high: float) -> tuple[float, ...] | None:
        child = self.child(key)
        if child is None:
            return None
        vals = child.value if child.is_seq else None
        if (
            vals is None
            or len(vals) != count
            or any(
                isinstance(v.value, bool)
                or not isinstance(v.value, int | float)
                or not low <= v.value <= high
                for v in vals
            )
        ):
            self._bad(key, f"a list of {count} numbers from {low:g} to {high:g}")
            return None
        return tuple(float(v.value) for v in vals)

    def texts(self, key: str) -> tuple[str, ...] | None:
        """A text or a list of texts."""
        child = self.child(key)
        if child is None:
            return None
        items = child.value if child.is_seq else [child]
        out = [v.value for v in items]
        if not out or not all(isinstance(v, str) and v for v in out):
            self._bad(key, "a text or a list of texts")
            return None
        return tuple(out)

    def mapping(self, key: str) -> Node | None:
        child = self.child(key)
        if child is not None and not child.is_map:
            self._bad(key, "a mapping")
            return None
        return child
