"""One build of the whole default kit, as a new user runs it."""

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from campaign.pipeline.api import build
from campaign.pipeline.options import Options
from tests.kits import out_path

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def kit_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("e2e") / "out"
    build(ROOT, Options(out))
    return out


@pytest.mark.slow
def test_default_kit_has_every_file(kit_out: Path) -> None:
    manifest = json.loads((kit_out / "manifest.json").read_text())
    paths = sorted(f["path"] for f in manifest["files"])
    langs = [p.stem for p in (ROOT / "materials/strings").glob("*.yaml")]
    social = ("1080x1080", "1080x1350", "1080x1920", "1200x630", "frame-1080")
    # the designs (no size of them: those are built for offices or with --only); the flyer is
    # two-sided, one PNG per side
    expected = sorted(
        [
            out_path(m, lang, kind)
            for m in ("poster-a3", "event-flyer-a5", "event-poster-a3", "badge-58", "sticker-50")
            for lang in langs
            for kind in ("print", "preview", "digital")
        ]
        + [out_path("flyer-a5", lang, kind) for lang in langs for kind in ("print", "digital")]
        + [
            out_path("flyer-a5", lang, "preview", page=side)
            for lang in langs
            for side in ("front", "back")
        ]
        + [out_path(f"social-{s}", lang, "social") for s in social for lang in langs]  # PNG only
    )
    assert paths == expected
    names = [Path(p).name for p in paths]
    assert len(set(names)) == len(names)  # one hot folder can take them all
    for f in manifest["files"]:
        assert (kit_out / f["path"]).stat().st_size == f["bytes"]
        if f["variant"] == "print":
            assert f["extra"]["output_condition"] == "FOGRA39"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("material", "size"),
    [
        ("poster-a3", (1754, 2481)),
        ("flyer-a5", (875, 1241)),
        ("badge-58", (414, 414)),  # ceil(mm / 25.4 * 150)
    ],
)
def test_previews_are_trim_size_at_150_ppi(
    kit_out: Path, material: str, size: tuple[int, int]
) -> None:
    pages = ("front", "back") if material == "flyer-a5" else ("",)
    for lang in ("en", "ar", "zh", "th"):
        for page in pages:
            with Image.open(kit_out / out_path(material, lang, "preview", page=page)) as im:
                assert im.size == size
                assert im.mode == "RGB"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("material", "page"), [("poster-a3", ""), ("flyer-a5", "front"), ("flyer-a5", "back")]
)
def test_qr_codes_scan(kit_out: Path, material: str, page: str) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    with Image.open(kit_out / out_path(material, "en", "preview", page=page)) as im:
        codes = [b.text for b in zxingcpp.read_barcodes(im)]
    assert codes == ["https://www.unodc.org/blueheart/"]


def test_print_and_digital_pdfs_are_two_renditions_of_one_document(kit_out: Path) -> None:
    """XMP Part 2, 2.2: the print and digital PDFs share their document's DocumentID and each
    has its own InstanceID (they had one); the digital PDF, for screens, claims nothing of
    trapping in Info or XMP (reportlab's /Trapped /False stayed in its Info, and `check
    --pdf` of the digital file failed "Info Trapped is 'False' but XMP pdf:Trapped is None")."""
    import pikepdf

    from campaign.preflight import Report
    from campaign.preflight.pdfx import check_pdfx

    ids = {}
    for kind in ("print", "digital"):
        data = (kit_out / out_path("flyer-a5", "ar", kind)).read_bytes()
        with pikepdf.open(io.BytesIO(data)) as pdf:
            xmp = pdf.open_metadata()
            ids[kind] = (str(xmp["xmpMM:DocumentID"]), str(xmp["xmpMM:InstanceID"]))
            trapped = ("/Trapped" in pdf.docinfo, "pdf:Trapped" in xmp)
            assert trapped == ((True, True) if kind == "print" else (False, False))
            assert str(xmp["xmpMM:RenditionClass"]) == ("default" if kind == "print" else "screen")
            rep = Report()
            check_pdfx(pdf, rep)  # Info and XMP agree (what failed on the digital PDF)
            assert rep.failures == []
    assert ids["print"][0] == ids["digital"][0]
    assert ids["print"][1] != ids["digital"][1]
