"""Validation: each broken snippet gives the exact message at the exact place, all at once."""

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import DiagnosticsError
from campaign.kit import load_kit

POSTER = "materials/layouts/poster-a3.yaml"


def errors(kit: Path) -> str:
    """Every diagnostic of loading `kit`, with paths relative to the kit (as when run there)."""
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(kit)
    text = exc.value.render()
    for root in {str(kit.resolve()), str(kit)}:
        text = text.replace(root + "/", "")
    return text


def edit(kit: Path, rel: str, old: str, new: str) -> int:
    """Replace `old` by `new` once; return the line where `new` starts."""
    path = kit / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    at = text.index(old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[:at].count("\n") + 1


def test_default_kit_is_valid(root: Path) -> None:
    kit = load_kit(root)
    social = {f"social-{s}" for s in ("1080x1080", "1080x1350", "1080x1920", "1200x630")}
    assert set(kit.layouts) == {
        *(f"poster-{s}" for s in ("a1", "a2", "a3", "a4", "tabloid", "letter")),
        *(f"flyer-{s}" for s in ("a4", "a5", "a6", "letter", "half-letter")),
        *(f"event-flyer-{s}" for s in ("a4", "a5", "letter")),
        "event-poster-a3",
        "event-poster-tabloid",
        "event-poster-letter",
        "sticker-50",
        "badge-58",
        *(f"badge-{p}" for p in ("25mm", "32mm", "38mm", "44mm", "75mm")),
        *(f"badge-{p}" for p in ("1in", "1-25in", "1-5in", "1-75in", "2-25in", "3in")),
        "social-frame-1080",
        *social,
    }
    assert kit.campaign.languages[:6] == ("en", "fr", "es", "ar", "zh", "ru")
    assert set(kit.campaign.languages) == {
        c for c, lang in kit.languages.items() if not lang.pseudo
    }
    assert kit.layouts["badge-58"].badge is not None
    assert kit.layouts["badge-58"].badge.wrap == 6


@pytest.mark.parametrize(
    ("rel", "old", "new", "message"),
    [
        (
            POSTER,
            "valign: middle, role: heading,",
            "valing: middle, role: heading,",
            "error[schema.unknown-key]: unknown key 'valing' in text slot\n  hint: did you mean 'valign'?",
        ),
        (
            POSTER,
            "style: headline,",
            "style: headlin,",
            "error[ref.style]: unknown style 'headlin'\n  hint: did you mean 'headline'?",
        ),
        (
            POSTER,
            "fill: light,",
            "fill: lihgt,",
            "error[ref.colour]: unknown colour 'lihgt'\n  hint: did you mean 'light'?",
        ),
        (
            POSTER,
            "kind: hearts,",
            "kind: heart,",
            "error[schema.choice]: slot kind must be one of shape, text, "
            "arc-text, svg, image, qr, hearts (got 'heart')\n  hint: did you mean 'hearts'?",
        ),
        (
            POSTER,
            "frame: {start: 22, top: 266, width: 253, height: 34}",
            "frame: {start: 22, top: 266, width: 253}",
            "error[schema.value]: frame of slot 'fact' needs exactly two of top, height, bottom (got top)",
        ),
        (
            POSTER,
            "asset: heart-white.svg",
            "asset: ../../etc/passwd",
            "error[ref.asset]: asset '../../etc/passwd' is outside the "
            "kit's assets/ folder\n  hint: use a path relative to assets/, without '..'",
        ),
        (
            POSTER,
            "link: blueheart",
            "link: bluehart",
            "error[ref.link]: unknown link 'bluehart' in slot 'qr'\n  hint: did you mean 'blueheart'?",
        ),
        (
            POSTER,
            "string: fact_source",
            "string: fact_sauce",
            "error[ref.string]: unknown string 'fact_sauce' in slot 'source'\n"
            "  hint: did you mean 'fact_source'?",
        ),
        (
            POSTER,
            "fill: light,",
            'fill: "#ff0000",',
            "error[ref.colour]: unknown colour '#ff0000'\n  hint: colours are: ",
        ),
        (
            POSTER,
            "frame: {start: 22, top: 266, width: 253, height: 34}",
            "frame: {start: 22, top: 266, width: 253mm, height: 34}",
            "error[schema.type]: 'width' in frame of slot 'fact' must be a number >= 0 and <= "
            "10000 (got "
            "'253mm')\n  hint: write numbers without their unit, in mm: 253, not 253mm",
        ),
        (  # a designer's trial: 4cm was told "write the number alone: 4", which is 4 mm
            POSTER,
            "frame: {start: 22, top: 266, width: 253, height: 34}",
            "frame: {start: 4cm, top: 266, width: 253, height: 34}",
            "error[schema.type]: 'start' in frame of slot 'fact' must be a number >= -100 and "
            "<= 10000 (got "
            "'4cm')\n  hint: write numbers without their unit, in mm: 40, not 4cm",
        ),
        (  # a physical edge: the frame's logical one (a designer's trial: the keys listed)
            POSTER,
            "frame: {start: 22, top: 266, width: 253, height: 34}",
            "frame: {left: 22, top: 266, width: 253, height: 34}",
            "error[schema.unknown-key]: unknown key 'left' in frame of slot 'fact'\n  hint: "
            "write 'start' for 'left': a frame's edges are start and end, the left and right "
            "of a left-to-right page, mirrored on a right-to-left one (unless the slot is "
            "pinned)",
        ),
        (
            "materials/campaign.yaml",
            "cmyk: [100, 80, 25, 50]",
            "cmyk: [100, 90, 80, 50]",
            "error[schema.value]: colour 'navy' has 320 % total ink; the limit is 300 %\n"
            "  hint: lower C, M or Y; keep K for depth",
        ),
        (
            "materials/campaign.yaml",
            "cmyk: [0, 30, 95, 0]",
            "cmyk: [0, 0.3, 0.95, 0]",
            "error[schema.value]: colour 'accent' has cmyk [0, 0.3, 0.95, 0]: per cent of each "
            "ink, so at most 1 % of any, which prints as the paper's white\n"
            "  hint: write per cent, 0 to 100: cmyk: [0, 30, 95, 0]",
        ),
        (
            "materials/offices/east-africa.yaml",
            "languages: [en, sw, am, so]",
            'colours: {red: {cmyk: [0, 100, 100, 0], rgb: "#FF0000"}}\nlanguages: [en, sw, am, so]',
            "error[schema.unknown-key]: unknown key 'colours' in east-africa.yaml\n"
            "  hint: 'colours' is a key of materials/campaign.yaml, not of an office's file "
            "(materials/offices/)",
        ),
        (  # a typo that is another file's key: the near key first (it was left out: review)
            "materials/offices/east-africa.yaml",
            "languages: [en, sw, am, so]",
            "language: [en, sw, am, so]",
            "error[schema.unknown-key]: unknown key 'language' in east-africa.yaml\n"
            "  hint: did you mean 'languages'?\n"
            "  hint: 'language' is a key of a strings file (materials/strings/), not of an "
            "office's file (materials/offices/)",
        ),
        (
            "materials/campaign.yaml",
            'rgb: "#EEF5FC"',
            'rgb: "EEF5FC"',
            "error[schema.value]: 'rgb' of colour 'light' must be a hex colour like \"#0A4DA2\" (got 'EEF5FC')",
        ),
        (
            "materials/strings/fr.yaml",
            "language: fr",
            "language: fra",
            "error[schema.value]: language 'fra' is French's 3-letter code: BCP 47 (and the "
            "file name 'fr.yaml') writes it 'fr'\n  hint: write language: fr",
        ),
        (  # ISO 639-3's Haitian Creole: renaming the file to hat.yaml made a second one
            "materials/strings/ht.yaml",
            "language: ht",
            "language: hat",
            "error[schema.value]: language 'hat' is Haitian Creole's 3-letter code: BCP 47 (and "
            "the file name 'ht.yaml') writes it 'ht'\n  hint: write language: ht",
        ),
        (  # another language's code altogether: the file or the code is wrong
            "materials/strings/fr.yaml",
            "language: fr",
            "language: de",
            "error[schema.value]: language 'de' does not match the file name "
            "'fr.yaml'\n  hint: rename the file to de.yaml or fix 'language'",
        ),
        (
            "materials/layouts/sticker-50.yaml",
            "cut_radius: 3}",
            "cut_radius: 30}",
            "error[schema.value]: cut_radius 30 mm is more than half the trim's shorter side "
            "(25 mm)\n  hint: set cut_radius to at most 25",
        ),
        (
            "materials/layouts/badge-58.yaml",
            "kind: badge\n",
            "marks: {cut_contour: true}\nkind: badge\n",
            "error[schema.value]: a badge is cut by its press's die: it has no cut_contour\n"
            "  hint: remove cut_contour (a badge's print PDF draws its press's cut circle as "
            "its die line, and a gang sheet each badge's: python generate.py sheet)",
        ),
        (
            "materials/presses/58mm.yaml",
            "cut: 70\n",
            "cut: 50\n",
            "error[schema.value]: the cut diameter (50 mm) must be larger than "
            "the face (58 mm)\n  hint: cut = face + 2 x wrap",
        ),
    ],
)
def test_error_message(
    kit_copy: Callable[..., Path], rel: str, old: str, new: str, message: str
) -> None:
    kit = kit_copy()
    line = edit(kit, rel, old, new)
    rendered = errors(kit)
    assert message in rendered, rendered
    # the message names the file and the line of the mistake (columns: see tests/load)
    first = re.escape(message.splitlines()[0])
    assert re.search(rf"^{re.escape(rel)}:{line}:\d+: {first}$", rendered, re.M), rendered


def test_missing_strings_fall_back_with_one_warning(
    kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    kit = kit_copy()
    edit(
        kit,
        "materials/strings/fr.yaml",
        "  badge:\n    text: Mettons fin à la traite\n    source: End human trafficking\n",
        "",
    )
    monkeypatch.chdir(kit)
    kit_model = load_kit(kit)
    (warning,) = [w for w in kit_model.warnings if w.code == "strings.missing"]
    assert [w for w in kit_model.warnings if w.code == "strings.unused"] == []
    assert warning.render() == (
        "materials/strings/fr.yaml:1:1: warning[strings.missing]: [fr]: fr.yaml lacks 1 "
        "string(s) that en.yaml has: badge; until translated, the English text stands in "
        "(printed, or read out where it is a picture's alt:)\n"
        "  hint: translate them: `python generate.py strings export --lang fr` lists it, marked "
        '"to translate", '
        "in a file for a translator, and `strings import` reads it back (with --strict this "
        "is an error)"
    )
    # the French badge prints with the English text; every other language is untouched
    code, out = cli(
        "build",
        "--kit",
        str(kit),
        "-o",
        str(tmp_path / "out"),
        "--lang",
        "fr",
        "--only",
        "badge-58",
        "--png-ppi",
        "10",
    )
    assert code == 0, out
    assert out.count("warning[strings.missing]") == 1
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(tmp_path / "out/badge-58/badge-58-fr-digital.pdf")[0]
    # the English text as en.yaml writes it (the digital PDF reads a text in capitals as written)
    # (a line broken at a space ends with it: words joined by white space)
    assert "End human trafficking" in " ".join(page.get_textpage().get_text_range().split())
    code, out = cli(
        "build",
        "--kit",
        str(kit),
        "-o",
        str(tmp_path / "out2"),
        "--lang",
        "fr",
        "--only",
        "badge-58",
        "--strict",
    )
    assert code == 1
    assert "error[strings.missing]" in out
    assert not (tmp_path / "out2").exists()


def test_a_misspelt_key_is_the_missing_strings_warning_at_that_key(
    kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`badje:` in fr.yaml: one warning at that key, that badge prints in English and says
    "did you mean 'badge'?". A translator's `cta_jion:` was told at fr.yaml:1:1 that cta_join
    prints in English, and by a second warning at the key (`strings.unused`) that it is
    never used (a Tbilisi office's trial). A key lacking with no key near it is told as
    before, in the same file."""
    kit = kit_copy()
    edit(kit, "materials/strings/fr.yaml", "  badge:", "  badje:")
    edit(kit, "materials/strings/fr.yaml", "  hashtags:", "  spare: x\n  hashtags:")
    edit(kit, "materials/strings/fr.yaml", "  cta_title:", "  cta_titel:")
    edit(kit, "materials/strings/fr.yaml", "  cta_join:\n", "  cta_jion:\n")
    edit(kit, "materials/strings/fr.yaml", "  qr_label:", "  qr_labels:")
    edit(kit, "materials/strings/fr.yaml", "  day:\n", "  day_of:\n")
    # and a key lacking with no key near it: told as before, at the file's start
    figure = "  fact_figure:\n    text: 1 sur 3\n    source: 1 in 3\n"
    edit(kit, "materials/strings/fr.yaml", figure, "")
    monkeypatch.chdir(kit)
    kit_model = load_kit(kit)
    said = [
        w.render()
        for w in kit_model.warnings
        if w.code in ("strings.missing", "strings.unused")
        and w.mark is not None
        and w.mark.path.name == "fr.yaml"
    ]

    def misspelt(key: str, meant: str, line: int) -> str:
        return (
            f"materials/strings/fr.yaml:{line}:3: warning[strings.missing]: [fr]: string "
            f"'{key}' is not in en.yaml, and fr.yaml lacks its '{meant}': that one prints in "
            "English, and this text nowhere\n"
            f"  hint: did you mean '{meant}'? spell the key as en.yaml does ({meant}:), and "
            "this text prints in its place (with --strict this is an error)"
        )

    assert said == [
        "materials/strings/fr.yaml:1:1: warning[strings.missing]: [fr]: fr.yaml lacks 1 "
        "string(s) that en.yaml has: fact_figure; until translated, the English text stands "
        "in (printed, or read out where it is a picture's alt:)\n"
        "  hint: translate them: `python generate.py strings export --lang fr` lists it, marked "
        '"to translate", in a file for a translator, and `strings import` reads it back (with '
        "--strict this is an error)",
        misspelt("day_of", "day", 11),
        misspelt("cta_titel", "cta_title", 29),
        misspelt("cta_jion", "cta_join", 42),
        misspelt("qr_labels", "qr_label", 45),
        misspelt("badje", "badge", 58),
        "materials/strings/fr.yaml:61:3: warning[strings.unused]: string "
        "'spare' is not in en.yaml and is never used",
    ]


def test_a_new_languages_missing_strings_are_named_once_and_counted(
    kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A language that lacks most keys (a file `new language` made, one text translated) is
    one warning naming the first 12 keys once, the count of the others, and the command that
    lists them all: it named all 26 twice (the subject and the message), 900 characters on
    one line (an office's trial)."""
    kit = kit_copy(
        **{
            "materials/strings/kk.yaml": "language: kk\nname: Kazakh\nstatus: draft\nstrings:\n"
            "  badge:\n    text: Адам саудасын тоқтат\n"
        }
    )
    monkeypatch.chdir(kit)
    (warning,) = [w for w in load_kit(kit).warnings if w.code == "strings.missing"]
    assert warning.render() == (
        "materials/strings/kk.yaml:1:1: warning[strings.missing]: [kk]: kk.yaml lacks 26 "
        "string(s) that en.yaml has: day, theme, fact_figure, fact, fact_source, cta_title, "
        "cta, cta_donate, cta_join, qr_label, qr_label_tel, qr_label_mailto and 14 more; until "
        "translated, the English text stands in (printed, or read out where it is a picture's "
        "alt:)\n"
        "  hint: translate them: `python generate.py strings export --lang kk` lists all 26, "
        'marked "to '
        'translate", in a file for a translator, and `strings import` reads it back (with '
        "--strict this is an error)"
    )
    assert "emblem_alt" not in warning.render()  # the 15th key: counted, not named
    assert warning.as_json()["subject"] == {"language": "kk"}


def cli(*args: str) -> tuple[int, str]:
    from click.testing import CliRunner

    from campaign.cli import main

    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_all_errors_reported_together(kit_copy: Callable[..., Path]) -> None:
    kit = kit_copy()
    edit(kit, POSTER, "style: headline,", "style: headlin,")
    edit(kit, POSTER, "fill: light,", "fill: lihgt,")
    edit(kit, "materials/layouts/flyer-a5.yaml", "kind: flyer", "kind: flier")
    msg = errors(kit)
    assert "unknown style 'headlin'" in msg
    assert "unknown colour 'lihgt'" in msg
    assert (
        "'kind' in flyer-a5.yaml must be one of poster, flyer, badge, social (got 'flier')" in msg
    )
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(kit)
    assert str(exc.value).endswith("\n3 error(s)")  # the count as a command prints it


def test_unknown_language_in_campaign(kit_copy: Callable[..., Path]) -> None:
    kit = kit_copy()
    edit(kit, "materials/campaign.yaml", "languages: [en, fr, es,", "languages: [en, fr, esp,")
    msg = errors(kit)
    assert (
        "error[ref.language]: language 'esp' is listed in campaign.yaml but has no strings file"
        in msg
    )
    assert "hint: did you mean 'es'?" in msg


def test_a_new_language_is_one_strings_file(kit_copy: Callable[..., Path]) -> None:
    """Hebrew has no file in the kit: adding one is all it takes (script, direction and fonts
    follow from the code)."""
    from campaign.build import check

    kit = kit_copy()
    en = (kit / "materials/strings/en.yaml").read_text(encoding="utf-8")
    he = en.replace("language: en", "language: he").replace("name: English", "name: Hebrew")
    for line in (
        "text: Leave No Child Behind in the Fight Against Human Trafficking",
        "text: Join the Blue Heart Campaign.",
    ):
        he = he.replace(line, "text: אל תשאירו אף ילד מאחור במאבק בסחר בבני אדם")
    (kit / "materials/strings/he.yaml").write_text(he, encoding="utf-8")
    loaded, jobs, _ = check(kit, ("he",), ("poster-a3",))
    lang = loaded.languages["he"]
    assert (lang.script, lang.direction) == ("Hebr", "rtl")
    headline = next(i for i in jobs[0].page.text_items() if i.slot == "headline")
    fonts = {r.face.family for ln in headline.text.lines for r in ln.runs}
    assert fonts == {"NotoSansHebrew"}
    assert all(ln.runs[0].rtl for ln in headline.text.lines)


@pytest.mark.parametrize(
    ("svg", "message"),
    [
        (
            '<svg xmlns="http://www.w3.org/2000/svg">\n<rect width="1"\n</svg>',
            "assets/heart-white.svg:3:1: error[svg.read]: failed to read SVG (",
        ),
        (
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n'
            '<image xlink:href="file:///etc/passwd" width="1" height="1"/></svg>',
            "assets/heart-white.svg:2:1: error[svg.read]: SVG refers to an outside file or address "
            "('file:///etc/passwd')\n  hint: draw it in the SVG, or put an image in an image slot "
            "(kind: image)",
        ),
    ],
)
def test_svg_is_read_safely(kit_copy: Callable[..., Path], svg: str, message: str) -> None:
    kit = kit_copy()
    (kit / "assets/heart-white.svg").write_text(svg)
    assert message in errors(kit)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 30, "PNG"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 30, "JPEG"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WebP"),
    ],
)
def test_a_raster_image_in_an_svg_slot_names_the_slot_kind(
    kit_copy: Callable[..., Path], data: bytes, kind: str
) -> None:
    """A PNG where SVG art goes said "Start tag expected, '<' not found" and to check the
    markup."""
    kit = kit_copy()
    (kit / "assets/heart-white.svg").write_bytes(data)
    assert (
        f"assets/heart-white.svg:1:1: error[svg.read]: heart-white.svg is a {kind} image, not "
        "SVG art\n  hint: place it in a slot of kind: image (pixels: photos, logos as PNG), or "
        "export the art as SVG for this slot"
    ) in errors(kit)


VECTOR_HINT = (
    "  hint: export the art as SVG with its text as outlines (Inkscape opens a PDF or EPS file "
    "and saves it as Plain SVG; Illustrator: File > Export > Export As > SVG{tool}) for a slot "
    "of kind: svg, or as a PNG at 300 ppi of its printed size for a slot of kind: image"
)


@pytest.mark.parametrize(
    ("data", "kind", "tool"),
    [
        (b"%PDF-1.7\n", "a PDF", "; or `pdftocairo -svg heart-white.svg heart-white.svg`"),
        (b"%!PS-Adobe-3.0 EPSF-3.0\n", "an EPS", ""),
        (b"\xc5\xd0\xd3\xc6" + b"\x00" * 28, "an EPS", ""),  # with a DOS preview header
    ],
)
def test_vector_art_of_other_tools_in_an_svg_slot_is_told_how_to_export_it(
    kit_copy: Callable[..., Path], data: bytes, kind: str, tool: str
) -> None:
    """A logo sent as PDF (or EPS, or an Illustrator file, which is either) where SVG art goes
    was told to "place it in a slot of kind: image", which reads no PDF either (a trial)."""
    kit = kit_copy()
    (kit / "assets/heart-white.svg").write_bytes(data)
    assert (
        f"assets/heart-white.svg:1:1: error[svg.read]: heart-white.svg is {kind} file, not SVG "
        "art\n" + VECTOR_HINT.format(tool=tool)
    ) in errors(kit)


def test_an_svg_error_is_its_own_not_an_earlier_parse_s(kit_copy: Callable[..., Path]) -> None:
    """libxml2 keeps every parse's errors in one log per thread: an SVG's error was named at
    the first error of XML parsed before it in the process (an XLIFF a translator sent)."""
    from lxml import etree

    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring(b"<a>\n\n\n\n<b></a>")  # an error at line 5
    kit = kit_copy()
    (kit / "assets/heart-white.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg">\n<rect width="1"\n</svg>'
    )
    assert "assets/heart-white.svg:3:1: error[svg.read]: failed to read SVG (" in errors(kit)


@pytest.mark.parametrize(
    "entity",
    ['<!ENTITY x "boom">', '<!ENTITY x SYSTEM "file:///etc/hostname">'],
)
def test_svg_entities_are_not_expanded(kit_copy: Callable[..., Path], entity: str) -> None:
    """An internal or external entity is neither expanded nor an error: the kit loads, and the
    <desc> keeps the bare entity reference `&x;` with nothing read into it."""
    from lxml import etree

    from campaign.svgart import parse_svg

    kit = kit_copy()
    art = kit / "assets/heart-white.svg"
    art.write_text(
        f'<!DOCTYPE svg [{entity}]><svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">'
        '<desc>&x;</desc><rect width="1" height="1"/></svg>'
    )
    loaded = load_kit(kit)
    assert loaded.layouts["poster-a3"].slots[2].name == "emblem"
    desc = parse_svg(art)[0]
    assert desc.text is None
    assert [(type(c), c.name) for c in desc] == [(etree._Entity, "x")]
    assert etree.tostring(desc) == b'<desc xmlns="http://www.w3.org/2000/svg">&x;</desc>'


def test_a_cut_radius_without_a_die_line_is_a_warning(kit_copy: Callable[..., Path]) -> None:
    from campaign.kit import load_kit

    kit = kit_copy()
    line = edit(
        kit, "materials/layouts/sticker-50.yaml", "cut_contour: true,", "cut_contour: false,"
    )
    warned = [d.render() for d in load_kit(kit).warnings if d.code == "schema.value"]
    path = kit / "materials/layouts/sticker-50.yaml"
    assert warned == [
        f"{path}:{line + 1}:21: warning[schema.value]: cut_radius rounds the die line, and "
        "there is none: it changes nothing\n  hint: add cut_contour: true beside it, or remove it"
    ]


def test_a_colour_value_where_a_name_goes_says_how_to_add_one(
    kit_copy: Callable[..., Path],
) -> None:
    """A designer wrote `fill: "#ff0000"`: the error listed the names and said nothing of
    how to add a colour."""
    kit = kit_copy()
    edit(kit, POSTER, "fill: light,", 'fill: "#ff0000",')
    rendered = errors(kit)
    assert (
        "; a new one is added under `colours:` in campaign.yaml, with its cmyk: (print) and "
        "rgb: (screens), and named here"
    ) in rendered, rendered
