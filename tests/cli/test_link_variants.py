"""`check` lays out the texts shown about a link of another kind (`qr_label_tel`,
`qr_label_mailto`: model.key_for_link) in their slots: a Georgian "Scan to send an e-mail"
that fitted no QR caption failed an event's merge, and `check --lang ka` said ok."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import cli


def test_check_lays_out_the_caption_of_a_link_that_writes_an_e_mail(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy()
    strings = kit / "materials/strings/fr.yaml"
    text = strings.read_text(encoding="utf-8")
    long = "Scannez ce code pour nous envoyer un courrier électronique très long aujourd'hui"
    assert "    text: Scannez pour envoyer un e-mail\n    short: Scannez pour écrire\n" in text
    strings.write_text(
        text.replace(
            "    text: Scannez pour envoyer un e-mail\n    short: Scannez pour écrire\n",
            f"    text: {long}\n    short: {long}\n",
        ),
        encoding="utf-8",
    )
    code, out = cli("check", "--kit", kit, "--lang", "fr", "--only", "event-flyer-a5")
    assert code == 1
    line = text.splitlines().index("  qr_label_mailto:") + 1
    assert (
        f"materials/strings/fr.yaml:{line}:3: error[text.overflow]: event-flyer-a5 [fr] "
        "'qr_label_mailto': text does not fit slot 'qr-label' even at 6 pt"
    ) in out
    assert "qr_label_tel" not in out  # the caption of a link that calls fits
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", "event-flyer-a5")
    assert code == 0, out


def test_a_variants_room_is_its_slots_alone() -> None:
    """The translators' room note said qr_label_mailto is "shared with qr_label": it shows in
    the caption's slot instead of qr_label, never beside it."""
    from campaign.fonts import load_fontbook
    from campaign.kit.load import load_kit
    from campaign.translate.room import budgets

    from ..kits import ROOT

    kit = load_kit(ROOT)
    rooms = budgets(kit, load_fontbook(kit.fonts_dir), kit.languages["ka"])
    caption = [b for b in rooms["qr_label_mailto"] if b.material == "event-flyer-a5"]
    assert [(b.slot, b.keys) for b in caption] == [("qr-label", ("qr_label_mailto",))]
    assert "qr_label_tel" in rooms
    assert "qr_label" in rooms


def test_an_offices_documents_show_the_captions_of_its_own_links(
    kit_copy: Callable[..., Path],
) -> None:
    """An office's trial: `check --office` of an office whose links are web addresses was
    overflows of "Scan to call" and "Scan to send an e-mail", which its documents never
    print. Its documents are laid out with its links; the campaign kit's, which any office
    may give a tel: or mailto: link, with each kind."""
    kit = kit_copy()
    strings = kit / "materials/strings/fr.yaml"
    text = strings.read_text(encoding="utf-8")
    long = "Scannez ce code pour nous envoyer un courrier électronique très long aujourd'hui"
    old = "    text: Scannez pour envoyer un e-mail\n    short: Scannez pour écrire\n"
    strings.write_text(text.replace(old, f"    text: {long}\n    short: {long}\n"), "utf-8")
    code, out = cli("check", "--kit", kit, "--lang", "fr", "--only", "flyer-a5")
    assert code == 1
    assert "error[text.overflow]: flyer-a5 [fr] 'qr_label_mailto'" in out, out
    code, out = cli(
        "check", "--kit", kit, "--office", "brussels", "--lang", "fr", "--only", "flyer-a5"
    )
    assert code == 0, out
    assert "qr_label_mailto" not in out


def test_a_character_no_font_has_is_one_error_with_the_variants(
    kit_copy: Callable[..., Path],
) -> None:
    """Cherokee letters (no font of the kit has them) in "Scan to learn more" and "Scan to
    call": one error for the language's script naming both strings and their materials; the
    caption of a link that calls was an error per character and material (12 more)."""
    kit = kit_copy()
    strings = kit / "materials/strings/en.yaml"
    text = strings.read_text(encoding="utf-8")
    for old in ("    text: Scan to learn more and act\n", "    text: Scan to call\n"):
        assert text.count(old) == 1, old
        text = text.replace(old, old.replace("\n", " ᏣᎳᎩ\n"))
    strings.write_text(text, encoding="utf-8")
    materials = "event-flyer-a5,event-poster-a3,flyer-a5,poster-a3"
    code, out = cli("check", "--kit", kit, "--lang", "en", "--only", materials)
    assert code == 1, out
    line = text.splitlines().index("    text: Scan to learn more and act ᏣᎳᎩ") + 1
    assert out.count("error[") == 1, out
    assert (
        f"materials/strings/en.yaml:{line}:38: error[text.no-glyph]: [en] 'qr_label, "
        "qr_label_tel': 3 characters of script Cher have no glyph in any font: 'Ꮳ' (U+13E3 "
        "CHEROKEE LETTER TSA), 'Ꮃ', 'Ꭹ'; needed by string(s) 'qr_label' (event-flyer-a5, "
        "event-poster-a3, flyer-a5, poster-a3); 'qr_label_tel' (event-flyer-a5, "
        "event-poster-a3, flyer-a5, poster-a3)\n"
    ) in out, out
