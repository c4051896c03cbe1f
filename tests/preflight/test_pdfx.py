"""PDF/X-4 structure in every print PDF, and the built-in preflight's checks of it: one of
TrimBox/ArtBox, Info and XMP agreeing on every shared key, a tag per font subset (unique and
the same in every build)."""

from __future__ import annotations

import io
import re
from datetime import datetime
from pathlib import Path

import pikepdf
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from campaign.preflight import Expect, preflight
from campaign.preflight.pdfx import NAMESPACES
from tests.kits import build, mini_copy, out_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("pdfx")
    return build(ROOT, tmp / "out", "--only", "flyer-a5,badge-58", "--lang", "ar,zh", "--no-png")


def pdf_bytes(out: Path, material: str, lang: str) -> bytes:
    return (out / out_path(material, lang)).read_bytes()


@pytest.mark.parametrize(("material", "lang"), [("flyer-a5", "ar"), ("badge-58", "zh")])
def test_print_pdf_structure(built: Path, material: str, lang: str) -> None:
    data = pdf_bytes(built, material, lang)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            assert "/TrimBox" in page.obj
            assert "/ArtBox" not in page.obj
        assert "/Keywords" not in pdf.docinfo
        xmp = pdf.open_metadata()
        assert str(pdf.docinfo.Title) == xmp["dc:title"]
        assert str(pdf.docinfo.Producer) == xmp["pdf:Producer"]
        assert xmp["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        tags: dict[str, str] = {}
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                base = str(font.BaseFont)
                assert re.fullmatch(r"/[A-Z]{6}\+[A-Za-z0-9-]+", base), base
                assert base != "/AAAAAA+" + base[8:]
                program = font.FontDescriptor.FontFile2.read_raw_bytes()
                tags.setdefault(base, str(hash(program)))
                assert tags[base] == str(hash(program))  # one tag, one program
        assert len({t[1:7] for t in tags}) == len(tags)  # distinct tags
    assert preflight(data, Expect()).failures == []


def test_subset_tags_are_the_same_in_every_build(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    first = build(kit, tmp_path / "a", "--only", "text", "--no-png")
    second = build(kit, tmp_path / "b", "--only", "text", "--no-png")
    name = out_path("text", "ar")
    assert (first / name).read_bytes() == (second / name).read_bytes()


def broken(data: bytes, change: str) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0].obj
        if change == "artbox":
            page.ArtBox = page.TrimBox
        elif change == "keywords":
            pdf.docinfo["/Keywords"] = "trafficking"
        elif change == "title":
            pdf.docinfo["/Title"] = "Another title"
        elif change == "no-xmp":
            del pdf.Root.Metadata
        elif change == "tags":
            fonts = list(pdf.pages[0].Resources.Font.values())
            fonts[1].BaseFont = fonts[0].BaseFont
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_preflight_finds_each_pdfx_fault(built: Path) -> None:
    data = pdf_bytes(built, "flyer-a5", "ar")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        title = str(pdf.docinfo.Title)
        first = str(next(iter(pdf.pages[0].Resources.Font.values())).BaseFont)
    assert preflight(broken(data, "artbox"), Expect()).failures == [
        "page 1: both a TrimBox and an ArtBox (PDF/X-4 allows one)"
    ]
    assert preflight(broken(data, "keywords"), Expect()).failures == [
        "Info Keywords is 'trafficking' but XMP pdf:Keywords is None (PDF/X-4 wants them equal)"
    ]
    assert preflight(broken(data, "title"), Expect()).failures == [
        f"Info Title is 'Another title' but XMP dc:title is {title!r} (PDF/X-4 wants them equal)"
    ]
    assert preflight(broken(data, "no-xmp"), Expect()).failures == [
        "no XMP metadata: PDF/X-4 repeats the Info dictionary (title, tool, dates) in XMP "
        "(ISO 15930-7, 6.2.2); the file was not made as a PDF/X print file"
    ]  # one failure, not one per Info key (a proof sheet gave six)
    assert preflight(broken(data, "tags"), Expect()).failures == [
        f"2 font subsets share the tag {first[1:7]} ({first[8:]}): each subset needs its own"
    ]


DESC = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">{}</rdf:RDF></x:xmpmeta>'
)
PACKETS = {
    # every form XMP Part 1 allows for a property: an attribute, an element, a language
    # alternative (x-default anywhere, or none), an array, present but empty, spread over
    # two Descriptions
    "attributes": '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
    'pdf:Producer="Press" pdf:Trapped="False"/>',
    "elements": '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
    "<xmp:CreatorTool>Tool</xmp:CreatorTool><xmp:CreateDate> </xmp:CreateDate>"
    "</rdf:Description>",
    "alt": '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt>'
    '<rdf:li xml:lang="fr">Affiche</rdf:li><rdf:li xml:lang="x-default">Poster</rdf:li>'
    "</rdf:Alt></dc:title></rdf:Description>",
    "alt-first": '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>'
    '<rdf:Alt><rdf:li xml:lang="fr">Affiche</rdf:li><rdf:li xml:lang="en">Poster</rdf:li>'
    "</rdf:Alt></dc:title></rdf:Description>",
    # a prefix the packet never declares: read under its prefix, as pikepdf repairs it
    "undeclared": '<rdf:Description pdf:Producer="Press"><pdf:Keywords>k</pdf:Keywords>'
    "</rdf:Description>",
    "two": '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
    'pdf:Keywords="a, b"/><rdf:Description rdf:about="" '
    'xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">'
    "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion></rdf:Description>",
}


def with_packet(xml: str | None) -> pikepdf.Pdf:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    if xml is not None:
        stream = pikepdf.Stream(pdf, xml.encode())
        stream.Type, stream.Subtype = pikepdf.Name.Metadata, pikepdf.Name.XML
        pdf.Root.Metadata = stream
    return pdf


@pytest.mark.parametrize("name", sorted(PACKETS))
def test_xmp_values_are_pikepdfs(name: str) -> None:
    from campaign.preflight.pdfx import SHARED, xmp_values

    pdf = with_packet(DESC.format(PACKETS[name]))
    xmp = pdf.open_metadata()
    theirs = {p: str(xmp[p]) for p in SHARED.values() if p in xmp}
    assert theirs  # each packet holds some of the properties
    assert xmp_values(pdf, tuple(SHARED.values())) == theirs


def test_xmp_values_of_arrays_and_of_no_packet() -> None:
    from campaign.preflight.pdfx import xmp_values

    seq = (
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Seq>'
        "<rdf:li>One</rdf:li><!-- a comment --><rdf:li>Two</rdf:li></rdf:Seq></dc:title>"
        "</rdf:Description>"
    )
    assert xmp_values(with_packet(DESC.format(seq)), ("dc:title",)) == {"dc:title": "One; Two"}
    assert xmp_values(with_packet(None), ("dc:title",)) == {}
    assert xmp_values(with_packet("not XML at all"), ("dc:title",)) == {}
    assert xmp_values(with_packet("<a><b/></a>"), ("dc:title",)) == {}


def test_xmp_values_take_the_first_of_a_property_written_twice() -> None:
    """A property written twice (by a tool that appends instead of replacing): the first
    Description's, and in one Description its attribute before its element, its first
    element before a later one; a comment among the elements is no property, and a name
    whose prefix is not declared is read as written (the first Description's, though the
    second declares it)."""
    from campaign.preflight.pdfx import xmp_values

    xml = (
        '<rdf:Description xmlns:pdf="http://ns.adobe.com/pdf/1.3/" pdf:Producer="Attribute">'
        "<!-- a comment --><pdf:Producer>Element</pdf:Producer>"
        "<pdf:Keywords>first</pdf:Keywords><pdf:Keywords>second</pdf:Keywords>"
        "<xmp:CreatorTool>undeclared</xmp:CreatorTool></rdf:Description>"
        '<rdf:Description xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" pdf:Keywords="later">'
        "<pdf:Trapped>False</pdf:Trapped><xmp:CreatorTool>declared</xmp:CreatorTool>"
        "</rdf:Description>"
    )
    names = ("pdf:Producer", "pdf:Keywords", "pdf:Trapped", "xmp:CreatorTool", "dc:title")
    assert xmp_values(with_packet(DESC.format(xml)), names) == {
        "pdf:Producer": "Attribute",
        "pdf:Keywords": "first",
        "pdf:Trapped": "False",
        "xmp:CreatorTool": "undeclared",
    }


def test_preflight_compares_info_with_each_form_of_xmp(built: Path) -> None:
    """The title in XMP as a language alternative whose x-default is not first: read as
    x-default, so Info and XMP agree; the other item would not."""
    data = pdf_bytes(built, "flyer-a5", "ar")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        title = str(pdf.docinfo.Title)
        xml = pdf.Root.Metadata.read_bytes().decode()
        alt = re.search(r"<rdf:Alt>.*?</rdf:Alt>", xml, re.S)
        assert alt is not None
        swapped = (
            f'<rdf:Alt><rdf:li xml:lang="ar">other</rdf:li>'
            f'<rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt>'
        )
        pdf.Root.Metadata.write(xml.replace(alt[0], swapped).encode())
        out = io.BytesIO()
        pdf.save(out)
    assert preflight(out.getvalue(), Expect()).failures == []


@pytest.mark.parametrize(
    ("info", "xmp", "same"),
    [
        ("D:20250730120000Z", "2025-07-30T12:00:00Z", True),  # one instant, two forms
        ("D:20250730140000+02'00'", "2025-07-30T12:00:00Z", True),
        ("D:20250730120000Z", "2025-07-30T12:00:01Z", False),
        ("D:not a date", "someday", False),  # neither is a date: they differ as written
    ],
)
def test_info_and_xmp_dates_are_compared_as_instants(info: str, xmp: str, same: bool) -> None:
    from campaign.preflight.pdfx import check_pdfx
    from campaign.preflight.report import Report

    xml = f'<rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreateDate="{xmp}"/>'
    pdf = with_packet(DESC.format(xml))
    pdf.docinfo["/CreationDate"] = info
    rep = Report()
    check_pdfx(pdf, rep)
    assert rep.failures == (
        []
        if same
        else [
            f"Info CreationDate is {info!r} but XMP xmp:CreateDate is {xmp!r} "
            "(PDF/X-4 wants them equal)"
        ]
    )


@pytest.mark.parametrize(
    ("key", "prop"),
    [
        ("/Title", "dc:title"),
        ("/Creator", "xmp:CreatorTool"),
        ("/Producer", "pdf:Producer"),
        ("/Keywords", "pdf:Keywords"),
        ("/Trapped", "pdf:Trapped"),
        ("/GTS_PDFXVersion", "pdfxid:GTS_PDFXVersion"),
    ],
)
def test_each_info_key_is_compared_with_its_xmp_property(key: str, prop: str) -> None:
    """ISO 32000-1, 14.3.3, table 317 (and ISO 15930-7 for the PDF/X version): each Info key
    that XMP repeats must say the same there; Trapped is a name in Info, text in XMP."""
    from campaign.preflight.pdfx import check_pdfx
    from campaign.preflight.report import Report

    declared = " ".join(f'xmlns:{p}="{uri}"' for p, uri in NAMESPACES.items())
    pdf = with_packet(DESC.format(f'<rdf:Description {declared} {prop}="False"/>'))
    pdf.docinfo[key] = pikepdf.Name("/True") if key == "/Trapped" else "True"
    rep = Report()
    check_pdfx(pdf, rep)
    assert rep.failures == [
        f"Info {key[1:]} is 'True' but XMP {prop} is 'False' (PDF/X-4 wants them equal)"
    ]


def test_a_file_with_neither_xmp_nor_info_keys_has_nothing_to_compare() -> None:
    from campaign.preflight.pdfx import check_pdfx
    from campaign.preflight.report import Report

    rep = Report()
    check_pdfx(with_packet(None), rep)
    assert rep.failures == []


def test_the_subset_tags_of_cid_fonts_are_checked_too() -> None:
    """A Type0 font's subset is its descendant CIDFont's (whose descriptor holds the
    program): two of them under one tag with different programs fail."""
    from campaign.preflight.pdfx import check_pdfx
    from campaign.preflight.report import Report

    pdf = pikepdf.new()
    pdf.add_blank_page()
    fonts = {}
    for n in (1, 2):
        cid = pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.CIDFontType2,
            BaseFont=pikepdf.Name("/ABCDEF+NotoSansTC"),
            FontDescriptor=pikepdf.Dictionary(FontFile2=pdf.make_stream(b"program %d" % n)),
        )
        fonts[f"/F{n}"] = pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type0,
            BaseFont=pikepdf.Name("/ABCDEF+NotoSansTC"),
            Encoding=pikepdf.Name("/Identity-H"),
            DescendantFonts=[cid],
        )
    pdf.pages[0].obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(fonts))
    rep = Report()
    check_pdfx(pdf, rep)
    assert rep.failures == [
        "2 font subsets share the tag ABCDEF (NotoSansTC): each subset needs its own"
    ]


def two_digits(low: int, high: int) -> st.SearchStrategy[str]:
    return st.integers(low, high).map("{:02d}".format)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    digits=st.tuples(
        st.integers(0, 9999).map("{:04d}".format),
        two_digits(0, 13),  # month, and past its range
        two_digits(0, 32),  # day, 31 in a month of 30, and 29 February
        two_digits(0, 25),
        two_digits(0, 61),
        two_digits(0, 62),  # a leap second is no second of a datetime
    ),
    zone=st.one_of(
        st.just("Z"),
        st.tuples(st.sampled_from("+-"), two_digits(0, 25), two_digits(0, 99)).map(
            lambda z: f"{z[0]}{z[1]}'{z[2]}'"
        ),
    ),
)
@example(digits=("2024", "07", "23", "00", "00", "00"), zone="Z")  # as the kit writes it
@example(digits=("2024", "02", "29", "23", "59", "59"), zone="-00'00'")
@example(digits=("2023", "02", "29", "12", "00", "00"), zone="+23'59'")
def test_a_full_pdf_date_is_read_as_strptime_reads_it(digits: tuple[str, ...], zone: str) -> None:
    """The full form (D:YYYYMMDDHHmmSS and an offset) is read by position: the same
    datetime, time zone and all, as strptime of its digits, and None where strptime refuses
    them (a month 13, a 30 February, an offset of 24 hours or more, minutes past 59)."""
    from campaign.preflight.pdfx import _date

    core = "".join(digits) + zone.replace("'", "").replace("Z", "+0000")
    try:
        theirs: datetime | None = datetime.strptime(core, "%Y%m%d%H%M%S%z")
    except ValueError:
        theirs = None
    ours = _date("D:" + "".join(digits) + zone)
    assert repr(ours) == repr(theirs)


@pytest.mark.parametrize(
    ("value", "read"),
    [
        # fewer digits: strptime reads its fields one digit short (2025 07 3 0 1 2)
        ("D:2025073012+02'00'", "2025-07-03 00:01:02+02:00"),
        ("D:20250730120000", None),  # no time zone
        ("D:20250730120000+02", None),
        ("D:202507301200+0200", "2025-07-30 12:00:00+02:00"),  # strptime's own reading
        # digits of another script (Arabic-Indic): strptime refuses them too
        (
            "D:\u0662\u0660\u0662\u0665\u0660\u0667\u0663\u0660\u0661\u0662\u0660\u0660\u0660\u0660Z",
            None,
        ),
        (" D:20250730120000Z ", "2025-07-30 12:00:00+00:00"),
        ("2025-07-30T12:00:00Z", "2025-07-30 12:00:00+00:00"),  # XMP's ISO 8601
    ],
)
def test_other_pdf_dates_are_read_by_strptime(value: str, read: str | None) -> None:
    """Any other form than the full one is strptime's to read, as before: a shorter date,
    none of a time zone, digits of another script."""
    from campaign.preflight.pdfx import _date

    found = _date(value)
    assert (str(found) if found is not None else None) == read
