"""Our own preflight of a finished PDF (independent of the layout that made it): boxes and bleed,
bleed really filled by art, fonts embedded, colour spaces, total ink of vector colours,
OutputIntent. Every build runs it; `check --pdf FILE` runs it on any file."""

from __future__ import annotations

import io
import math
import struct
from dataclasses import dataclass, field
from typing import Any

import pikepdf

MM = 72 / 25.4
RGB_OPS = {"rg", "RG"}
CMYK_OPS = {"k", "K"}


@dataclass(frozen=True)
class Expect:
    bleed_mm: float = 3.0
    cmyk: bool = True
    max_tac: float = 300.0
    output_intent: bool = True
    badge: tuple[float, float] | None = None  # face, cut (mm): round art instead of square bleed
    min_ppi: float = 150.0  # images below fail
    good_ppi: float = 300.0  # images below warn
    safe_mm: float = 3.0  # text keeps this far inside the trim (the badge face, for badges)


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    facts: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures


def preflight(data: bytes, expect: Expect) -> Report:
    rep = Report()
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError as exc:
        rep.failures.append(f"not a readable PDF ({exc})")
        return rep
    with pdf:
        for n, page in enumerate(pdf.pages, 1):
            _boxes(page, n, expect, rep)
            _fonts(page, n, rep)
            _colours(page, n, expect, rep)
            _images(page, n, expect, rep)
            _missing_glyphs(page, n, rep)
        if expect.output_intent and "/OutputIntents" not in pdf.Root:
            rep.failures.append("no OutputIntent (the press condition is unknown to the printer)")
    if expect.bleed_mm > 0 and rep.ok:
        _bleed_fill(data, expect, rep)
    if expect.safe_mm > 0:
        _safe_text(data, expect, rep)
    return rep


def _safe_text(data: bytes, expect: Expect, rep: Report) -> None:
    """Every visible character's box inside the safe area: the trim inset by safe_mm, or for a
    badge the circle of the face's radius minus safe_mm."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        page = doc[0]
        left, bottom, right, top = page.get_trimbox()
        safe = expect.safe_mm * MM
        textpage = page.get_textpage()
        outside = []
        for i in range(textpage.count_chars()):
            ch = chr(pdfium.raw.FPDFText_GetUnicode(textpage, i))
            if ch.isspace() or not ch.isprintable():
                continue
            x0, y0, x1, y1 = textpage.get_charbox(i)
            if expect.badge:
                cx, cy = (left + right) / 2, (bottom + top) / 2
                radius = expect.badge[0] / 2 * MM - safe
                far = max(math.hypot(x - cx, y - cy) for x in (x0, x1) for y in (y0, y1))
                bad = far > radius + 0.05
            else:
                bad = (
                    x0 < left + safe - 0.05
                    or y0 < bottom + safe - 0.05
                    or x1 > right - safe + 0.05
                    or y1 > top - safe + 0.05
                )
            if bad:
                outside.append(ch)
        textpage.close()
        page.close()
    finally:
        doc.close()
    if outside:
        where = (
            "the badge face's safe circle"
            if expect.badge
            else f"the {expect.safe_mm:g} mm safe area"
        )
        rep.failures.append(
            f"{len(outside)} character(s) outside {where}: {''.join(outside[:30])!r}"
        )


def _box(page: pikepdf.Page, name: str) -> list[float] | None:
    box = page.obj.get(name)
    return [float(v) for v in box] if box is not None else None


def _boxes(page: pikepdf.Page, n: int, expect: Expect, rep: Report) -> None:
    trim, bleed = _box(page, "/TrimBox"), _box(page, "/BleedBox")
    media = [float(v) for v in page.mediabox]
    if expect.bleed_mm <= 0:
        return
    if trim is None or bleed is None:
        rep.failures.append(f"page {n}: no TrimBox/BleedBox")
        return
    sides = [trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]]
    worst = min(sides) / MM
    rep.facts["trim_mm"] = [round((trim[2] - trim[0]) / MM, 2), round((trim[3] - trim[1]) / MM, 2)]
    rep.facts["bleed_mm"] = round(worst, 2)
    if worst + 0.01 < expect.bleed_mm:
        rep.failures.append(f"page {n}: bleed is {worst:.2f} mm; {expect.bleed_mm:g} mm is needed")
    if bleed[0] < media[0] - 0.01 or bleed[2] > media[2] + 0.01:
        rep.failures.append(f"page {n}: BleedBox is larger than the MediaBox")


def _resources(obj: pikepdf.Object) -> list[pikepdf.Object]:
    """The resource dictionaries of a page and of every form XObject under it."""
    out, todo, seen = [], [obj.get("/Resources")], set()
    while todo:
        res = todo.pop()
        if res is None or res.objgen in seen and res.objgen != (0, 0):
            continue
        seen.add(res.objgen)
        out.append(res)
        for xo in (res.get("/XObject") or {}).values():
            if xo.get("/Subtype") == "/Form":
                todo.append(xo.get("/Resources"))
    return out


def _fonts(page: pikepdf.Page, n: int, rep: Report) -> None:
    used = _used_font_names(page)
    for res in _resources(page.obj):
        for name, font in (res.get("/Font") or {}).items():
            if name not in used:
                continue
            base = str(font.get("/BaseFont", "?"))
            desc = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                desc = font.DescendantFonts[0].get("/FontDescriptor")
            if font.get("/Subtype") == "/Type3":
                rep.failures.append(f"page {n}: Type3 font {base} (bitmap or ad-hoc glyphs)")
            elif desc is None or not any(
                k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                rep.failures.append(f"page {n}: font {base} is used but not embedded")


def _streams(page: pikepdf.Page) -> list[list[Any]]:
    out = [pikepdf.parse_content_stream(page)]
    for res in _resources(page.obj):
        for xo in (res.get("/XObject") or {}).values():
            if xo.get("/Subtype") == "/Form":
                out.append(pikepdf.parse_content_stream(xo))
    return out


SHOW_OPS = {"Tj", "TJ", "'", '"'}


def _used_font_names(page: pikepdf.Page) -> set[str]:
    """Fonts that actually show text (a font only selected, never drawn with, is harmless)."""
    names = set()
    for stream in _streams(page):
        current = None
        for ins in stream:
            op = str(ins.operator)
            if op == "Tf" and ins.operands:
                current = str(ins.operands[0])
            elif op in SHOW_OPS and current:
                names.add(current)
    return names


def _colours(page: pikepdf.Page, n: int, expect: Expect, rep: Report) -> None:
    spaces: set[str] = set()
    worst = 0.0
    for stream in _streams(page):
        for ins in stream:
            op = str(ins.operator)
            if op in RGB_OPS:
                spaces.add("DeviceRGB")
            elif op in CMYK_OPS:
                spaces.add("DeviceCMYK")
                worst = max(worst, sum(float(v) for v in ins.operands) * 100)
            elif op in ("g", "G"):
                spaces.add("DeviceGray")
            elif op in ("cs", "CS") and ins.operands:
                name = str(ins.operands[0])
                if name in ("/DeviceRGB", "/CalRGB"):
                    spaces.add("DeviceRGB")
    for res in _resources(page.obj):
        for xo in (res.get("/XObject") or {}).values():
            if xo.get("/Subtype") == "/Image":
                spaces.add(_space_name(xo.get("/ColorSpace")))
        for sh in (res.get("/Shading") or {}).values():
            spaces.add(_space_name(sh.get("/ColorSpace")))
        for pat in (res.get("/Pattern") or {}).values():
            if "/Shading" in pat:
                spaces.add(_space_name(pat.Shading.get("/ColorSpace")))
        for cs in (res.get("/ColorSpace") or {}).values():
            spaces.add(_space_name(cs))
    rep.facts["colour_spaces"] = sorted(spaces)
    rep.facts["max_vector_tac"] = round(worst, 1)
    if expect.cmyk and "DeviceRGB" in spaces:
        rep.failures.append(f"page {n}: RGB colour in a print file (convert it to CMYK)")
    if worst > expect.max_tac + 0.5:
        rep.failures.append(
            f"page {n}: a colour has {worst:.0f} % total ink; the limit is {expect.max_tac:g} %"
        )


def _multiply(m: list[float], n: list[float]) -> list[float]:
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


def _images(page: pikepdf.Page, n: int, expect: Expect, rep: Report) -> None:
    """Effective resolution of every image as placed (from the current transformation matrix)."""
    resources = page.obj.get("/Resources")
    xobjects: Any = (resources.get("/XObject") if resources is not None else None) or {}
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    worst: float | None = None
    for ins in pikepdf.parse_content_stream(page):
        op = str(ins.operator)
        if op == "q":
            stack.append(ctm[:])
        elif op == "Q" and stack:
            ctm = stack.pop()
        elif op == "cm":
            a, b, c, d, e, f = (float(v) for v in ins.operands)
            ctm = _multiply([a, b, c, d, e, f], ctm)
        elif op == "Do":
            xo = xobjects.get(str(ins.operands[0]))
            if xo is None or xo.get("/Subtype") != "/Image":
                continue
            w_in = math.hypot(ctm[0], ctm[1]) / 72
            h_in = math.hypot(ctm[2], ctm[3]) / 72
            ppi = min(int(xo.Width) / max(w_in, 1e-9), int(xo.Height) / max(h_in, 1e-9))
            worst = ppi if worst is None else min(worst, ppi)
    if worst is None:
        return
    rep.facts["min_image_ppi"] = round(worst, 1)
    if worst < expect.min_ppi:
        rep.failures.append(
            f"page {n}: an image prints at {worst:.0f} ppi; at least {expect.min_ppi:g} is needed"
        )
    elif worst < expect.good_ppi:
        rep.warnings.append(
            f"page {n}: an image prints at {worst:.0f} ppi; {expect.good_ppi:g} is recommended"
        )


def _shown_codes(page: pikepdf.Page) -> dict[str, set[int]]:
    """Font resource name -> the byte codes shown with it on the page."""
    shown: dict[str, set[int]] = {}
    current = None
    for ins in pikepdf.parse_content_stream(page):
        op = str(ins.operator)
        if op == "Tf" and ins.operands:
            current = str(ins.operands[0])
        elif op in SHOW_OPS and current:
            strings = ins.operands[0] if op == "TJ" else ins.operands[-1:]
            for item in strings:
                if isinstance(item, pikepdf.String):
                    shown.setdefault(current, set()).update(bytes(item))
    return shown


def _cmap_byte_table(font_program: bytes) -> list[int] | None:
    """Glyph ids for codes 0-255 from a simple TrueType font's byte-encoding cmap, if it has one
    (what reportlab writes for its subsets)."""
    try:
        num_tables = struct.unpack(">H", font_program[4:6])[0]
        for i in range(num_tables):
            tag, _, offset, _ = struct.unpack(">4sIII", font_program[12 + 16 * i : 28 + 16 * i])
            if tag != b"cmap":
                continue
            count = struct.unpack(">H", font_program[offset + 2 : offset + 4])[0]
            for j in range(count):
                pid, eid, sub = struct.unpack(
                    ">HHI", font_program[offset + 4 + 8 * j : offset + 12 + 8 * j]
                )
                start = offset + sub
                if struct.unpack(">H", font_program[start : start + 2])[0] == 0:
                    return list(font_program[start + 6 : start + 262])
    except struct.error:
        return None
    return None


def _missing_glyphs(page: pikepdf.Page, n: int, rep: Report) -> None:
    """Characters drawn with no glyph: code 0 (reportlab's stand-in for a character the font
    lacks) or a code the embedded font maps to .notdef."""
    resources = page.obj.get("/Resources")
    fonts: Any = (resources.get("/Font") if resources is not None else None) or {}
    for name, codes in _shown_codes(page).items():
        font = fonts.get(name)
        if font is None or font.get("/Subtype") != "/TrueType":
            continue
        desc = font.get("/FontDescriptor")
        program = desc.get("/FontFile2") if desc is not None else None
        table = _cmap_byte_table(program.read_bytes()) if program is not None else None
        bad = {c for c in codes if c == 0 or (table is not None and table[c] == 0)}
        if bad:
            rep.failures.append(
                f"page {n}: {len(bad)} character code(s) in font {font.get('/BaseFont')} draw no "
                f"glyph (codes {sorted(bad)[:10]}): text is missing on the page"
            )


def _space_name(cs: Any) -> str:
    """DeviceRGB, DeviceCMYK, ...; an ICC-based space by its number of components."""
    if cs is None:
        return "unknown"
    if isinstance(cs, pikepdf.Array) and len(cs) and str(cs[0]) == "/ICCBased":
        n = int(cs[1].get("/N", 0))
        return {1: "ICCBased gray", 3: "DeviceRGB", 4: "ICCBased CMYK"}.get(n, "ICCBased")
    if isinstance(cs, pikepdf.Array) and len(cs):
        return str(cs[0]).lstrip("/")
    return str(cs).lstrip("/")


def _bleed_fill(data: bytes, expect: Expect, rep: Report, ppi: float = 50) -> None:
    """Render the page; where the art touches the trim edge it must continue into the bleed."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        page = doc[0]
        mb = page.get_mediabox()
        trim = page.get_trimbox()
        bitmap = page.render(scale=ppi / 72, fill_color=(255, 255, 255, 255))
        img = bitmap.to_pil().convert("L")
        s = ppi / 72
        height = mb[3] - mb[1]

        def ink(x: float, y: float) -> bool:
            px, py = int((x - mb[0]) * s), int((height - (y - mb[1])) * s)
            px = min(max(px, 0), img.width - 1)
            py = min(max(py, 0), img.height - 1)
            return bool(img.getpixel((px, py)) < 245)  # type: ignore[operator,unused-ignore]

        inner, outer = 0.5 * MM, expect.bleed_mm * 0.8 * MM
        gaps = total = 0
        if expect.badge:
            gaps, total = _ring_gaps(ink, trim, expect.badge)
        else:
            for t in [i / 200 for i in range(1, 200)]:
                x = trim[0] + t * (trim[2] - trim[0])
                y = trim[1] + t * (trim[3] - trim[1])
                for a, b in (
                    ((x, trim[1] + inner), (x, trim[1] - outer)),
                    ((x, trim[3] - inner), (x, trim[3] + outer)),
                    ((trim[0] + inner, y), (trim[0] - outer, y)),
                    ((trim[2] - inner, y), (trim[2] + outer, y)),
                ):
                    if ink(*a):
                        total += 1
                        gaps += not ink(*b)
        share = 100 * gaps / max(total, 1)
        rep.facts["bleed_gap_pct"] = round(share, 1)
        if share > 5:
            rep.failures.append(
                f"art stops at the trim on {share:.0f} % of the edge: the bleed is "
                "white there (extend the art into the bleed)"
            )
        page.close()
    finally:
        doc.close()


def _ring_gaps(
    ink: object, trim: tuple[float, float, float, float], badge: tuple[float, float]
) -> tuple[int, int]:
    import math

    cx, cy = (trim[0] + trim[2]) / 2, (trim[1] + trim[3]) / 2
    face, cut = badge[0] / 2 * MM, badge[1] / 2 * MM
    gaps = total = 0
    for i in range(360):
        a = math.radians(i)
        inside = ink(cx + (face - 0.5 * MM) * math.cos(a), cy + (face - 0.5 * MM) * math.sin(a))  # type: ignore[operator]
        if inside:
            total += 1
            gaps += not ink(
                cx + (cut - 0.3 * MM) * math.cos(a), cy + (cut - 0.3 * MM) * math.sin(a)
            )  # type: ignore[operator]
    return gaps, total
