"""What an office's digital PDFs in English, French and Arabic say of themselves and of their
links, exactly: the Info /Title (DisplayDocTitle), the catalogue's /Lang, each link
annotation's /Contents and its Link element's /Lang (PDF/UA-1 7.18.5, WCAG 2.4.2 and
2.4.4). An accessibility review found the poster and the flyer of one language titled alike,
French and Arabic titles ending in the office's English name, and the French flyer's
helpline described as "+00 000 000 000" alone. The office is the tests' fictional Rosea,
its names the test's own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pikepdf

from ..kits import cli
from ..offices.kit import HELPLINE, ROSEA, office_kit

# Rosea printing English, French and Arabic, with a French name for its titles (`names:`)
# and an Arabic name it prints (`fields_by_language:`), but no French one it prints
OFFICE = ROSEA.replace("languages: [en, ar]", "languages: [en, fr, ar]").replace(
    "fields_by_language:\n  ar: {office_name: Rosea AR}\n",
    "names: {fr: Bureau d'essai Rosea}\n"
    "fields_by_language:\n  ar: {office_name: مكتب روزيا التجريبي}\n",
)
ROSEA_EN = "Rosea Test Office"
ROSEA_AR = "مكتب روزيا التجريبي"
THEMES = {
    "en": "Leave No Child Behind in the Fight Against Human Trafficking",
    "fr": "Ne laisser aucun enfant de côté dans la lutte contre la traite des êtres humains",
    "ar": "عدم ترك أي طفل خلف الركب في مكافحة الاتجار بالأشخاص",
}
# the badge's words (`badge` of each strings file)
BADGE = {
    "en": "End human trafficking",
    "fr": "Mettons fin à la traite",
    "ar": "أوقفوا الاتجار بالبشر",
}


def said(path: Path) -> tuple[str, str, list[tuple[str, str, str | None]]]:
    """A digital PDF's Info Title, its catalogue's /Lang, and each link annotation's URI,
    /Contents and its Link element's /Lang (None where it has none), page by page."""
    with pikepdf.open(path) as pdf:
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        links = []
        for page in pdf.pages:
            for a in page.get("/Annots", []):
                if a.get("/Subtype") != "/Link":
                    continue
                element = tree[int(a.StructParent)]
                lang = str(element.Lang) if "/Lang" in element else None
                links.append((str(a.A.URI), str(a.Contents), lang))
        return str(pdf.docinfo.Title), str(pdf.Root.Lang), links


def build(kit: Path, out: Path, langs: str, only: str) -> Path:
    code, text = cli(
        "build", "--kit", kit, "--office", "rosea", "--lang", langs, "--only", only,
        "--no-png", "-o", out,
    )  # fmt: skip
    assert code == 0, text
    return out / "rosea"


def test_each_title_names_its_heading_material_and_office_in_its_language(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """ "<heading>, <material>, <office>", joined by the language's list separator (the
    Arabic comma): the material by its layout's title in English, else by its size in
    millimetres (a badge by its face); the office by its `names:` entry for the language
    (fr), else the name it prints in the language (ar), else its English `name:` in English
    alone. Poster and flyer of one language had one title, and the French and Arabic ones
    ended in "Rosea Test Office"."""
    kit = office_kit(kit_copy, OFFICE)
    folder = build(kit, tmp_path / "out", "en,fr,ar", "poster-a3,flyer-a5,badge-58")
    office = {"en": ROSEA_EN, "fr": "Bureau d'essai Rosea", "ar": ROSEA_AR}
    materials = {
        "poster-a3": {"en": "Poster A3", "fr": "297 × 420 mm", "ar": "297 × 420 mm"},
        "flyer-a5": {"en": "Flyer A5", "fr": "148 × 210 mm", "ar": "148 × 210 mm"},
        "badge-58": {"en": "Badge 58 mm", "fr": "58 mm", "ar": "58 mm"},
    }
    comma = {"en": ", ", "fr": ", ", "ar": "\u060c "}
    for material, names in materials.items():
        for lang, name in names.items():
            heading = THEMES[lang] if material != "badge-58" else BADGE[lang]
            path = folder / material / f"{material}-{lang}-rosea-digital.pdf"
            title, doc_lang, _ = said(path)
            assert (title, doc_lang) == (
                comma[lang].join((heading, name, office[lang])),
                lang,
            ), path.name

    # without the French name and the Arabic printed one: no office in either title (the
    # English name is English words), the English title keeps it
    bare = OFFICE.replace("names: {fr: Bureau d'essai Rosea}\n", "").replace(
        f"  ar: {{office_name: {ROSEA_AR}}}\n", "  fr: {}\n"
    )
    (kit / "materials/offices/rosea.yaml").write_text(bare, encoding="utf-8")
    folder = build(kit, tmp_path / "bare", "en,fr,ar", "poster-a3")
    titles = {
        lang: said(folder / "poster-a3" / f"poster-a3-{lang}-rosea-digital.pdf")[0]
        for lang in ("en", "fr", "ar")
    }
    assert titles == {
        "en": f"{THEMES['en']}, Poster A3, {ROSEA_EN}",
        "fr": f"{THEMES['fr']}, 297 × 420 mm",
        "ar": f"{THEMES['ar']}\u060c 297 × 420 mm",
    }


def test_a_link_is_described_by_its_languages_label_else_the_heading_over_it(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The kit's strings have no link_phone, link_website or link_email: each printed
    address's link is described by the subheading printed over it (WCAG technique H80), in
    the page's language: "Comment signaler: +00 000 000 000" where it was the number alone.
    The Link says that language where its paragraph's is another (the Arabic page's web
    and e-mail addresses are paragraphs in English, their descriptions Arabic); the QR
    code's link is its figure's words, in English on the Arabic page. A label in the
    page's own language wins (fr.yaml's link_phone here: "Téléphone"). The front's
    helpline and form are under "What you can do", the back's under "How to report", its
    e-mail under "Contact"."""
    kit = office_kit(
        kit_copy,
        OFFICE.replace(
            "  report_url: https://report.example.org/form\n",
            "  report_url: https://report.example.org/form\n  email: rosea@example.org\n",
        ),
    )
    folder = build(kit, tmp_path / "out", "en,fr,ar", "flyer-a5")
    tel, form = "tel:" + HELPLINE.replace(" ", "-"), "https://report.example.org/form"
    mail, qr = "mailto:rosea@example.org", "https://example.org/rosea"
    heads = {
        "en": ("What you can do", "How to report", "Contact"),
        "fr": ("Ce que vous pouvez faire", "Comment signaler", "Contact"),
        "ar": ("ما يمكنكم فعله", "كيفية الإبلاغ", "للتواصل"),
    }
    for lang, (front, report, contact) in heads.items():
        path = folder / "flyer-a5" / f"flyer-a5-{lang}-rosea-digital.pdf"
        ar, en = ("ar", "en") if lang == "ar" else (None, None)
        assert said(path)[2] == [
            (tel, f"{front}: {HELPLINE}", None),
            (form, f"{front}: report.example.org/form", ar),
            (qr, "example.org/rosea", en),
            (tel, f"{report}: {HELPLINE}", None),
            (form, f"{report}: report.example.org/form", ar),
            (mail, f"{contact}: rosea@example.org", ar),
            (qr, "example.org/rosea", en),
        ], lang

    fr = kit / "materials/strings/fr.yaml"
    text = fr.read_text(encoding="utf-8")
    fr.write_text(
        text.replace(
            "  contact_title:\n", "  link_phone:\n    text: Téléphone\n  contact_title:\n"
        ),
        encoding="utf-8",
    )
    folder = build(kit, tmp_path / "labelled", "fr", "flyer-a5")
    links = said(folder / "flyer-a5" / "flyer-a5-fr-rosea-digital.pdf")[2]
    assert [c for u, c, _ in links if u == tel] == [f"Téléphone: {HELPLINE}"] * 2
    assert [c for u, c, _ in links if u == form] == [
        "Ce que vous pouvez faire: report.example.org/form",
        "Comment signaler: report.example.org/form",
    ]
