"""What a translator types that prints as typed: two spaces, a space before "." or ",", and
typewriter quotes where the language prints its own (CLDR's, through ICU). Warnings at
import (the translator's cell or line) and in `check` (the strings file's line and column);
the text is imported as it is (Haitian Creole `Vin jwenn  Kanpay ... {website} .`, Spanish
`"Campaña Corazón Azul"`). French's spaced punctuation and « », apostrophes in
words, Hebrew's geresh and gershayim, CJK's quotation marks are not named."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
import yaml

from campaign.translate.typography import quotation_marks, spaces, typewriter_quotes

from ..kits import check, cli
from .test_alias_codes import place
from .test_formats import edit, export

HAITIAN = "  Vin jwenn  Kanpay Kè Ble a nan {website} .  "
JOIN = "text: Join the Blue Heart Campaign."
SPACES_HINT = "  hint: remove the extra space (copy-fit spaces the words itself)\n"


def translated(path: Path, key: str, text: str) -> None:
    """`key` of a PO file translated as `text`, as a PO editor leaves it: the fuzzy flag of a
    text whose source changed cleared."""
    po = polib.pofile(str(path))
    entry = next(e for e in po if e.msgctxt == key)
    entry.msgstr = text
    entry.flags = [f for f in entry.flags if f != "fuzzy"]
    po.save(str(path))


def cell(path: Path, key: str) -> str:
    """`row:column` of `key`'s translation cell in an exported CSV (the import's mark)."""
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    return f"{next(n for n, r in enumerate(rows, start=1) if r[0] == key)}:3"


def strings_of(root: Path, code: str) -> dict[str, dict[str, str]]:
    path = root / f"materials/strings/{code}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["strings"]


def test_two_spaces_and_a_space_before_the_full_stop_are_named(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """At the translator's CSV cell, then by `check` at the two spaces in ht.yaml; the
    {website} placeholder is a word like any other, and the text is imported as typed."""
    root = kit_copy()
    en = root / "materials/strings/en.yaml"
    text = en.read_text(encoding="utf-8")
    assert JOIN in text
    en.write_text(text.replace(JOIN, JOIN[:-1] + " at {website}."), encoding="utf-8")
    path = tmp_path / "ht.csv"
    export(root, path, "ht")
    edit(path, "csv", "cta_join", HAITIAN)
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    said = (
        "warning[translate.spaces]: {who}the translation has 2 spaces after \u201cjwenn\u201d "
        "(character 10); a space before '.' after \u201c{{website}}\u201d (character 41): it "
        "prints as typed\n" + SPACES_HINT
    )
    at = cell(path, "cta_join")
    assert f"{path}:{at}: {said.format(who=repr('cta_join') + ': ')}" in out, out
    assert out.count("translate.spaces") == 1, out  # not again at the strings file
    assert strings_of(root, "ht")["cta_join"]["text"] == HAITIAN.strip()  # never changed
    status, text = check(root)
    at = place(root / "materials/strings/ht.yaml", r"Vin jwenn(  )Kanpay")
    assert (
        f"materials/strings/ht.yaml:{at}: {said.format(who='[ht] ' + repr('cta_join') + ': ')}"
        in text
    )
    assert text.count("translate.spaces") == 1, text


def test_typewriter_quotes_name_the_languages_own(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """Spanish (PO): CLDR's “ ” and ‘ ’ in the hint, at the msgstr; `check` at the quote."""
    root = kit_copy()
    path = tmp_path / "es.po"
    export(root, path, "es")
    typed = 'Únete a la "Campaña Corazón Azul".'
    edit(path, "po", "cta_join", typed)
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    said = (
        "warning[translate.quotes]: {who}the translation has typewriter quotes "
        '("Campaña Corazón Azul"): they print as typed\n'
        "  hint: Spanish prints quotations as \u201c\u2026\u201d, and a quotation inside one "
        "as \u2018\u2026\u2019 (CLDR)\n"
    )
    at = place(path, r'msgstr "(Únete)')
    assert f"{path}:{at}: {said.format(who=repr('cta_join') + ': ')}" in out, out
    assert strings_of(root, "es")["cta_join"]["text"] == typed
    status, text = check(root)
    at = place(root / "materials/strings/es.yaml", r'Únete a la (")Campaña')
    assert (
        f"materials/strings/es.yaml:{at}: {said.format(who='[es] ' + repr('cta_join') + ': ')}"
        in text
    )
    assert text.count("translate.quotes") == 1, text


def test_a_short_variant_is_named_at_its_own_line(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """French (XLIFF): « » the hint's, once (CLDR's alternate marks are the same); the short
    variant's slip is at the short line of fr.yaml, not its text's."""
    root = kit_copy()
    path = tmp_path / "fr.xlf"
    export(root, path, "fr")
    edit(path, "xliff", "qr_label.short", "Scannez et 'agissez'")
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    said = (
        "warning[translate.quotes]: {who}has typewriter quotes ('agissez'): they print as "
        "typed\n  hint: French prints quotations as \u00ab\u2026\u00bb (CLDR)\n"
    )
    at = place(path, r"<target>(Scannez et)")
    assert (
        f"{path}:{at}: {said.format(who=repr('qr_label') + ' (short): the translation ')}" in out
    ), out
    status, text = check(root)
    at = place(root / "materials/strings/fr.yaml", r"short: Scannez et (')")
    assert (
        f"materials/strings/fr.yaml:{at}: "
        f"{said.format(who='[fr] ' + repr('qr_label') + ': the translation (short) ')}"
    ) in text, text


FRENCH = (
    "Agissez aujourd\u2019hui\u202f: l'enfant d'abord\u202f! «\u202fCœur bleu\u202f» ; "
    "O'Brien et {website}, puis après ... Pourquoi ?"
)


@pytest.mark.parametrize(
    ("code", "typed"),
    [
        ("fr", FRENCH),
        ("zh", "加入\u201c蓝心运动\u201d，或＂蓝心＂与「蓝心」：{website}。"),
        ("ar", "انضموا إلى «حملة القلب الأزرق» عبر {website}، الآن."),
    ],
)
def test_french_cjk_and_arabic_typing_is_not_named(
    kit_copy: Callable[..., Path], tmp_path: Path, code: str, typed: str
) -> None:
    """French's narrow no-break spaces before : ! and inside « », a space before ; and ?,
    apostrophes in words, an ellipsis; Chinese's quotation marks, full-width ones too; an
    Arabic comma after a placeholder, in a right-to-left text."""
    root = kit_copy()
    en = root / "materials/strings/en.yaml"
    text = en.read_text(encoding="utf-8")
    en.write_text(text.replace(JOIN, JOIN[:-1] + " at {website}."), encoding="utf-8")
    path = tmp_path / f"{code}.po"
    export(root, path, code)
    translated(path, "cta_join", typed)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "changed: cta_join" in out, out
    assert "translate." not in out, out
    status, out = check(root, "--lang", code)
    assert "translate." not in out, out


def test_hebrew_geresh_and_gershayim_are_not_quotes(hebrew_kit: Path, tmp_path: Path) -> None:
    """צה"ל and ארה"ב (gershayim typed as "), ג'ירפה and פרופ' (geresh typed as ') are
    letters' marks; a quotation in typewriter quotes is named with CLDR's Hebrew marks."""
    path = tmp_path / "he.po"
    export(hebrew_kit, path, "he")
    edit(path, "po", "badge", 'צה"ל וארה"ב נגד סחר בבני אדם')
    edit(path, "po", "cta_title", "מה אפשר לעשות: פרופ' כהן וג'ירפה")
    edit(path, "po", "cta_join", 'הצטרפו ל"קמפיין הלב הכחול".')
    status, out = cli("strings", "import", path, "--kit", hebrew_kit, "--lang", "he")
    assert status == 0, out
    at = place(path, r'msgctxt "cta_join"\nmsgid "[^\n]*"\nmsgstr "(ה)')
    assert (
        f"{path}:{at}: warning[translate.quotes]: 'cta_join': the translation has typewriter "
        'quotes ("קמפיין הלב הכחול"): they print as typed\n'
        "  hint: Hebrew prints quotations as \u201d\u2026\u201d, and a quotation inside one as "
        "\u2019\u2026\u2019 (CLDR)\n"
    ) in out, out
    assert out.count("translate.") == 1, out


def test_a_slip_the_source_has_is_not_named(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    """The source's own typewriter quotes, kept by its translator: the source's to mend."""
    root = kit_copy()
    en = root / "materials/strings/en.yaml"
    text = en.read_text(encoding="utf-8")
    en.write_text(text.replace(JOIN, 'text: Join the "Blue Heart Campaign".'), encoding="utf-8")
    path = tmp_path / "es.po"
    export(root, path, "es")
    translated(path, "cta_join", 'Únete a la "Campaña Corazón Azul".')
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "changed: cta_join" in out, out
    assert "translate.quotes" not in out, out


def test_the_kits_own_translations_have_no_slip(kit_copy: Callable[..., Path]) -> None:
    status, out = check(kit_copy())
    assert "translate.spaces" not in out
    assert "translate.quotes" not in out


def test_quotation_marks_are_cldrs() -> None:
    """CLDR 48 (ICU 78): German „ “ ‚ ‘; French « » both; Japanese 「 」 『 』; Arabic ” “ in
    its reading order; nothing for a code CLDR does not know (qaa, private use)."""
    assert quotation_marks("de") == ("\u201e", "\u201c", "\u201a", "\u2018")
    assert quotation_marks("fr") == ("\u00ab", "\u00bb", "\u00ab", "\u00bb")
    assert quotation_marks("ja") == ("\u300c", "\u300d", "\u300e", "\u300f")
    assert quotation_marks("zh-Hant") == ("\u300c", "\u300d", "\u300e", "\u300f")
    assert quotation_marks("ar") == ("\u201d", "\u201c", "\u2019", "\u2018")
    assert quotation_marks("qaa") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('the "1 in 3" figure', '"1 in 3"'),
        ('Únete a "Campaña Azul', '"Campaña'),
        ("say 'hello' now", "'hello'"),
        ("visit '{website}' now", "'{website}'"),
        ("O'Brien, don't, l'homme, the parents' union, un po' di", None),
        ("'s avonds en 's morgens", None),
        ('a 30" poster', None),
        ('צה"ל, ש"ח ודו"ח', None),
        ('הצטרפו ל"קמפיין" עכשיו', '"קמפיין"'),
        ("3'te 1", None),
    ],
)
def test_what_is_a_typewriter_quotation(text: str, found: str | None) -> None:
    assert typewriter_quotes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("x ,y", ["a space before ',' after \u201cx\u201d (character 2)"]),
        ("the .org site, ,5 mm", []),
        ("a\u00a0 b, then\n  indented  ", []),
    ],
)
def test_what_is_a_slip_of_spacing(text: str, found: list[str]) -> None:
    assert spaces(text) == found
