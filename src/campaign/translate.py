"""Translators' round trip: a language's strings as a PO file (GNU gettext, read and written
with polib) and back.

Export: one entry per string key (`msgctxt` = the key; a `short:` variant is `key|short`), the
source language's text as `msgid`, the translation (empty when the language still shows the
source's) as `msgstr`, and as comments for the translator the source's note and the room the
text has: every slot it is set in (material, frame in mm, type sizes) and about how many Latin
characters fit there at the smallest size. Import: checks the file's language, that every key
exists and that `{field}` placeholders match the source's, then writes the strings file (its
header kept, the strings in the source's order) whole or not at all."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import polib
import yaml

from .diagnostics import Collector, DiagnosticsError, Mark, failure
from .model import Kit, Language, TextSlot

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_-]*\}")
SHORT = "|short"
PT_MM = 25.4 / 72


def room(kit: Kit, key: str) -> list[str]:
    """Where `key` is set: per design slot, its frame (mm), its type sizes and about how many
    characters fit at the smallest size (an average Latin letter is half an em wide)."""
    out = []
    for layout in kit.layouts.values():
        if layout.sized_from:
            continue
        for slot in layout.slots:
            if isinstance(slot, TextSlot) and key in slot.strings:
                _, _, w, h = slot.frame.resolve(*layout.trim)
                st = slot.style
                em = st.min_size * PT_MM
                per_line = int(w / (em * 0.5))
                lines = max(1, int(h / (em * st.leading)))
                if st.max_lines:
                    lines = min(lines, st.max_lines)
                out.append(
                    f"room: {layout.id} slot '{slot.name}', {w:g} x {h:g} mm, {st.size:g} pt "
                    f"(down to {st.min_size:g}): about {per_line * lines} characters"
                )
    return out


def export_po(kit: Kit, code: str) -> bytes:
    """The PO file of language `code` against the kit's source language: a language of the
    kit, or a new one (every translation empty, for a translator to start from)."""
    source = kit.languages[kit.campaign.source_language]
    lang: Language | None = kit.languages.get(code)
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": f"{kit.campaign.name} {kit.campaign.year}",
        "Language": code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Status": lang.status if lang else "draft",
    }
    for key, entry in source.strings.items():
        own = (lang.strings.get(key) if lang.code != source.code else entry) if lang else None
        notes = [entry.note] if entry.note else []
        comment = "\n".join([*notes, *room(kit, key)])
        po.append(
            polib.POEntry(
                msgctxt=key, msgid=entry.text, msgstr=own.text if own else "", comment=comment
            )
        )
        if entry.short:
            po.append(
                polib.POEntry(
                    msgctxt=key + SHORT,
                    msgid=entry.short,
                    msgstr=own.short or "" if own else "",
                    comment="a shorter text, used when the full one does not fit",
                )
            )
    return str(po).encode("utf-8")


@dataclass(frozen=True)
class Imported:
    path: Path
    changed: int
    unchanged: int
    empty: int


def import_po(kit: Kit, po_path: Path, code: str | None = None) -> Imported:
    """Merge a PO file into its language's strings file.

    Raises DiagnosticsError: `translate.read` (not a PO file, no or unknown language),
    `translate.key` (a key the source does not have), `translate.placeholder` (a `{field}`
    missing or added) — every problem of the file at once, with its line; nothing is written
    then."""
    try:
        po = polib.pofile(str(po_path), wrapwidth=0)
    except (OSError, ValueError) as exc:
        raise failure("translate.read", f"{po_path} is not a PO file: {exc}") from None
    code = code or po.metadata.get("Language", "").strip()
    if code in kit.languages and kit.languages[code].pseudo:
        code = ""
    new = code not in kit.languages
    if not code or (new and language_names(code) is None):
        raise failure(
            "translate.read",
            f"{po_path}: '{code or '(no language)'}' is not a language code",
            Mark(po_path, 1, 1),
            "set the PO header 'Language:' to a language code (ko, fr, sw...), or pass --lang",
        )
    source = kit.languages[kit.campaign.source_language]
    errs = Collector()
    texts: dict[str, dict[str, str]] = {}
    if not new:
        texts = {
            k: {
                "text": e.text,
                **({"short": e.short} if e.short else {}),
                **({"note": e.note} if e.note else {}),
            }
            for k, e in kit.languages[code].strings.items()
        }
    changed = unchanged = empty = 0
    for entry in po:
        where = Mark(po_path, entry.linenum or 1, 1)
        key, part = (entry.msgctxt or "", "text")
        if key.endswith(SHORT):
            key, part = key[: -len(SHORT)], "short"
        if key not in source.strings:
            errs.error(
                "translate.key",
                f"'{key}' is not a key of {source.code}.yaml",
                where,
                "keep the msgctxt of the exported file",
            )
            continue
        if not entry.msgstr:
            empty += 1
            continue
        want = set(PLACEHOLDER.findall(entry.msgid))
        got = set(PLACEHOLDER.findall(entry.msgstr))
        if want != got:
            errs.error(
                "translate.placeholder",
                f"'{key}': the translation has {', '.join(sorted(got)) or 'no placeholder'}, "
                f"the source {', '.join(sorted(want)) or 'none'}",
                where,
                "keep every {name} of the source, unchanged",
            )
            continue
        current = texts.setdefault(key, {}).get(part)
        if current == entry.msgstr:
            unchanged += 1
        else:
            texts[key][part] = entry.msgstr
            changed += 1
    if errs.errors:
        raise DiagnosticsError(errs.items)
    if new:  # a language the kit does not have yet: its strings file starts here
        path = kit.root / "materials" / "strings" / f"{code}.yaml"
        english, native = language_names(code) or (code, code)
        if not path.exists():
            path.write_text(
                "# yaml-language-server: $schema=../../schemas/strings.schema.json\n"
                f"# {english} campaign strings, imported from {po_path.name}: a draft until a\n"
                "# native speaker has reviewed it.\n"
                f"language: {code}\nname: {_scalar(english)}\nnative_name: {_scalar(native)}\n"
                "status: draft\nstrings:\n",
                encoding="utf-8",
            )
        _write(path, source, texts)
        return Imported(path, changed, unchanged, empty)
    lang = kit.languages[code]
    _write(lang.path, source, texts)
    return Imported(lang.path, changed, unchanged, empty)


def language_names(code: str) -> tuple[str, str] | None:
    """A language code's English and own names (Babel, from the Unicode CLDR), or None when
    it is not a language CLDR knows."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    english = locale.get_display_name("en") or code
    return english, locale.get_display_name() or english


def _scalar(value: str) -> str:
    dumped = yaml.safe_dump({"v": value}, allow_unicode=True, width=10**9, sort_keys=False)
    return dumped[len("v: ") :].rstrip("\n")


def _write(path: Path, source: Language, texts: dict[str, dict[str, str]]) -> None:
    """The strings file with its header (everything up to `strings:`) kept and the strings
    rewritten in the source's key order; written to a temporary name, then moved."""
    original = path.read_text(encoding="utf-8")
    head = original[: original.index("\nstrings:") + 1] if "\nstrings:" in original else original
    lines = [head.rstrip("\n"), "strings:"]
    for key in source.strings:
        if key not in texts or "text" not in texts[key]:
            continue
        lines.append(f"  {key}:")
        lines.append(f"    text: {_scalar(texts[key]['text'])}")
        for extra in ("short", "note"):
            if extra in texts[key]:
                lines.append(f"    {extra}: {_scalar(texts[key][extra])}")
    part = path.with_name(f".{path.name}.part")
    try:
        part.write_text("\n".join(lines) + "\n", encoding="utf-8")
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise failure("translate.read", f"cannot write {path}: {exc.strerror}") from None


__all__ = ["Imported", "export_po", "import_po", "room"]
