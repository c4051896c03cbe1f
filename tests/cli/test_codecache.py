"""Dataclass methods compiled once for every process (campaign.codecache): the same methods as
Python's dataclasses makes, a second process compiles none of them, and a damaged, unwritable
or switched-off cache only costs the time it would have saved."""

from __future__ import annotations

import dataclasses
import marshal
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

import pytest

import campaign.cli  # noqa: F401 (the command line installs the cache in this process)
from campaign import codecache

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    sys.version_info[:2] != (3, 11), reason="the cache is for Python 3.11's dataclasses"
)


@contextmanager
def stock() -> Iterator[None]:
    """dataclasses' own _create_fn for the classes made inside."""
    ours = dataclasses._create_fn  # type: ignore[attr-defined]
    original = codecache._state["original"]
    assert original is not None
    assert original is not ours
    dataclasses._create_fn = original  # type: ignore[attr-defined]
    try:
        yield
    finally:
        dataclasses._create_fn = ours  # type: ignore[attr-defined]


def classes() -> dict[str, type]:
    """One class of each kind of method dataclasses writes: frozen (its __setattr__ and
    __delattr__, __hash__), ordered, keyword-only, with defaults, a default factory, a class
    variable, slots, and an unsafe hash."""

    @dataclasses.dataclass(frozen=True)
    class Frozen:
        a: int
        b: str = "x"
        c: tuple[int, ...] = ()

    @dataclasses.dataclass(order=True)
    class Ordered:
        a: int
        b: list[int] = dataclasses.field(default_factory=list)
        c: ClassVar[int] = 3

    @dataclasses.dataclass(kw_only=True, slots=True)
    class KeywordOnly:
        a: int
        b: float = 0.5

    @dataclasses.dataclass(unsafe_hash=True, repr=False)
    class Hashed:
        a: int
        b: Any = None

    return {"Frozen": Frozen, "Ordered": Ordered, "KeywordOnly": KeywordOnly, "Hashed": Hashed}


def methods(cls: type) -> dict[str, Any]:
    """Each method dataclasses wrote, by what makes it what it is."""
    out = {}
    for name, fn in vars(cls).items():
        code = getattr(fn, "__code__", None)
        if code is None or code.co_filename != "<string>":
            continue
        out[name] = (
            code.co_code,
            code.co_consts,
            code.co_names,
            code.co_varnames,
            fn.__defaults__,
            fn.__kwdefaults__,
            fn.__annotations__,
            fn.__qualname__,
        )
    return out


def test_the_methods_are_the_ones_dataclasses_makes() -> None:
    if codecache._state["path"] is None:
        pytest.skip("the user's cache is off: dataclasses is as it was")
    ours = classes()
    with stock():
        theirs = classes()
    for name, cls in ours.items():
        mine = methods(cls)
        assert mine  # every class has some
        assert mine == methods(theirs[name]), name
    frozen = ours["Frozen"](1)
    assert frozen == ours["Frozen"](1, "x", ())
    assert hash(frozen) == hash(ours["Frozen"](1))
    assert repr(frozen) == "classes.<locals>.Frozen(a=1, b='x', c=())"
    with pytest.raises(dataclasses.FrozenInstanceError):
        frozen.a = 2  # type: ignore[misc]
    assert ours["Ordered"](1) < ours["Ordered"](2)
    with pytest.raises(TypeError):
        ours["KeywordOnly"](1)  # type: ignore[misc]
    # the fields' annotations as this module writes them (strings: its `from __future__
    # import annotations`), not the names of dataclasses' locals (_type_a), as the methods'
    # text would give if it were compiled with the cache module's own future flags
    init = ours["Frozen"].__init__
    assert init.__annotations__ == {"a": "int", "b": "str", "c": "tuple[int, ...]", "return": None}


PROBE = """
import dataclasses, sys
import campaign
from campaign import codecache
import campaign.cli, campaign.pipeline.execute
print(codecache.compiled(), dataclasses._create_fn.__module__)
"""


def probe(cache: str) -> tuple[int, str]:
    env = {**os.environ, "CAMPAIGN_KIT_CACHE": cache, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    count, module = done.stdout.split()
    return int(count), module


def test_a_second_process_compiles_nothing(tmp_path: Path) -> None:
    first, module = probe(str(tmp_path))
    assert module == "campaign.codecache"
    assert first > 300  # the command line's and the stages' dataclasses
    (path,) = tmp_path.glob("dataclass-code-*.marshal")
    assert path.name == f"dataclass-code-{sys.implementation.cache_tag}.marshal"
    assert probe(str(tmp_path)) == (0, "campaign.codecache")
    assert not list(tmp_path.glob("*.part"))


LOADED = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from campaign import codecache
from tests.cli.test_codecache import classes, methods, stock
ours = classes()
with stock():
    theirs = classes()
same = all(methods(ours[name]) == methods(theirs[name]) for name in ours)
print(codecache.compiled(), same)
"""


def test_methods_read_from_the_cache_file_are_dataclasses_own(tmp_path: Path) -> None:
    """The code objects as marshal wrote and read them, not only as compiled in this process."""
    env = {**os.environ, "CAMPAIGN_KIT_CACHE": str(tmp_path), "PYTHONPATH": str(ROOT / "src")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", LOADED], env=env, capture_output=True, text=True, check=True
        ).stdout.split()
        for _ in range(2)
    ]
    assert int(runs[0][0]) > 0
    assert runs[1] == ["0", "True"]  # every method from the file, each as dataclasses makes it


def test_a_damaged_cache_file_is_compiled_again_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / f"dataclass-code-{sys.implementation.cache_tag}.marshal"
    probe(str(tmp_path))
    good = path.read_bytes()
    flipped = bytearray(good)
    for at in range(len(codecache.MAGIC) + 40, len(good), 997):  # bits of the code objects
        flipped[at] ^= 0x24
    # a name changed inside the code objects: marshal loads it without a word, and the
    # methods made from it would fail (their text defines __create_fn__)
    renamed = good.replace(b"__create_fn__", b"__create_fX__", 1)
    assert renamed != good
    damages = (b"", b"\x00not marshal data", good[: len(good) // 2], bytes(flipped), renamed)
    for damage in (*damages, codecache.MAGIC + bytes(32) + marshal.dumps(None)):
        path.write_bytes(damage)
        count, _ = probe(str(tmp_path))
        assert count > 300
        assert probe(str(tmp_path))[0] == 0  # written again, whole
        assert path.read_bytes().startswith(codecache.MAGIC)


def test_an_unwritable_cache_costs_only_the_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    assert probe(str(blocked))[0] > 300
    assert probe(str(blocked))[0] > 300  # compiled again: nothing could be kept


def test_a_program_that_imports_the_package_keeps_dataclasses_as_it_was() -> None:
    """Only the command line installs it: a library user's process is left alone."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    code = (
        "import dataclasses, campaign, campaign.build, campaign.diagnostics; "
        "print(dataclasses._create_fn.__module__)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["dataclasses"]


def test_without_the_cache_dataclasses_is_as_it_was() -> None:
    count, module = probe("off")
    assert module == "dataclasses"
    assert count == 0


def test_only_the_installing_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "code.marshal"
    monkeypatch.setattr(codecache, "_code", {b"k" * 16: compile("x = 1", "<string>", "exec")})
    monkeypatch.setitem(codecache._state, "path", str(path))
    monkeypatch.setitem(codecache._state, "dirty", True)
    monkeypatch.setitem(codecache._state, "pid", os.getpid() + 1)  # as in a forked child
    codecache._save()
    assert not path.exists()
    monkeypatch.setitem(codecache._state, "pid", os.getpid())
    codecache._save()
    assert path.exists()
    assert codecache._read(str(path)) == codecache._code
