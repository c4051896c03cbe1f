"""A placeholder or a pair of language marks written the wrong way round, as a Persian
translator typed them in a right-to-left editor (a trial): `}helpline{` was two `ref.field`
errors that each said to remove a brace, `{/lang}Blue Heart{lang=en}` two `strings.lang-mark`
errors ("remove it", "write {/lang} after the words"). Each is one error now, at its first
brace, saying what to write."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib

from campaign.text.langmarks import lang_mark_problems

from ..kits import ROOT, cli
from ..translate.test_alias_codes import place
from ..translate.test_formats import edit, export

EN = (ROOT / "materials/strings/en.yaml").read_text(encoding="utf-8")
FR = (ROOT / "materials/strings/fr.yaml").read_text(encoding="utf-8")
JOIN_EN = "    text: Join the Blue Heart Campaign.\n"
JOIN = "    text: Rejoignez la campagne Cœur bleu.\n"
WITH_HELPLINE = "    text: Join the Blue Heart Campaign at {helpline}.\n"


def _kit(kit_copy: Callable[..., Path], fr_text: str, helpline: bool = True) -> Path:
    """The kit with fr.yaml's cta_join `fr_text`; en.yaml's with {helpline} (`helpline`)."""
    assert JOIN in FR
    assert JOIN_EN in EN
    files = {"materials/strings/fr.yaml": FR.replace(JOIN, f"    text: {fr_text}\n")}
    if helpline:
        files["materials/strings/en.yaml"] = EN.replace(JOIN_EN, WITH_HELPLINE)
    return kit_copy(**files)


def _errors(text: str) -> list[str]:
    return [line for line in text.splitlines() if "error[" in line]


def test_a_reversed_placeholder_is_one_error_at_its_first_brace(
    kit_copy: Callable[..., Path],
) -> None:
    kit = _kit(kit_copy, "Rejoignez la campagne au }helpline{.")
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "badge-58")
    assert code == 1
    fr = kit / "materials/strings/fr.yaml"
    at = place(fr, r"campagne au (\})helpline\{")
    assert (
        f"{fr}:{at}: error[ref.field]: [fr] 'cta_join': '}}helpline{{' is the placeholder "
        "{helpline} with its braces reversed: it would print as written\n"
        "  hint: reversed: write {helpline}\n"
    ) in text, text
    assert len(_errors(text)) == 1, text


def test_where_the_source_has_no_such_placeholder_it_is_to_remove(
    kit_copy: Callable[..., Path],
) -> None:
    kit = _kit(kit_copy, "Rejoignez la campagne } helpline {.", helpline=False)
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "badge-58")
    assert code == 1
    fr = kit / "materials/strings/fr.yaml"
    at = place(fr, r"campagne (\}) helpline \{")
    assert (
        f"{fr}:{at}: error[ref.field]: [fr] 'cta_join': '}} helpline {{' is the placeholder "
        "{helpline} with its braces reversed: it would print as written\n"
        "  hint: remove it: the source text has no placeholder {helpline}\n"
    ) in text, text
    assert len(_errors(text)) == 1, text


def test_an_unknown_name_reversed_keeps_its_two_errors(kit_copy: Callable[..., Path]) -> None:
    """`}nowhere{` names no field: what it was meant to be is not known."""
    kit = _kit(kit_copy, "Rejoignez la campagne }nowhere{.")
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "badge-58")
    assert code == 1
    assert [e.split("error[")[1] for e in _errors(text)] == [
        "ref.field]: [fr] 'cta_join': a closing brace '}' without its opening one: it would "
        "print as written",
        "ref.field]: [fr] 'cta_join': '{' opens a placeholder it never closes: it would print "
        "as written",
    ], text


def test_reversed_language_marks_are_one_error_at_the_first(
    kit_copy: Callable[..., Path],
) -> None:
    kit = _kit(kit_copy, "Rejoignez la campagne {/lang}Blue Heart{lang=en} au {helpline}.")
    code, text = cli("check", "--kit", kit, "--lang", "fr", "--only", "badge-58")
    assert code == 1
    fr = kit / "materials/strings/fr.yaml"
    at = place(fr, r"campagne (\{)/lang\}Blue")
    assert (
        f"{fr}:{at}: error[strings.lang-mark]: [fr] 'cta_join': the language mark '{{/lang}}' "
        "comes before its opening mark '{lang=en}': the two are reversed\n"
        "  hint: reversed: write {lang=en}Blue Heart{/lang}\n"
    ) in text, text
    assert len(_errors(text)) == 1, text


def test_which_pairs_are_reversed() -> None:
    def said(text: str) -> list[tuple[int, str]]:
        return [(p.at, p.message) for p in lang_mark_problems(text)]

    assert said("{/lang}A{lang=en}") == [
        (0, "comes before its opening mark '{lang=en}': the two are reversed")
    ]
    # a reversed pair, then a good one
    assert said("{/lang}A{lang=en} {lang=fr}B{/lang}") == [
        (0, "comes before its opening mark '{lang=en}': the two are reversed")
    ]
    # the opening mark is closed after: a closing mark of nothing, then a good pair
    assert said("{/lang}A{lang=en}B{/lang}") == [(0, "closes no {lang=...} before it")]
    assert [p.fix for p in lang_mark_problems("x {/lang} Blue Heart {lang:en} y")] == [
        "reversed: write {lang=en}Blue Heart{/lang}"
    ]


def test_an_import_names_them_at_the_msgstrs_brace(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """PO: the reversed placeholder where the source has {helpline} (translate.placeholder,
    with the fix), then, that mended, the reversed marks."""
    kit = _kit(kit_copy, "Rejoignez la campagne Cœur bleu au {helpline}.")
    path = tmp_path / "fa.po"
    export(kit, path, "fa")
    po = polib.pofile(str(path))
    entry = next(e for e in po if e.msgctxt == "cta_join")
    entry.msgstr = "به کارزار {/lang}Blue Heart{lang=en} بپیوندید: }helpline{"
    entry.flags = [f for f in entry.flags if f != "fuzzy"]
    po.save(str(path))
    code, out = cli("strings", "import", path, "--kit", kit)
    assert code == 1, out
    at = place(path, r"بپیوندید: (\})helpline")
    assert out == (
        f"{path}:{at}: error[translate.placeholder]: 'cta_join': the translation has no "
        "placeholder, the source {helpline}\n"
        "  hint: keep every {name} of the source, unchanged\n"
        "  hint: reversed: write {helpline}\n"
        "1 error(s)\n"
    ), out
    edit(path, "po", "cta_join", "به کارزار {/lang}Blue Heart{lang=en} بپیوندید: {helpline}")
    code, out = cli("strings", "import", path, "--kit", kit)
    assert code == 1, out
    at = place(path, r"به کارزار (\{)/lang\}")
    assert out == (
        f"{path}:{at}: error[strings.lang-mark]: 'cta_join': the language mark '{{/lang}}' "
        "comes before its opening mark '{lang=en}': the two are reversed\n"
        "  hint: reversed: write {lang=en}Blue Heart{/lang}\n"
        "1 error(s)\n"
    ), out
