"""An office that prints the kit (materials/offices/<id>.yaml): its languages, paper family,
press condition, contact fields, links and logos."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal, Protocol

from ..diagnostics import Mark
from ..presses import PROFILE_DOC, PROFILE_KEYS
from .language import StringEntry
from .spec import Key

# the contact fields every office (and campaign.yaml) can fill; `--strict` lists the empty ones
CONTACT_FIELDS = ("helpline", "report_url", "website", "email", "social", "office_name")
_EMPTY = StringEntry("", "", None, Mark(Path(), 0, 0))  # a field an office does not give


class Made(Protocol):
    """What `Office.builds` asks of a material: a Layout, or what the preview knows of one
    whose file never read well (serve.unmade.Unmade)."""

    @property
    def id(self) -> str: ...

    @property
    def press(self) -> str | None: ...

    @property
    def paper(self) -> str | None: ...


@dataclass(frozen=True, kw_only=True)
class Office:
    """An office that prints the kit: its languages, paper, press and contacts. Its fields,
    links and logos override the campaign's in its builds (`build --office ID`), and its own
    texts (`strings:`) the kit's strings. A country office under a regional one names it
    (`extends:`) and gives only what differs."""

    id: str  # the file name without .yaml
    extends: Annotated[
        str | None,
        Key(
            "The id of an office (its file's name without .yaml) whose values this office "
            "takes where it does not give its own: `fields`, `fields_by_language`, `links`, "
            "`logos`, `names` and `strings` merge entry by entry (this office's winning); "
            "`languages`, `paper`, `country`, `materials`, `presses`, `output_profile`, `hide` and "
            "`kept_as_written` are replaced when given. `name` is the office's own. That "
            "office may extend another in turn.",
        ),
    ] = None
    name: Annotated[str, Key("The office's display name (in English).", required=True)]
    sample: Annotated[
        bool,
        Key(
            "An office made to try the kit (a test's, a demonstration's), whose materials are "
            "not for print: its contact fields may hold the project's sample values, "
            "addresses at example.org and a helpline whose country code begins with 0 "
            "(+00 000 000 0000), which are errors (`office.placeholder`) in any other "
            "office. An office that extends it is not a sample unless it says so itself.",
            default=False,
        ),
    ] = False
    names: Annotated[
        dict[str, StringEntry],
        Key(
            "The office's name in other languages, by language code: its PDFs' Title in that "
            "language (where it gives none, its `office_name` under `fields_by_language` "
            "in that language, or a shared one listed in `kept_as_written`; else, in "
            "English, `name`, and in another language no name: a title ending in the "
            "English name mixed languages under the page's). The name the materials print "
            "is the "
            "`office_name` field (in a language of its own under `fields_by_language`): "
            "the shipped layouts print it on the two-sided flyers' back, under its contact "
            "heading, and on the event templates made with `merge --office`; no poster, "
            "badge, sticker or social image prints it.",
            form="names",
        ),
    ] = field(default_factory=dict)
    languages: Annotated[
        tuple[str, ...],
        Key(
            "Language codes the office prints (`build --lang` picks others); each needs "
            "materials/strings/<code>.yaml.",
            required=True,
        ),
    ]
    paper: Annotated[
        Literal["iso", "us"],
        Key("Paper family: iso (A sizes) or us (Letter, Tabloid).", default="iso"),
    ] = "iso"
    country: Annotated[
        str | None,
        Key(
            "The country whose phone numbers the office writes without + and a country code "
            "(ISO 3166-1 alpha-2: KE, GB): its helpline's national numbers are then checked "
            "by that country's numbering plan (libphonenumber's: `office.phone`, and "
            "`office.placeholder` for a number kept for fiction, 020 7946 0123 of GB), and "
            "dialled as from abroad by the digital PDFs' links and a `tel:` link's QR codes "
            "(0800 123 456 of KE: tel:+254-800-123456). Without it a national number is "
            "printed and linked as written. `merge --office` reads the rows of an event "
            "sheet that have no `date_region` of their own as this country's (their dates, "
            "times and phone numbers: US rows' 07/30/27 and 6:30 PM), but a date that "
            "reads both ways in a column whose own dates tell the other order (05/08/2027 "
            "beside 30/07/2027) is read the column's way, with a `merge.date-order` warning.",
        ),
    ] = None
    materials: Annotated[
        tuple[str, ...],
        Key(
            "The materials (layouts and sizes, e.g. poster-a2, flyer-letter) the office builds, "
            "whatever their paper family (default: every layout and size of its `paper` family, "
            "and badges, of its `presses:` when it names them, and social images).",
        ),
    ] = ()
    presses: Annotated[
        tuple[str, ...],
        Key(
            "The button presses the office has, by id (materials/presses/<id>.yaml, e.g. "
            "2-25in): it builds the badges of those presses' sizes only, whatever their paper "
            "family (default: the badge in every size of its `paper` family, one per press "
            "the kit knows, and the design's own). A `materials:` list, when given, says "
            "which badges it builds instead.",
            form="ids",
        ),
    ] = ()
    output_profile: Annotated[
        str,
        Key(
            PROFILE_DOC + " A layout's own `output_profile` wins.",
            default="fogra39",
            choices=PROFILE_KEYS,
        ),
    ] = "fogra39"
    fields: Annotated[
        dict[str, StringEntry],
        Key(
            "The office's values of campaign fields (helpline, report_url, website, email, "
            'social, office_name); empty means "not filled in yet". A value may be '
            "`{text: ..., short: ...}`: the short form prints where the text does not fit.",
            form="fields",
        ),
    ] = field(default_factory=dict)
    fields_by_language: Annotated[
        dict[str, dict[str, StringEntry]],
        Key(
            "Per language code, values that override `fields` in that language; an empty "
            'one is "not filled in yet": the value under `fields` shows.',
            form="fields_by_language",
        ),
    ] = field(default_factory=dict)
    hide: Annotated[
        tuple[str, ...],
        Key(
            "Fields the office does not print, though the campaign (or a language) gives them: "
            'an empty value under `fields:` is "not filled in yet", and the campaign\'s shows. '
            "An office that extends another takes its `hide:` unless it gives its own, which "
            "replaces it: `hide: []` hides none of the fields that one hides.",
            ref="field",
            form="texts_or_none",
        ),
    ] = ()
    kept_as_written: Annotated[
        tuple[str, ...],
        Key(
            "Fields whose shared value (under `fields:`, or campaign.yaml's where the office "
            "gives none) the office means to print as written on every language's pages, "
            "whatever their script: a proper name kept in Latin letters on the Arabic pages. "
            "`check` and `build` of the office note a field that prints in another script "
            "than a page's unless it is listed here. An office "
            "that extends another takes its `kept_as_written:` unless it gives its own, which "
            "replaces it: `kept_as_written: []` keeps none of the fields that one keeps.",
            ref="field",
            form="texts_or_none",
        ),
    ] = ()
    links: Annotated[
        dict[str, str],
        Key(
            "Link targets by name that replace the campaign's (QR codes): https://, http://, "
            "mailto: or tel: URLs. The materials' QR codes show `blueheart` (the event "
            "templates `event`); another name is shown only by a qr slot that names it.",
            form="links",
        ),
    ] = field(default_factory=dict)
    logos: Annotated[
        dict[str, Path],
        Key(
            "The office's logos by name (image slots with `logo:`): PNG, JPEG, TIFF or SVG files "
            "relative to assets/; or `{file: ..., alt: {en: ..., fr: ...}}`, the logo's "
            "alternative text by language code (the organisation's name, as the digital PDF "
            "reads it out: a logo without it is decoration there).",
            form="logos",
        ),
    ] = field(default_factory=dict)
    strings: Annotated[
        dict[str, dict[str, StringEntry]],
        Key(
            "The office's own texts, by language code and string key: each replaces the "
            "kit's string (materials/strings/<code>.yaml) in this office's materials only. "
            "It keeps the `{field}` placeholders of the kit's text; a text or "
            "`{text: ..., short: ...}` as in a strings file.",
            form="office_strings",
        ),
    ] = field(default_factory=dict)
    # each logo's alternative text by language code, from `logos: {name: {file:, alt:}}`
    logo_alts: dict[str, dict[str, str]] = field(default_factory=dict)
    path: Path
    mark: Mark
    # what the file says (load.Node.digest): the office's part of a job's fingerprint and
    # build hash, so that a comment or a reindented line rebuilds nothing
    content: str = field(default="", compare=False)
    # what the file says but its fields (`fields:` and `fields_by_language:`): with the
    # fields a document may print (pipeline.fingerprint.office_said), the office's part of
    # its fingerprint and build hash, so that a helpline edited rebuilds no badge that prints
    # none; "" for an office made without a file's reading (then `content` counts whole)
    content_but_fields: str = field(default="", compare=False)
    # where each entry of `materials:` is written (for ref.material errors)
    material_marks: tuple[Mark, ...] = field(default=(), compare=False)
    # where each entry of `presses:` is written (for ref.press errors)
    press_marks: tuple[Mark, ...] = field(default=(), compare=False)
    # where each entry of `languages:` is written (for ref.language errors)
    language_marks: tuple[Mark, ...] = field(default=(), compare=False)
    # where each entry of `hide:` is written: in the office's file, or in that of the office
    # it extends when it takes that one's (office.hidden names the file to mend)
    hide_marks: tuple[Mark, ...] = field(default=(), compare=False)
    # the files of the offices it extends, nearest first (`extends:`): what it says is theirs
    # too (a job's inputs name them)
    parents: tuple[Path, ...] = field(default=(), compare=False)
    # where `name:` is written (office.name warnings); None: the file's start
    name_mark: Mark | None = field(default=None, compare=False)
    # where each logo of `logos:` is written, by name (image checks name the office's line)
    logo_marks: dict[str, Mark] = field(default_factory=dict, compare=False)
    # where each logo's name is written under `logos:` (a name no layout asks for is named there)
    logo_name_marks: dict[str, Mark] = field(default_factory=dict, compare=False)
    # where each logo's `alt:` is written, by name (a language it lacks is named there)
    logo_alt_marks: dict[str, Mark] = field(default_factory=dict, compare=False)
    # where each language code of `strings:` is written (a code the kit lacks is named there)
    strings_marks: dict[str, Mark] = field(default_factory=dict, compare=False)
    # where each language code of `fields_by_language:` is written (a code the kit lacks is
    # named there)
    language_field_marks: dict[str, Mark] = field(default_factory=dict, compare=False)
    # where each link of `links:` is written, by name (a link no QR code shows is named there)
    link_marks: dict[str, Mark] = field(default_factory=dict, compare=False)
    country_mark: Mark | None = field(default=None, compare=False)  # where `country:` is
    paper_mark: Mark | None = field(default=None, compare=False)  # where `paper:` is
    # where `output_profile:` is (None: not written, the default or an extended office's)
    profile_mark: Mark | None = field(default=None, compare=False)

    def hidden_at(self, name: str) -> Mark | None:
        """Where field `name` is listed under the `hide:` the office has (its own, or that of
        an office it extends, which it takes while it gives none: `extends:`); None when it
        does not hide it, or the place is not known (an Office made without its file)."""
        where = dict(zip(reversed(self.hide), reversed(self.hide_marks), strict=False))
        return where.get(name) if len(self.hide) == len(self.hide_marks) else None

    def builds(self, layout: Made) -> bool:
        """Whether the office builds `layout`: one its `materials:` lists, if it lists them,
        else a badge of one of its `presses:`, if it names them, or another material of its
        paper family or of any paper (social images; badges when it names no press)."""
        if self.materials:
            return layout.id in self.materials
        if self.presses and layout.press is not None:
            return layout.press in self.presses
        return layout.paper in (None, self.paper)

    def unfilled(self, campaign_fields: dict[str, str]) -> list[str]:
        """The contact fields empty in a language the office prints: the field's name when
        it is empty in every one, else with the languages that lack it, "helpline (fr, en)"
        (a field given under `fields_by_language: {ar: ...}` only was named as unfilled)."""
        out = []
        for name in CONTACT_FIELDS:
            if name in self.hide:  # not printed, by the office's choice
                continue
            if campaign_fields.get(name) or (name in self.fields and self.fields[name].text):
                continue
            lacking = [
                code
                for code in self.languages
                if not (self.fields_by_language.get(code, {}).get(name) or _EMPTY).text
            ]
            if self.languages and not lacking:
                continue
            some = 0 < len(lacking) < len(self.languages)
            out.append(f"{name} ({', '.join(lacking)})" if some else name)
        return out
