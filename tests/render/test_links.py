"""Non-ASCII links (issue 12, case 20): the QR code and the digital PDF's link hold the ASCII URI
(punycode host, UTF-8 percent-encoding), so every scanner and viewer reads the same address;
the printed text keeps the address as people write it."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from campaign.fonts import FontBook
from campaign.iri import JOINERS, LINK_PATTERN, SCHEMES, link_error, link_problem
from campaign.merge import events as merge_events
from campaign.merge.data import Cell

from ..kits import build, cli, mini_copy

IRI = "https://bücher.example.org/蓝心运动/über-uns?ref=海报"
URI = (
    "https://xn--bcher-kva.example.org/%E8%93%9D%E5%BF%83%E8%BF%90%E5%8A%A8/%C3%BCber-uns"
    "?ref=%E6%B5%B7%E6%8A%A5"
)
PRINTED = "bücher.example.org/über-uns"
HOME = "  home: https://www.unodc.org/blueheart/"


def link_kit(tmp_path: Path, link: str) -> Path:
    """The mini kit with `home` set to `link` and a 40 mm page: its QR code and a printed
    address."""
    kit = mini_copy(
        tmp_path / "kit",
        {
            "campaign.yaml": (HOME, f"  home: {json.dumps(link)}"),  # YAML reads JSON strings
            "strings/en.yaml": ("word: Heart", f"word: {PRINTED}"),
        },
    )
    (kit / "materials/layouts/link.yaml").write_text(
        "title: Link\nkind: poster\ntrim: [40, 40]\nbleed: 3\nsafe: 1\nmarks: false\nstyles:\n"
        "  word: {size: 9, min_size: 9, colour: black}\nslots:\n"
        "  - {name: ground, kind: shape, fill: white, bleed: all, "
        "frame: {start: 0, top: 0, width: 40, height: 40}}\n"
        "  - {name: qr, kind: qr, link: home, colour: black, background: white, quiet: 2, "
        "frame: {start: 7, top: 2, width: 26, height: 26}}\n"
        "  - {name: word, kind: text, string: word, style: word, "
        "frame: {start: 2, top: 30, width: 36, height: 8}}\n",
        encoding="utf-8",
    )
    with (kit / "materials/campaign.yaml").open("a", encoding="utf-8") as f:
        f.write("sample: true\n")  # a test kit: its example.org links are samples
    return kit


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("links")
    kit = link_kit(tmp, IRI)
    return build(kit, tmp / "out", "--only", "link", "--lang", "en", "--png-ppi", "300")


def test_qr_code_holds_the_ascii_uri(out: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    with Image.open(out / "link/link-en-preview.png") as im:
        codes = zxingcpp.read_barcodes(im)
    assert [c.text for c in codes] == [URI]
    assert codes[0].bytes == URI.encode("ascii")  # the bytes in the code: 7-bit, no guessing


def test_digital_link_is_the_ascii_uri(out: Path) -> None:
    with pikepdf.open(out / "link/link-en-digital.pdf") as pdf:
        annots = list(pdf.pages[0].Annots)
        assert len(annots) == 1
        raw = bytes(annots[0].A.URI)
        assert raw == URI.encode("ascii")  # PDF: a URI is 7-bit ASCII
        # described for people: the readable address, then the one it opens
        assert str(annots[0].Contents) == f"QR code: {IRI} ({URI})"
        doc = pdf.Root.StructTreeRoot.K[0]
        # the QR code's Link holds its Figure (its words read once, the figure's)
        figures = [k.K[0] for k in doc.K if str(k.S) == "/Link"]
        assert [(str(f.S), str(f.Alt)) for f in figures] == [("/Figure", f"QR code: {IRI}")]


@pytest.mark.parametrize("variant", ["link-en.pdf", "link-en-digital.pdf"])
def test_printed_address_stays_human_readable(out: Path, variant: str) -> None:
    doc = pdfium.PdfDocument(out / "link" / variant)
    try:
        text = doc[0].get_textpage().get_text_range()
    finally:
        doc.close()
    # PDFium reports a hyphen it takes for a possible word break as U+FFFE; the address may
    # break after its slash (two lines of the 36 mm frame)
    assert PRINTED in text.replace("\ufffe", "-").replace("\r\n", "")
    assert "%C3" not in text


def test_ascii_link_is_unchanged(tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    kit = link_kit(tmp_path, "https://www.unodc.org/blueheart/?a=1%202")
    out = build(kit, tmp_path / "out", "--only", "link", "--lang", "en", "--png-ppi", "300")
    with Image.open(out / "link/link-en-preview.png") as im:
        assert [c.text for c in zxingcpp.read_barcodes(im)] == [
            "https://www.unodc.org/blueheart/?a=1%202"
        ]


def test_host_without_ascii_form_is_an_error_at_the_link(tmp_path: Path) -> None:
    kit = link_kit(tmp_path, "https://a..bücher.example/")
    text = (kit / "materials/campaign.yaml").read_text(encoding="utf-8")
    line = text[: text.index("  home:")].count("\n") + 1
    code, output = cli("check", "--kit", kit, "--lang", "en", "--only", "link")
    assert code == 1, output
    assert (
        f"campaign.yaml:{line}:9: error[schema.value]: link 'home' is 'https://a..bücher.example/':"
        " it cannot be put in a QR code or PDF link (the host name 'a..bücher.example' cannot "
        "be written in ASCII (label empty or too long))" in output
    ), output
    assert "hint: check the host name: labels between dots must be 1 to 63 characters" in output


@pytest.mark.parametrize(
    ("address", "problem", "fix"),
    [
        (
            "tel:+00-8OO-000",  # a letter O for a zero
            "the phone number '+00-8OO-000' cannot be dialled ('O')",
            "write + and the country code, then digits, with - . ( ) between groups if you like "
            "(tel:+CC-NNN-NNNN); a letter O for a zero is a common slip",
        ),
        (
            "tel:-00-000",
            "the phone number '-00-000' cannot be dialled (it must start with + or a digit)",
            "write + and the country code",
        ),
        (
            "mailto:helpline",
            "the e-mail address 'helpline' has no name@domain",
            "write it as mailto:name@example.org",
        ),
    ],
)
def test_a_link_that_cannot_dial_or_send_is_an_error_at_the_link(
    tmp_path: Path, address: str, problem: str, fix: str
) -> None:
    """A QR code of a tel: link with a letter in its number opens the dialler with a number
    that rings nowhere; a mailto: without @ opens an e-mail to nobody."""
    kit = link_kit(tmp_path, address)
    text = (kit / "materials/campaign.yaml").read_text(encoding="utf-8")
    line = text[: text.index("  home:")].count("\n") + 1
    code, output = cli("check", "--kit", kit, "--lang", "en", "--only", "link")
    assert code == 1, output
    said = f"campaign.yaml:{line}:9: error[schema.value]: link 'home' is '{address}': {problem}"
    assert said in output, output
    assert f"hint: {fix}" in output


@pytest.mark.parametrize(
    "address",
    ["tel:116000", "tel:+00-000-000-000", "tel:+00(0)000.000;ext=12", "tel:*000#", "mailto:a@b.c"],
)
def test_a_number_a_phone_dials_is_a_link(address: str) -> None:
    assert link_problem(address) is None


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("ftp://example.org/", "it is not a web, e-mail or phone address"),
        ("tel:+41 22 9I7", "the phone number '+41 22 9I7' cannot be dialled (' ', 'I')"),
        ("mailto:example.org", "the e-mail address 'example.org' has no name@domain"),
        ("https://a..bücher.example/", "it cannot be put in a QR code or PDF link"),
        ("HTTPS://WWW.UNODC.ORG/", None),  # a scheme in capitals is the same scheme
        ("Tel:+41-22-917-1234", None),
        ("mailto:help@example.org?subject=Walk", None),
        ("tel:+1-555-0100; ext=12", "it holds a space (' '), which no address has"),
        ("mailto:help@example.org?subject=Walk now", "it holds a space (' ')"),
        ("https://www.unodc.org/blueheart/\n", "it holds a line break ('\\n')"),  # YAML's |
        ("https://www.unodc.org/\u200fblueheart", "it holds an invisible RIGHT-TO-LEFT MARK"),
        ("https://example.org/\u0631\u0627\u0647\u200c\u067e\u06cc", None),  # a slug's ZWNJ
    ],
)
def test_the_kits_links_and_a_merges_are_checked_alike(
    tmp_path: Path, address: str, problem: str | None
) -> None:
    """campaign.yaml's links and a merged event's link cell get the same verdict and the
    same words (iri.link_error): a tel: number with a space was "must be a URL starting
    with ... tel:" in campaign.yaml and "cannot be dialled (' ')" in a merge, and a scheme in
    capitals was refused in one and taken in the other. The JSON Schema's pattern accepts
    what the kit's check lets past its scheme test."""
    found = link_error(address)
    if problem is None:
        assert found is None
    else:
        assert found is not None
        assert found[0].startswith(problem)
    said: list[str] = []
    cell = Cell(address, 2, "link", 1, line=2, col=1)
    kept = merge_events._link(address, cell, lambda c, message, *hints: said.append(message))
    assert kept == ("" if problem else address)
    assert said == ([f"the link '{address}': {found[0]}"] if found else [])
    kit = link_kit(tmp_path, address)
    code, output = cli("check", "--kit", kit, "--lang", "en", "--only", "link")
    if problem is None:
        assert "link 'home'" not in output, output
    else:
        assert f"link 'home' is '{address}': {found[0]}" in output, output
    # the schemas' pattern lets pass what has a scheme and no white space (fullmatch: as
    # ECMA-262 reads $, no line break before the end)
    # and no invisible character but a joiner (`iri.invisible_in`)
    passes = (
        bool(SCHEMES.match(address))
        and not any(c.isspace() for c in address)
        and not any(unicodedata.category(c) == "Cf" and c not in JOINERS for c in address)
    )
    assert bool(re.fullmatch(LINK_PATTERN, address)) == passes


@pytest.mark.parametrize(
    ("value", "said"),
    [("", "is empty"), ("42", "is not text (the number 42)"), ("[a, b]", "is not text (a list)")],
)
def test_a_link_that_is_not_text_is_named_as_what_yaml_read(
    tmp_path: Path, value: str, said: str
) -> None:
    kit = mini_copy(tmp_path / "kit", {"campaign.yaml": (HOME, f"  home: {value}")})
    code, output = cli("check", "--kit", kit, "--lang", "en")
    assert code == 1, output
    assert f"error[schema.value]: link 'home' {said}: an address goes there" in output, output
    assert "hint: write https://..., mailto:name@example.org or tel:+CC-NNN-NNNN" in output


@pytest.mark.parametrize(
    ("address", "fix"),
    [
        ("tel:+00-700-000-000; ext=12", "(tel:+CC-NNN-NNNN;ext=12)"),
        ("mailto: info@example.org", "a space in a subject or body is written %20"),
        ("https://example.org/my walk", "a space that belongs in a web address is written %20"),
    ],
)
def test_a_space_in_a_link_gets_the_fix_of_its_kind(address: str, fix: str) -> None:
    """A phone extension written with a space, an e-mail link with a space after mailto:, a
    web address with a space: each told how its kind is written (a web address's %20 was
    the fix for all three)."""
    found = link_error(address)
    assert found is not None
    assert found[0] == "it holds a space (' '), which no address has"
    assert fix in found[1]


CONTACTS = "Call +41 22 917 1234, write to info@example.org or see example.org/report #endHT"


def test_printed_addresses_are_links_in_the_digital_pdf(tmp_path: Path) -> None:
    """The digital PDF linked only its QR code: a printed phone number, e-mail address and
    web address open a call, a message and the page (a country office's trial), each over
    its own glyphs and each in the structure tree (PDF/UA: a Link element with the
    annotation); a hashtag opens nothing, and the print PDF has no links."""
    kit = mini_copy(tmp_path / "kit", {"strings/en.yaml": ("word: Heart", f'word: "{CONTACTS}"')})
    (kit / "materials/layouts/contacts.yaml").write_text(
        "title: Contacts\nkind: poster\ntrim: [150, 20]\nbleed: 3\nsafe: 1\nmarks: false\n"
        "ground: paper\n"
        "styles:\n  word: {size: 9, min_size: 9, colour: black}\nslots:\n"
        "  - {name: word, kind: text, string: word, style: word, "
        "frame: {start: 2, top: 2, width: 146, height: 16}}\n",
        encoding="utf-8",
    )
    out = build(kit, tmp_path / "out", "--only", "contacts", "--lang", "en", "--png-ppi", "20")
    with pikepdf.open(out / "contacts/contacts-en.pdf") as pdf:
        assert "/Annots" not in pdf.pages[0]
    path = out / "contacts/contacts-en-digital.pdf"
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        annots = [(str(a.A.URI), [float(v) for v in a.Rect]) for a in page.Annots]
        parents = {int(a.StructParent) for a in page.Annots}
        # the sentence's P: its words, then a Link for each address it holds (its
        # annotation alone: the words are the sentence's), in the order they are read
        (sentence,) = pdf.Root.StructTreeRoot.K[0].K
        assert int(sentence.K[0]) == 0
        links = list(sentence.K)[1:]
        assert [str(k.S) for k in links] == ["/Link"] * 3
        assert [str(k.K[0].Type) for k in links] == ["/OBJR"] * 3
        assert [str(k.Alt) for k in links] == [
            "+41 22 917 1234",
            "info@example.org",
            "example.org/report",
        ]
    assert [uri for uri, _ in annots] == [
        "tel:+41-22-917-1234",
        "mailto:info@example.org",
        "https://example.org/report",
    ]
    assert len(parents) == 3
    # where the glyphs are, read from the print PDF (the digital one's line carries an
    # ActualText, whose characters PDFium places evenly along it), less its bleed
    doc = pdfium.PdfDocument(out / "contacts/contacts-en.pdf")
    try:
        text = doc[0].get_textpage()
        printed = text.get_text_range()
        bleed = 3 * 72 / 25.4
        for (uri, rect), words in zip(
            annots, ["+41 22 917 1234", "info@example.org", "example.org/report"], strict=True
        ):
            at = printed.index(words)
            boxes = [text.get_charbox(i) for i in range(at, at + len(words))]
            left, right = (f(b[k] for b in boxes) - bleed for f, k in ((min, 0), (max, 2)))
            bottom, top = (f(b[k] for b in boxes) - bleed for f, k in ((min, 1), (max, 3)))
            # the link spans its glyphs' advances: their ink, give or take a side bearing
            assert rect[0] == pytest.approx(left, abs=1.0), uri
            assert rect[2] == pytest.approx(right, abs=1.0), uri
            assert rect[1] <= bottom, uri
            assert rect[3] >= top, uri
    finally:
        doc.close()


@pytest.mark.parametrize(
    ("printed", "target"),
    [
        ("+41 22 917 1234", "tel:+41-22-917-1234"),
        ("01 23 45 67 89", "tel:01-23-45-67-89"),  # French pairs: digits and spaces only
        ("(022) 917 1234", "tel:022-917-1234"),
        ("٠٧٢٢١٢٣٤٥٦", "tel:0722123456"),  # Arabic-Indic digits dial as their values
        # runs of digits that are no number to call (link_spans keeps them whole and Latin)
        ("1 250 000", None),
        ("30.07.2026", None),
        ("2024-2026", None),
        ("978-92-1-148367-9", None),
        ("#endHT", None),
        ("www.unodc.org/blueheart", "https://www.unodc.org/blueheart"),
        # a country code in brackets: the link began at the +, leaving its bracket out
        ("(+98) 21 1234 5678", "tel:+98-21-1234-5678"),
        ("info@example.org", "mailto:info@example.org"),
        # a field https://example.org?lang=fr as printed, and a scheme in capitals: no link
        # was found in either (text.scripts.LINK), so neither opened anything
        ("example.org?lang=fr", "https://example.org?lang=fr"),
        ("HTTPS://example.org/r?id=1", "HTTPS://example.org/r?id=1"),
        # a bare host's path in another script: the link opened https://example.org/ar/
        ("example.org/ar/مرحبا", "https://example.org/ar/%D9%85%D8%B1%D8%AD%D8%A8%D8%A7"),
        (
            "unodc.org/ru/Контакты",
            "https://unodc.org/ru/%D0%9A%D0%BE%D0%BD%D1%82%D0%B0%D0%BA%D1%82%D1%8B",
        ),
        # a bare host's fragment, as its query: "#top" was a hashtag, opening nothing
        ("example.org#top", "https://example.org#top"),
        (
            "example.org/ru/отчёт#page=12",
            "https://example.org/ru/%D0%BE%D1%82%D1%87%D1%91%D1%82#page=12",
        ),
    ],
)
def test_what_a_printed_address_opens(printed: str, target: str | None) -> None:
    """A review found dates, year ranges, counts and ISBNs linked as tel: (every run of
    seven digits is kept whole as a phone number would be), and Arabic-Indic digits
    percent-encoded into a number no phone dials."""
    from campaign.iri import printed_target
    from campaign.text.scripts import link_spans

    assert link_spans(printed) == [(0, len(printed))]
    assert printed_target(printed) == target


@pytest.mark.parametrize(
    ("sentence", "address"),
    [
        ("Сайт: «https://www.unodc.org/blue-heart».", "https://www.unodc.org/blue-heart"),
        ("زوروا https://example.org/r?lang=ar، ثم اتصلوا", "https://example.org/r?lang=ar"),
        ("هل زرت https://unodc.org/bh؟", "https://unodc.org/bh"),
        ("देखें https://unodc.org/bh।", "https://unodc.org/bh"),
        ("ይጎብኙ https://unodc.org/bh።", "https://unodc.org/bh"),
        ("“https://unodc.org/bh”", "https://unodc.org/bh"),
        ("(see https://unodc.org/bh)", "https://unodc.org/bh"),
        ("More at https://unodc.org/bh…", "https://unodc.org/bh"),
        ("'https://unodc.org/bh'", "https://unodc.org/bh"),
        # brackets the address opens are its own; letters of any script are too
        (
            "(https://en.wikipedia.org/wiki/Blue_(colour))",
            "https://en.wikipedia.org/wiki/Blue_(colour)",
        ),
        ("https://ar.wikipedia.org/wiki/قلب، ثم", "https://ar.wikipedia.org/wiki/قلب"),
        ("https://example.org/cœur-bleu.", "https://example.org/cœur-bleu"),
        # the same rules for a host without its scheme, whose path is in another script
        ("زوروا example.org/ar/مرحبا، ثم اتصلوا", "example.org/ar/مرحبا"),
        ("هل زرت unodc.org/ar/اتصل؟", "unodc.org/ar/اتصل"),
        ("देखें unodc.org/hi/हिंदी।", "unodc.org/hi/हिंदी"),  # ends with a vowel sign
        ("ይጎብኙ unodc.org/am/ገጽ።", "unodc.org/am/ገጽ"),
        ("Сайт: «unodc.org/ru/Контакты».", "unodc.org/ru/Контакты"),
        ("“unodc.org/ru/Контакты”", "unodc.org/ru/Контакты"),
        ("(см. unodc.org/ru/Контакты)", "unodc.org/ru/Контакты"),
        ("Ещё на unodc.org/ru/Контакты…", "unodc.org/ru/Контакты"),
        ("(en.wikipedia.org/wiki/Blue_(colour))", "en.wikipedia.org/wiki/Blue_(colour)"),
        ("ar.wikipedia.org/wiki/قلب_(رمز)، ثم", "ar.wikipedia.org/wiki/قلب_(رمز)"),
        # a fragment as a query
        ("See example.org#top.", "example.org#top"),
        ("(example.org#contacts)", "example.org#contacts"),
        ("زوروا example.org#contacts، ثم", "example.org#contacts"),
        # a right-to-left mark typed after an address is the sentence's (RFC 3987, 4.1)
        ("زوروا example.org/ar/مرحبا\u200f، ثم", "example.org/ar/مرحبا"),
        ("زوروا https://example.org/r\u200f اليوم", "https://example.org/r"),
    ],
)
def test_an_address_ends_where_its_sentence_punctuation_starts(sentence: str, address: str) -> None:
    """A user trial: an Arabic sentence's comma after an address was taken into it (the
    digital PDF's link opened .../r?lang=ar%D8%8C), as were Russian guillemets, a Hindi
    danda, closing quotation marks and an ellipsis; punctuation that is not ASCII ends an
    address (RFC 3987 has it %-escaped), and a bracket it closes without opening is the
    sentence's."""
    from campaign.text.scripts import link_spans

    assert [sentence[a:b] for a, b in link_spans(sentence)] == [address]


def test_punctuation_alone_after_a_scheme_is_no_address() -> None:
    from campaign.text.scripts import link_spans

    assert link_spans("«https://»") == []
    assert link_spans("www.») ") == []


@pytest.mark.parametrize(
    "text", ["Is it example.org#…", "(example.org#)", "“example.org?”", "(example.org?)"]
)
def test_punctuation_alone_after_a_bare_host_is_no_address(text: str) -> None:
    """A host without a scheme is an address with a path, a query or a fragment
    (text.scripts.LINK), not with a mark of the sentence after it: "example.org#…" would
    have opened https://example.org#."""
    from campaign.text.scripts import link_spans

    assert link_spans(text) == []


def test_an_address_in_another_script_is_one_link_in_arabic_text(fonts: FontBook) -> None:
    """The digital PDF's link of example.org/ar/مرحبا in an Arabic sentence spans all its
    glyphs, its Arabic letters too, and opens the whole path: it opened
    https://example.org/ar/ over the Latin letters alone."""
    from campaign.render.items.text import line_links
    from campaign.text.paragraph import Line, build_line, prepare

    text = "زوروا example.org/ar/مرحبا، شكرا"
    p = prepare(text, "ar", True, fonts.stack("Arab", "regular"))
    runs, width = build_line(p, 0, len(text), 10)
    (found,) = line_links(Line(tuple(runs), width, 0, 10, 12, 8, 2), 10)
    assert found[2] == "https://example.org/ar/%D9%85%D8%B1%D8%AD%D8%A8%D8%A7"
    path = range(text.index("مرحبا"), text.index("،"))
    for run in runs:
        x = run.x
        for g in run.glyphs:
            step = g.x_advance * 10 / run.face.upem
            if g.cluster in path:
                assert found[0] - 1e-6 <= x, g
                assert x + step <= found[1] + 1e-6, g
            elif g.cluster not in range(6, 26):  # the sentence's letters and comma
                assert x + step <= found[0] + 1e-6 or x >= found[1] - 1e-6, g
            x += step


def test_a_phone_number_in_pairs_is_a_link_on_its_line(tmp_path: Path) -> None:
    """01 23 45 67 89 has neither a full stop, a slash, an @ nor a +: the line was never
    looked at for links."""
    from campaign.fonts import load_fontbook
    from campaign.render.items.text import line_links
    from campaign.text.paragraph import build_line, prepare

    fonts = load_fontbook(Path(__file__).resolve().parents[2] / "fonts")
    text = "Appelez le 01 23 45 67 89"
    p = prepare(text, "fr", False, fonts.stack("Latn", "regular"))
    runs, width = build_line(p, 0, len(text), 10)
    from campaign.text.paragraph import Line

    line = Line(tuple(runs), width, 0, 10, 12, 8, 2)
    (found,) = line_links(line, 10)
    assert found[2] == "tel:01-23-45-67-89"
    assert 0 < found[0] < found[1] <= width
