from pathlib import Path

from campaign.build import check
from campaign.pseudo import RLO, accented, mirrored

ROOT = Path(__file__).resolve().parents[2]


def test_accented_is_about_forty_percent_longer_and_keeps_links() -> None:
    text = "Report suspicious pages or activity online to the authorities or a helpline."
    out = accented(text)
    assert 1.3 <= len(out) / len(text) <= 1.5
    assert out.startswith("[Ŕééþ")
    assert out.endswith("]")
    assert accented("Join #endHT today").count("#endHT") == 1


def test_mirrored_forces_words_right_to_left_but_not_links() -> None:
    out = mirrored("Leave No Child #endHT")
    assert out.count(RLO) == 3
    assert "#endHT" in out


def test_pseudo_locales_lay_out_and_mirror() -> None:
    kit, jobs, _ = check(ROOT, ("en-XA", "ar-XB"), ("poster-a3",))
    assert kit.languages["ar-XB"].rtl
    assert kit.languages["ar-XB"].pseudo
    rtl_page = next(j.page for j in jobs if j.lang.code == "ar-XB")
    emblem = next(i for i in rtl_page.items if i.slot == "emblem")
    assert emblem.box.x > rtl_page.trim[0] / 2  # type: ignore[union-attr]  # mirrored to the right


def test_check_reports_pseudo_overflows_as_warnings(kit_copy) -> None:  # type: ignore[no-untyped-def]
    kit = kit_copy()
    layout = kit / "materials/layouts/flyer-a5.yaml"
    layout.write_text(
        layout.read_text().replace(
            "figure:    {weight: bold, size: 72, min_size: 28,",
            "figure:    {weight: bold, size: 72, min_size: 62,",
        )
    )
    _, jobs, warnings = check(kit, ("en",), ("flyer-a5",), pseudo=True)
    assert len(jobs) == 1  # English still fits
    texts = [w.render() for w in warnings]
    assert any(
        "warning[layout.pseudo]: flyer-a5 [en-XA] 'fact_figure': text does not fit slot "
        "'figure' even at 62 pt" in t
        for t in texts
    ), texts
