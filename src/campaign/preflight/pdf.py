"""Reading a PDF's pages for preflight: resource dictionaries, content streams, matrices."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

import pikepdf

from ..recent import Recent
from .report import Report

SHOW_OPS = {"Tj", "TJ", "'", '"'}

# One content-stream instruction: its operator as text, read once (every check looks at
# every operator), and pikepdf's instruction, whose operands are read only where a check
# needs them (most of a page's instructions are path points no check reads).
Instruction = tuple[str, Any]
V = TypeVar("V")


@dataclass
class _Shared:
    """What the checks of one file share: each content stream parsed (by object), and each
    page's resource dictionaries and content streams (by page object)."""

    parsed: dict[tuple[int, int], list[Instruction]] = field(default_factory=dict)
    resources: dict[tuple[int, int], list[pikepdf.Object]] = field(default_factory=dict)
    streams: dict[tuple[int, int], list[list[Instruction]]] = field(default_factory=dict)


# Set by `parsing()` around one file's checks: each check reads the same streams, and parsing
# is the costly part (one parse per stream instead of one per check). A context variable, so
# that files checked at the same time in other threads (the preview server's) each have their
# own.
_SHARED: ContextVar[_Shared | None] = ContextVar("preflight_shared", default=None)


@contextmanager
def parsing() -> Iterator[None]:
    """Share parsed content streams (and each page's resources) among the checks of one file."""
    token = _SHARED.set(_Shared())
    try:
        yield
    finally:
        _SHARED.reset(token)


def _once(
    table: Callable[[_Shared], dict[tuple[int, int], V]],
    key: tuple[int, int],
    make: Callable[[], V],
) -> V:
    """`make()` once per file and object `key` inside `parsing()`, kept in the file's `table`;
    outside it, or for a direct object (key (0, 0): nothing to key it by), at every call."""
    shared = _SHARED.get()
    if shared is None or key == (0, 0):
        return make()
    known = table(shared)
    if key not in known:
        known[key] = make()
    return known[key]


def parsed(obj: pikepdf.Page | pikepdf.Object) -> list[Instruction]:
    """The instructions of a page's or a form XObject's content, parsed once per file (inside
    `parsing()`; outside it, on every call); a small form once per process (`_form`)."""
    if isinstance(obj, pikepdf.Page):
        return _once(lambda s: s.parsed, obj.obj.objgen, lambda: _instructions(obj))
    return _once(lambda s: s.parsed, obj.objgen, lambda: _form(obj))


# The path construction operators (ISO 32000-1, 8.5.2, table 59): their operands are points
# that no check reads, and they are most of a drawing's instructions (a glyph's outline, an
# SVG's curves). They are left out of the lists checks read: fewer objects kept, fewer
# instructions for each check to pass over. Painting (f, S...), clipping and every other
# operator stay, and a word that is no operator stays for check_operators.
PATH_POINTS = frozenset({"m", "l", "c", "v", "y", "h", "re"})


def _instructions(obj: pikepdf.Page | pikepdf.Object) -> list[Instruction]:
    """Raises DamagedContentError when qpdf cannot decode or parse the stream."""
    out: list[Instruction] = []
    try:
        parsed = pikepdf.parse_content_stream(obj)
    except pikepdf.PdfError as exc:
        raise DamagedContentError(_qpdf_reason(str(exc))) from None
    for ins in parsed:
        op = str(ins.operator)
        if op == "INLINE IMAGE":
            out.append((op, InlineImage.of(ins)))
        elif op not in PATH_POINTS:
            out.append((op, ins))
    return out


def _qpdf_reason(text: str) -> str:
    """qpdf's message without the object it names first ("content stream (content stream
    object 7 0): errors while decoding content stream" -> "errors while decoding")."""
    reason = text.rsplit("): ", 1)[-1]
    return reason.removesuffix(" content stream").strip() or text


@dataclass(frozen=True)
class InlineImage:
    """What the checks read of an inline image (BI ... ID ... EI): its size in samples and its
    dictionary, abbreviations as written (ISO 32000-1, 8.9.7). Taken once, as the stream is
    parsed: pikepdf makes the image (and its bytes, again) at each access of an
    instruction's `iimage`, 36 us here, and an image is read by two checks (colour and
    resolution)."""

    width: int
    height: int
    obj: pikepdf.Dictionary
    space: str | None  # its colour space's name (colour.inline_space: None for a mask)
    image_mask: bool  # a 1-bit stencil mask (colour.is_image_mask)

    @classmethod
    def of(cls, ins: Any) -> InlineImage:
        from .colour import inline_space, is_image_mask

        image = ins.iimage
        return cls(
            int(image.width),
            int(image.height),
            image.obj,
            inline_space(image.obj),
            is_image_mask(image.obj),
        )


# Form XObjects parsed in this process, by a digest of their encoded content and filters: QR
# codes (render.forms) and the art are the same forms in every print PDF of a material and
# language, and in every record of a merge, so they are parsed once per process instead of
# once per file. Parsed instructions are direct objects,
# still valid after their file is closed, and no check changes them. The 32 most recently
# used are kept (256 were 8 MB more at a worker's peak over 1,000 flyers than 64); a new
# one is on probation among 16 until it is seen again (recent.Recent), so that a form new in
# one file never pushes out the forms that repeat.
_FORMS: Recent[bytes, list[Instruction]] = Recent(32, probation=16)
FORM_CACHE_BYTES = 65536  # larger forms (placed pages) are parsed in every file


def _form(xo: pikepdf.Object) -> list[Instruction]:
    raw = xo.read_raw_bytes()
    if len(raw) > FORM_CACHE_BYTES:
        return _instructions(xo)
    filters = f"{xo.get('/Filter')!r} {xo.get('/DecodeParms')!r}"
    key = hashlib.sha256(b"%d %s\0" % (len(raw), filters.encode()))
    key.update(raw)
    digest = key.digest()
    found = _FORMS.get(digest)
    if found is None:
        found = _instructions(xo)
        _FORMS.put(digest, found)
    return found


def entry(obj: Any, key: str) -> Any:
    """`obj[key]`, or None when the dictionary lacks it: pikepdf's `get` of a missing key
    raises and catches a C++ exception, 4 us against 1 for `in` (a file's forms and
    resources mostly lack the keys the checks look for: /Resources, /Group, /Shading)."""
    return obj[key] if key in obj else None


def separation_names(spaces: Any, colorant: str) -> set[str]:
    """The names (as "/Name") under which a /ColorSpace dictionary (`spaces`; None: none)
    holds a Separation of `colorant` (a name without its slash: "All", "CutContour"):
    `[/Separation /<colorant> alternate tint-transform]` (ISO 32000-1, 8.6.6.4)."""
    return {
        str(name)
        for name, cs in (spaces or {}).items()
        if isinstance(cs, pikepdf.Array)
        and len(cs) > 1
        and cs[0] == pikepdf.Name.Separation
        and cs[1] == pikepdf.Name("/" + colorant)
    }


def page_resources(obj: pikepdf.Object) -> list[pikepdf.Object]:
    """The resource dictionaries of a page and of every form XObject under it, each once: a
    form is followed once (a form that draws itself is not followed forever), and resources
    shared by indirect reference are listed once. Found once per page inside `parsing()`."""
    return _once(lambda s: s.resources, obj.objgen, lambda: _resources(obj))


def _resources(obj: pikepdf.Object) -> list[pikepdf.Object]:
    out, todo, seen, forms = [], [entry(obj, "/Resources")], set(), set()
    while todo:
        res = todo.pop()
        if res is None or res.is_indirect and res.objgen in seen:
            continue
        seen.add(res.objgen)
        out.append(res)
        for xo in (res.get("/XObject") or {}).values():
            if xo.get("/Subtype") == "/Form" and xo.objgen not in forms:
                forms.add(xo.objgen)
                todo.append(entry(xo, "/Resources"))
    return out


def content_streams(page: pikepdf.Page) -> list[list[Instruction]]:
    """The page's content and every form XObject's under it, parsed (`parsed`); listed once
    per page inside `parsing()`."""
    return _once(lambda s: s.streams, page.obj.objgen, lambda: _streams(page))


def _streams(page: pikepdf.Page) -> list[list[Instruction]]:
    out = [parsed(page)]
    for res in page_resources(page.obj):
        for xo in (res.get("/XObject") or {}).values():
            if xo.get("/Subtype") == "/Form":
                out.append(parsed(xo))
    return out


# Every content-stream operator of ISO 32000-1, Annex A (PDF 1.7; PDF 2.0 adds none)
OPERATORS = frozenset(
    "b b* B B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J "
    "K k l m M MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw "
    "Tz v w W W* y ' \"".split()
) | {"INLINE IMAGE"}  # pikepdf's name for a whole BI ... ID ... EI


class DamagedContentError(Exception):
    """A content stream that cannot be decoded or parsed (qpdf's reason in the message)."""


_NUMBERS = (int, Decimal, float)  # an operand read as a number (not bool: no PDF number)


def numbers(op: str, ins: Any, count: int) -> list[float]:
    """The `count` numbers an instruction takes (cm 6, k 4), as floats. Raises
    DamagedContentError when it has others (bytes flipped in a stream left `cm` with five
    numbers, and the checks that read them stopped on an internal error)."""
    operands = ins.operands
    # the numbers converted as they are picked out, in one pass over the operands: checking
    # them first and converting them after took 4.7 us a `cm` against 3.1 (a print PDF
    # has 74 to 79 instructions that `numbers` reads, on average over the kit and a merge)
    values = [float(v) for v in operands if type(v) in _NUMBERS]
    if len(values) != count or len(operands) != count:
        raise DamagedContentError(f"'{op}' with other operands than {count} numbers")
    return values


def font_size(ins: Any) -> float:
    """The size a Tf instruction sets, its second operand. Raises DamagedContentError when
    its operands are not a font's name and a number."""
    operands = ins.operands
    if (
        len(operands) != 2
        or not isinstance(operands[0], pikepdf.Name)
        or type(operands[1]) not in _NUMBERS
    ):
        raise DamagedContentError("'Tf' with other operands than a font's name and a size")
    return float(operands[1])


def form_matrix(xo: Any) -> list[float] | None:
    """A form XObject's /Matrix as six floats, or None where it has none (the identity, ISO
    32000-1, 8.10.1). Raises DamagedContentError when it is not an array of six numbers (a
    damaged `[1 0 0 1 0]` stopped the checks that place forms on an internal error)."""
    matrix = entry(xo, "/Matrix")
    if matrix is None:
        return None
    values: list[Any] = list(matrix) if isinstance(matrix, pikepdf.Array) else []
    if len(values) != 6 or any(type(v) not in _NUMBERS for v in values):
        raise DamagedContentError("a form's /Matrix other than 6 numbers")
    return [float(v) for v in values]


def first_operand(op: str, ins: Any, kind: type) -> Any:
    """An instruction's first operand, of pikepdf's `kind` (pikepdf.Name for Do and Tf,
    pikepdf.Array for TJ). Raises DamagedContentError when it has none of that kind."""
    operands = ins.operands
    if not operands or not isinstance(operands[0], kind):
        raise DamagedContentError(f"'{op}' without its {kind.__name__.lower()}")
    return operands[0]


def check_operators(page: pikepdf.Page, n: int, rep: Report) -> bool:
    """Each content stream of the page (its forms' too) can be decoded and parsed, and uses
    only PDF's operators: anything else is text or data that is not drawing instructions (a
    stream cut or overwritten), and viewers skip or stop at it. Returns False (with a
    failure) when the page is damaged so: its other content checks are then not run. The
    operands are checked where a check reads them (`numbers`, `first_operand`)."""
    try:
        streams = content_streams(page)
    except DamagedContentError as exc:
        rep.failures.append(f"page {n}: the content stream cannot be read ({exc}): it is damaged")
        return False
    unknown: set[str] = set()
    for stream in streams:
        unknown.update(op for op, _ in stream if op not in OPERATORS)
    if unknown:
        shown = ", ".join(sorted(repr(op) for op in unknown)[:5])
        rep.failures.append(
            f"page {n}: the content stream has {len(unknown)} word(s) that are not PDF "
            f"operators ({shown}): it is damaged and does not draw what it should"
        )
    return not unknown


def used_font_names(page: pikepdf.Page) -> set[str]:
    """Fonts that actually show text (a font only selected, never drawn with, is harmless)."""
    names = set()
    for stream in content_streams(page):
        current = None
        for op, ins in stream:
            if op == "Tf" and ins.operands:
                current = str(ins.operands[0])
            elif op in SHOW_OPS and current:
                names.add(current)
    return names


def multiply(m: list[float], n: list[float]) -> list[float]:
    """m x n for PDF matrices [a b c d e f]."""
    a, b, c, d, e, f = m
    return [
        a * n[0] + b * n[2],
        a * n[1] + b * n[3],
        c * n[0] + d * n[2],
        c * n[1] + d * n[3],
        e * n[0] + f * n[2] + n[4],
        e * n[1] + f * n[3] + n[5],
    ]
