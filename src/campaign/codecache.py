"""Compiled dataclass methods kept between processes (CPython 3.11).

Python 3.11's `dataclasses` writes each method it adds to a class (`__init__`, `__repr__`,
`__eq__`; a frozen class's `__hash__`, `__setattr__` and `__delattr__`; the comparisons of an
ordered one) as source text and compiles that text when the class is made: about 1.2 ms for
a frozen class of eight fields on this machine kind, three quarters of it compiling. The
project's 130 dataclasses cost every command about 0.1 s before it does anything
(bench/README.md, eleventh session).

The command line calls `install()` before it imports the rest of the package (cli/__init__.py);
a program that uses the package as a library is left alone.

Compiling is a pure function of the text, so `install()` keeps the compiled code objects in
the user's cache (`cache.folder()`), keyed by a digest of the text, and later processes run
them instead of compiling again. It replaces `dataclasses._create_fn` with `_create_fn` below,
which builds the same text as 3.11's and differs only in where the code object comes from.
It changes nothing on any other Python, when that function is not 3.11's (its parameters are
checked), or when the cache is off; a cache file that cannot be read is ignored, one that
cannot be written is not written: it only saves time, like the rest of the cache.

The file is marshal data (`marshal` is Python's own format for code objects, the one .pyc
files use) after a header and the data's sha256, checked before loading: marshal loads
damaged data as wrong code, or fails with errors of its own, instead of refusing it. Reading
it runs no code, but the code objects it holds are run, so it sits in the user's private
cache folder, as the pickles of `cache` do. Its name carries the interpreter's cache tag
(cpython-311): another Python never reads it.
"""

from __future__ import annotations

import atexit
import dataclasses
import hashlib
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from . import cache

# 3.11's parameters of dataclasses._create_fn, in order
PARAMETERS = ("name", "args", "body", "globals", "locals", "return_type")
MAX_ENTRIES = 4096  # more, and only the ones this process used are written back
# part of every key: changed whenever how a text is compiled here changes, so that code
# compiled the old way is never taken for the new (the file keeps .pyc's policy otherwise:
# one per interpreter cache tag)
FORMAT = b"codecache 2: compile(txt, '<string>', 'exec', dont_inherit=True)\0"

_code: dict[bytes, CodeType] = {}  # digest of a method's text -> its compiled code
_used: set[bytes] = set()
_state: dict[str, Any] = {
    "path": None,  # the cache file, once installed
    "dirty": False,  # compiled something not in the file
    "compiled": 0,
    "pid": None,  # the process that installed it: the only one that writes the file
    "original": None,  # dataclasses' own _create_fn
}


def install() -> bool:
    """Make `dataclasses` take compiled methods from the user's cache; True when it does."""
    original = getattr(dataclasses, "_create_fn", None)
    if (
        sys.implementation.name != "cpython"
        or sys.version_info[:2] != (3, 11)
        or original is None
        or getattr(original, "__code__", None) is None
        or original.__code__.co_varnames[: len(PARAMETERS)] != PARAMETERS
    ):
        return False
    if original is _create_fn:
        return True
    place = cache.folder()
    if place is None:
        return False
    path = place / f"dataclass-code-{sys.implementation.cache_tag}.marshal"
    _code.update(_read(str(path)))
    _state.update(path=str(path), pid=os.getpid(), original=original)
    dataclasses._create_fn = _create_fn  # type: ignore[attr-defined]
    atexit.register(_save)
    return True


MAGIC = b"campaign-kit dataclass code\n"  # then the payload's sha256, then the payload


def _read(path: str) -> dict[bytes, CodeType]:
    """The code objects of the cache file; none when it is missing, not ours or damaged: its
    payload is checked against the sha256 written before it, since marshal loads damaged
    data as wrong code (or fails with errors of its own) instead of refusing it."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return {}
    head = len(MAGIC) + 32
    if (
        not data.startswith(MAGIC)
        or hashlib.sha256(data[head:]).digest() != data[len(MAGIC) : head]
    ):
        return {}
    try:
        found = marshal.loads(data[head:])
    except Exception:  # noqa: BLE001 (ValueError, EOFError, TypeError, SystemError...)
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if isinstance(k, bytes) and isinstance(v, CodeType)}


def _create_fn(
    name: str,
    args: list[str],
    body: list[str],
    *,
    globals: dict[str, Any] | None = None,  # noqa: A002 (dataclasses' own parameter name)
    locals: dict[str, Any] | None = None,  # noqa: A002
    return_type: Any = dataclasses.MISSING,
) -> Any:
    """What Python 3.11.7's `dataclasses._create_fn` does (the same text, run the same way),
    the text compiled once for every process that uses the cache."""
    if locals is None:
        locals = {}
    return_annotation = ""
    if return_type is not dataclasses.MISSING:
        locals["_return_type"] = return_type
        return_annotation = "->_return_type"
    joined = ",".join(args)
    lines = "\n".join(f"  {b}" for b in body)
    txt = f" def {name}({joined}){return_annotation}:\n{lines}"
    local_vars = ", ".join(locals.keys())
    txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
    key = hashlib.sha256(FORMAT + txt.encode()).digest()[:16]
    code = _code.get(key)
    if code is None:
        # dont_inherit: this module's `from __future__ import annotations` must not make the
        # methods' annotations strings, as exec(txt) in dataclasses does not
        code = compile(txt, "<string>", "exec", dont_inherit=True)
        _code[key] = code
        _state["dirty"] = True
        _state["compiled"] += 1
    _used.add(key)
    ns: dict[str, Any] = {}
    exec(code, globals, ns)  # noqa: S102 (dataclasses' own way of making its methods)
    return ns["__create_fn__"](**locals)


def _save() -> None:
    """Write the code objects back when this process compiled new ones (at exit; not in a
    forked worker, which leaves with os._exit, nor in any other child), as the cache writes
    its entries: a private folder, a temporary file renamed over the old."""
    if not _state["dirty"] or _state["path"] is None or os.getpid() != _state["pid"]:
        return
    path = Path(_state["path"])
    if not cache._ready(path.parent):
        return
    keep = _code if len(_code) <= MAX_ENTRIES else {k: _code[k] for k in _used}
    payload = marshal.dumps(keep)
    try:
        cache._write(path, MAGIC + hashlib.sha256(payload).digest() + payload)
    except OSError:
        return
    _state["dirty"] = False


def compiled() -> int:
    """How many method texts this process compiled (not found in the cache)."""
    return int(_state["compiled"])
