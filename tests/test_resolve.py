"""The resolve stage: strings fall back to the source language; fields layer campaign < office
< record with per-language values; {field} placeholders; empty fields show nothing."""

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from campaign.diagnostics import Collector, Mark
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.layout.compose import compose_content
from campaign.model import Kit, StringEntry
from campaign.resolve import Layer, resolve, resolve_kit

from .kits import append_slots, without_fields

ROOT = Path(__file__).resolve().parents[1]
M = Mark(ROOT, 1, 1)


def entry(key: str, text: str) -> StringEntry:
    return StringEntry(key, text, None, M)


def with_fields(kit: Kit, **values: str) -> Kit:
    return replace(kit, campaign=replace(kit.campaign, fields=dict(values)))


def test_fields_layer_campaign_office_record_with_language_values() -> None:
    kit = with_fields(load_kit(ROOT), helpline="", venue="City Hall", website="https://a.example")
    fr = replace(kit.languages["fr"], fields={"venue": entry("venue", "Hôtel de ville")})
    office = Layer(
        "office", {"helpline": entry("helpline", "1234"), "venue": entry("venue", "Hall")}
    )
    record = Layer("record", {}, {"fr": {"helpline": entry("helpline", "5678")}})
    en = resolve(kit.campaign, kit.languages["en"], None, (office, record))
    assert {k: v.text for k, v in en.fields.items()} == {
        "helpline": "1234",  # office over campaign; the record's value is for French only
        "venue": "Hall",  # office over campaign
        "website": "https://a.example",
    }
    fr_content = resolve(kit.campaign, fr, None, (office, record))
    assert fr_content.value("helpline").text == "5678"  # record, French value
    assert fr_content.value("venue").text == "Hall"  # office (shared) over campaign (French)
    assert resolve(kit.campaign, fr).value("venue").text == "Hôtel de ville"
    assert resolve(kit.campaign, fr).value("nothing").text == ""


def test_placeholders_are_filled_from_fields() -> None:
    kit = with_fields(load_kit(ROOT), helpline="+1 555 0100")
    en = kit.languages["en"]
    cta = entry("cta", "Call {helpline} or visit {website}.")
    content = resolve(kit.campaign, replace(en, strings={**en.strings, "cta": cta}))
    assert content.entry("cta").text == "Call +1 555 0100 or visit {website}."


def test_missing_string_falls_back_to_the_source_language() -> None:
    kit = load_kit(ROOT)
    fr = kit.languages["fr"]
    strings = {k: v for k, v in fr.strings.items() if k != "badge"}
    content = resolve_kit(kit, replace(fr, strings=strings))
    assert content.fallbacks == ("badge",)
    assert content.entry("badge").text == kit.languages["en"].strings["badge"].text
    assert content.entry("theme").text == fr.strings["theme"].text


def test_a_slot_fed_only_by_an_empty_field_is_not_drawn(kit_copy: Callable[..., Path]) -> None:
    kit = kit_copy()
    campaign = kit / "materials/campaign.yaml"
    text = without_fields(campaign.read_text())
    events = "".join(f'  event_{n}: ""\n' for n in ("title", "date", "time", "venue"))
    events += '  event_organiser: ""\n  event_contact: ""\n  event_link: ""\n'  # the event templates' fields
    campaign.write_text(text + 'fields:\n  helpline: ""\n  office: Bangkok\n' + events)
    layout = kit / "materials/layouts/badge-58.yaml"
    append_slots(
        layout,
        "  - {name: phone, kind: text, field: helpline, style: badge,\n"
        "     frame: {start: 15, top: 50, width: 40, height: 6}}\n"
        "  - {name: office, kind: text, field: office, style: badge,\n"
        "     frame: {start: 15, top: 50, width: 40, height: 6}}\n",
    )
    loaded = load_kit(kit)
    errs = Collector()
    doc = compose_content(
        loaded.layouts["badge-58"],
        resolve_kit(loaded, loaded.languages["en"]),
        load_fontbook(loaded.fonts_dir),
        errs,
        [],
    )
    slots = [i.slot for i in doc.pages[0].items]
    assert "phone" not in slots
    office = next(i for i in doc.text_items() if i.slot == "office")
    assert office.keys == ("office",)
    assert [r.source for line in office.text.lines for r in line.runs][0] == "BANGKOK"
