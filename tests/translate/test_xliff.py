"""What a text editor or a CAT tool can do to an XLIFF file: the mistakes of hand-edited XML
(a bare `&` or `<`, HTML's `&nbsp;`) named in plain words at their line and column, every one
at once; inline elements in a translation (`<br/>`, `<ph/>`, `<pc>`) refused at their place,
where their words were joined without a word."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from ..kits import cli

NS = "{urn:oasis:names:tc:xliff:document:2.0}"


@pytest.fixture
def kit(kit_copy: Callable[..., Path]) -> Path:
    return kit_copy()


def export(root: Path, path: Path, code: str = "fr") -> Path:
    status, out = cli("strings", "export", "--lang", code, "--kit", root, "-o", path)
    assert status == 0, out
    return path


def refused(root: Path, path: Path) -> str:
    strings = root / "materials/strings"
    before = {p.name: p.read_bytes() for p in strings.iterdir()}
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 1, out
    assert {p.name: p.read_bytes() for p in strings.iterdir()} == before
    return out


def target_line(path: Path, key: str) -> int:
    """The line of unit `key`'s <target> (the export writes one a line)."""
    unit = etree.parse(str(path)).find(f".//{NS}unit[@id='{key}']")
    return unit.find(f"{NS}segment/{NS}target").sourceline


def with_targets(path: Path, targets: dict[str, str]) -> dict[str, int]:
    """The file with each key's <target> line written as a text editor would (`targets`:
    what goes between the tags, as typed); returns each key's line."""
    lines = path.read_text(encoding="utf-8").split("\n")
    at = {key: target_line(path, key) for key in targets}
    for key, inner in targets.items():
        assert lines[at[key] - 1].startswith("        <target>"), lines[at[key] - 1]
        lines[at[key] - 1] = f"        <target>{inner}</target>"
    path.write_text("\n".join(lines), encoding="utf-8")
    return at


def test_a_text_editors_mistakes_are_named_in_plain_words(kit: Path, tmp_path: Path) -> None:
    """A translator's `연락처 & 문의` typed into the file was lxml's `xmlParseEntityRef: no
    name, line 502, column 22`, with the hint to open the file in an XLIFF editor; a `<` and
    HTML's `&nbsp;` said as little. Each is said plainly, at the character itself (libxml2
    names the one after it, in characters), and all of them at once."""
    path = export(kit, tmp_path / "fr.xlf")
    at = with_targets(
        path,
        {
            "contact_title": "연락처 & 문의",
            "fact_figure": "1 sur 3 < moitié",
            "badge": "Mettons fin&nbsp;à la traite",
            "cta_title": "R&D",
        },
    )
    out = refused(kit, path)
    amp = "  hint: write '&amp;' for it (an XLIFF editor writes it so itself)\n"
    expected = {
        "contact_title": (
            f"{path}:{at['contact_title']}:21: error[translate.read]: line "
            f"{at['contact_title']} of fr.xlf: a '&' of the text (\u201c연락처 & 문의\u201d) "
            "must be written '&amp;' in XML: a bare '&' begins a reference such as '&amp;' "
            "itself\n" + amp
        ),
        "fact_figure": (
            f"{path}:{at['fact_figure']}:25: error[translate.read]: line {at['fact_figure']} "
            "of fr.xlf: a '<' of the text (\u201c1 sur 3 < moitié\u201d) must be written "
            "'&lt;' in XML: a bare '<' begins a tag\n"
            "  hint: write '&lt;' for it (an XLIFF editor writes it so itself)\n"
        ),
        "badge": (
            f"{path}:{at['badge']}:28: error[translate.read]: line {at['badge']} of fr.xlf: "
            "'&nbsp;' is HTML's no-break space, an entity XML does not know "
            "(\u201cMettons fin&nbsp;à la traite\u201d): XML has &amp;, &lt;, &gt;, &quot; and "
            "&apos; alone\n"
            "  hint: write the character itself, or '&#160;' (XML's reference to U+00A0)\n"
        ),
        "cta_title": (
            f"{path}:{at['cta_title']}:18: error[translate.read]: line {at['cta_title']} of "
            "fr.xlf: a '&' of the text (\u201cR&D\u201d) must be written '&amp;' in XML: "
            "a bare '&' begins a reference such as '&amp;' itself\n" + amp
        ),
    }
    in_order = sorted(expected, key=lambda key: at[key])
    assert out == "".join(expected[key] for key in in_order) + "4 error(s)\n", out


def test_a_file_cut_short_or_in_another_encoding_is_said_so(kit: Path, tmp_path: Path) -> None:
    """libxml2's "Premature end of data in tag unit line 40" and "Invalid bytes in character
    encoding" said what the parser met, not what happened to the file."""
    path = export(kit, tmp_path / "fr.xlf")
    data = path.read_bytes()
    cut = data[: data.index(b"</unit>", len(data) // 2)]  # a copy that stopped half way
    path.write_bytes(cut)
    unit = max(
        n for n, line in enumerate(cut.split(b"\n"), 1) if line.lstrip().startswith(b"<unit ")
    )
    out = refused(kit, path)
    assert out.endswith(
        f": error[translate.read]: fr.xlf ends before <unit>, opened on line {unit}, is closed: "
        "the file was cut short\n"
        "  hint: save it again from the XLIFF editor, or export it anew\n1 error(s)\n"
    ), out
    assert out.count("error[") == 1, out
    badge = data[: data.index(b"Mettons fin")].count(b"\n") + 1
    path.write_bytes(data.replace("à la traite".encode(), "\xe0 la traite".encode("cp1252"), 1))
    out = refused(kit, path)
    assert out == (
        f"{path}:{badge}:29: error[translate.read]: fr.xlf is not UTF-8 text: byte 0xE0 at "
        "column 29, which is 'à' in Windows-1252\n"
        "  hint: save it as UTF-8 (an XLIFF editor does; in a text editor, choose the encoding "
        "UTF-8), or export it anew\n1 error(s)\n"
    ), out


def test_a_file_with_two_byte_order_marks_is_read(kit: Path, tmp_path: Path) -> None:
    """An editor that adds a byte order mark at each save left two: libxml2 said "Start tag
    expected, '<' not found" at line 1."""
    path = export(kit, tmp_path / "fr.xlf")
    with_targets(path, {"badge": "Stop à la traite"})
    path.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + path.read_bytes())
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert "changed: badge" in out


def test_an_inline_element_in_a_translation_is_refused_at_its_tag(
    kit: Path, tmp_path: Path
) -> None:
    """`<target>인신매매를 끝내자<br/>지금</target>` was imported as "인신매매를 끝내자지금": the
    element dropped without a word and the words run together (a translator's trial). Each
    inline element the kit's plain texts cannot hold is named at its tag, with what it does;
    nothing is imported."""
    path = export(kit, tmp_path / "fr.xlf")
    at = with_targets(
        path,
        {
            "badge": "Mettons fin<br/>à la traite",
            "cta_title": 'Ce que vous <ph id="1"/>pouvez <ph id="2"/>faire',
            "fact_figure": '1 sur <pc id="1">3</pc>',
            "contact_title": 'Contact <g id="1">ici</g><x id="2"/>',
        },
    )
    out = refused(kit, path)
    dropped = "the kit's texts are plain text, and it would be dropped"
    code = "an inline code, which stands for markup of the original document"
    other = "an element XLIFF 2.0 has not in a text (HTML's, or XLIFF 1.2's)"
    remove = (
        "  hint: remove it, and write as text what it stands for (a space, a word), if anything\n"
    )
    expected = {
        "badge": (
            f"{path}:{at['badge']}:28: error[translate.inline]: 'badge': the translation has "
            f"<br/>, HTML's line break, which XLIFF has not: {dropped}, running \u201cfin\u201d "
            "and \u201cà\u201d together\n"
            "  hint: for a line break, break the line in the text itself (it prints as a "
            "forced line break); else write a space\n"
        ),
        "cta_title": (
            f"{path}:{at['cta_title']}:29: error[translate.inline]: 'cta_title': the "
            f"translation has <ph/>, {code}: {dropped}\n"
            + remove
            + f"{path}:{at['cta_title']}:48: error[translate.inline]: 'cta_title': the "
            f"translation has <ph/>, {code}: {dropped}\n" + remove
        ),
        "fact_figure": (
            f"{path}:{at['fact_figure']}:23: error[translate.inline]: 'fact_figure': the "
            f"translation has <pc>, {code}: {dropped} (its text kept)\n"
            "  hint: remove the <pc> tags, keep their text (emphasis is the layout's styles')\n"
        ),
        "contact_title": (
            f"{path}:{at['contact_title']}:25: error[translate.inline]: 'contact_title': the "
            f"translation has <g>, {other}: {dropped} (its text kept)\n"
            "  hint: remove the <g> tags, keep their text (emphasis is the layout's styles')\n"
            f"{path}:{at['contact_title']}:42: error[translate.inline]: 'contact_title': the "
            f"translation has <x/>, {other}: {dropped}\n" + remove
        ),
    }
    in_order = sorted(expected, key=lambda key: at[key])
    assert out == "".join(expected[key] for key in in_order) + "6 error(s)\n", out


def test_xliff_annotations_and_code_points_are_text(kit: Path, tmp_path: Path) -> None:
    """What XLIFF 2.0 defines as text is read as such: an annotation's (<mrk>, a term a CAT
    tool marks) text is the translation's, and <cp hex="00A0"/> the character it names."""
    path = export(kit, tmp_path / "fr.xlf")
    with_targets(
        path,
        {
            "badge": 'Mettons fin à la <mrk id="m1" type="term">traite</mrk>',
            "cta_title": 'Ce que vous<cp hex="00A0"/>pouvez faire',
        },
    )
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    import yaml

    texts = yaml.safe_load((kit / "materials/strings/fr.yaml").read_text(encoding="utf-8"))
    assert texts["strings"]["badge"]["text"] == "Mettons fin à la traite"
    assert texts["strings"]["cta_title"]["text"] == "Ce que vous\u00a0pouvez faire"
