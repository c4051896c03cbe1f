"""Plans and fingerprints, without drawing."""

from collections.abc import Callable
from pathlib import Path

from campaign.fonts import load_fontbook
from campaign.pipeline.api import check
from campaign.pipeline.fingerprint import Fingerprints, build_hash, used_files, used_keys
from campaign.pipeline.jobs import JobKey, full_plan, plan

ROOT = Path(__file__).resolve().parents[2]


def test_plan_is_material_then_language_then_rendition() -> None:
    kit, _, _ = check(ROOT, ("en",), ("badge-58",))
    keys = plan(kit, ("fr", "en", "fr"), ("badge-58", "flyer-a5"), ["print_pdf", "preview_png"])
    assert [(k.material, k.language, k.rendition) for k in keys] == [
        ("badge-58", "fr", "print_pdf"),
        ("badge-58", "fr", "preview_png"),
        ("badge-58", "en", "print_pdf"),
        ("badge-58", "en", "preview_png"),
        ("flyer-a5", "fr", "print_pdf"),
        ("flyer-a5", "fr", "preview_png"),
        ("flyer-a5", "en", "print_pdf"),
        ("flyer-a5", "en", "preview_png"),
    ]
    assert str(keys[0]) == "badge-58 [fr] print_pdf"
    assert keys[0].id == ("badge-58", "fr", None, None, "print_pdf")


def test_full_plan_has_every_language_with_strings() -> None:
    kit, _, _ = check(ROOT, ("en",), ("badge-58",))
    every = full_plan(kit, ["print_pdf"])
    printed = [name for name, layout in kit.layouts.items() if layout.kind != "social"]
    # social images get no print PDF; every office has its own jobs, of the sizes of its paper
    per_office = [
        [n for n in printed if kit.layouts[n].paper in (None, o.paper)]
        for o in kit.offices.values()
    ]
    assert len(every) == len(kit.languages) * (len(printed) + sum(map(len, per_office)))
    assert ("poster-a3", "en-XA", None, None, "print_pdf") in every  # pseudo-locales too
    assert JobKey("badge-58", "km", "print_pdf").id in every
    assert JobKey("badge-58", "km", "print_pdf", office="brussels").id in every  # offices too


def test_fingerprint_follows_the_files_a_document_uses(kit_copy: Callable[..., Path]) -> None:
    kit_root = kit_copy()
    kit, [job], _ = check(kit_root, ("en",), ("badge-58",))
    fonts = load_fontbook(kit.fonts_dir)
    files = used_files(kit, fonts, job.layout, job.page)
    names = {p.name for p in files}
    assert {"heart-white.svg", "fogra39l_coated.icc", "fonts.yaml"} <= names
    assert "NotoSans-Bold.ttf" in names  # the badge's words
    assert "NotoSansKhmer-Regular.ttf" not in names

    strings = Fingerprints(kit, "code").strings(job.lang, used_keys(job.page), job.page)

    def fingerprint() -> str:
        return Fingerprints(kit, "code").of(job.layout, strings, files, {"ppi": 30})

    before, slug_hash = fingerprint(), build_hash(kit, job.layout, job.lang, strings)
    (kit_root / "assets/blue-heart.svg").write_text("<svg/>")  # not used by the badge
    assert fingerprint() == before
    svg = kit_root / "assets/heart-white.svg"
    svg.write_text(svg.read_text().replace("<svg", "<svg data-x='1'", 1))
    assert fingerprint() != before
    assert build_hash(kit, job.layout, job.lang, strings) == slug_hash  # YAML files only
    assert Fingerprints(kit, "code").of(job.layout, strings, files, {"ppi": 40}) != fingerprint()
