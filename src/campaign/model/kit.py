"""The campaign (campaign.yaml) and the whole kit."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from ..diagnostics import Diagnostic, DiagnosticsError, Mark
from ..presses import PROFILE_DOC, PROFILE_KEYS
from .language import Language, StringEntry
from .layout import BadgeProfile, Layout
from .office import Office
from .spec import Key


@dataclass(frozen=True)
class Colour:
    """A brand colour, defined once for print (CMYK) and once for screens (sRGB); the model
    keeps both as fractions 0-1."""

    name: str
    cmyk: Annotated[
        tuple[float, float, float, float],
        Key(
            "Print colour: cyan, magenta, yellow and black ink; at most 300 in total.",
            unit="per cent",
            low=0,
            high=100,
            required=True,
            form="cmyk",
        ),
    ]
    rgb: Annotated[
        tuple[float, float, float],
        Key(
            'Screen colour (sRGB) as a hex colour like "#0A4DA2", ideally the CMYK value '
            "converted through the press profile.",
            required=True,
            form="hex",
        ),
    ]
    mark: Mark | None = field(default=None, compare=False)  # where it is defined

    @property
    def hex(self) -> str:
        return "#" + "".join(f"{round(c * 255):02X}" for c in self.rgb)

    @property
    def ink(self) -> float:
        """Total ink coverage in per cent."""
        return sum(self.cmyk) * 100


@dataclass(frozen=True)
class Campaign:
    """campaign.yaml: the year's campaign, its languages, brand colours and link targets."""

    name: Annotated[str, Key("The campaign's name (the UN day).", required=True)]
    year: Annotated[int, Key("The campaign year.", low=2000, high=2100, required=True)]
    source_language: Annotated[
        str, Key("The language every other strings file is checked against.", required=True)
    ]
    languages: Annotated[
        tuple[str, ...],
        Key(
            "Language codes built by default (`build --lang` picks a subset); each needs "
            "materials/strings/<code>.yaml.",
            required=True,
        ),
    ]
    colours: Annotated[
        dict[str, Colour],
        Key("Brand colours by name, used by styles and slots.", required=True, what="colour"),
    ]
    links: Annotated[
        dict[str, str],
        Key(
            "Link targets by name (QR codes, printed addresses): https://, http://, mailto: "
            "or tel: URLs. Non-ASCII addresses are written as people read them; QR codes and "
            "PDF links get the ASCII form (punycode host, percent-encoded UTF-8).",
            required=True,
            form="links",
        ),
    ]
    output_profile: Annotated[
        str,
        Key(PROFILE_DOC, default="fogra39", choices=PROFILE_KEYS),
    ]
    mark: Mark
    image_intent: Annotated[
        Literal["perceptual", "relative"],
        Key("How photos are brought into the press's colour range."),
    ] = "perceptual"
    check_colours: Annotated[
        bool,
        Key(
            "Compare each colour's rgb with its cmyk on the press (colour.mismatch); false "
            "only for a kit whose screen colours are chosen apart from print (a test kit)."
        ),
    ] = True
    sample: Annotated[
        bool,
        Key(
            "A campaign.yaml made to try the kit (a test kit's), whose materials are not for "
            "print: its `fields:` may hold the project's sample values, addresses at "
            "example.org and a helpline whose country code begins with 0 (+00 000 000 0000), "
            "which are errors (`campaign.placeholder`) in any other."
        ),
    ] = False
    theme_year: Annotated[
        int | None,
        Key(
            "The campaign year of the theme the strings files print (the source language's "
            "`theme`): a `year:` other than it warns (`campaign.theme-year`) until that "
            "year's theme is written and this says its year.",
            low=2000,
            high=2100,
        ),
    ] = None
    # values that are not translated (a helpline, a web address, a venue): name -> text;
    # a strings file's `fields:` overrides them for its language
    fields: Annotated[
        dict[str, str],
        Key(
            "Values that are not translated (a helpline, a venue) by name; empty means "
            '"not filled in yet". A strings file\'s `fields:` overrides them.',
            form="fields",
        ),
    ] = field(default_factory=dict)
    # the short forms of `fields:` written {text:, short:}, by name (printed where the text
    # does not fit its slot)
    field_shorts: dict[str, str] = field(default_factory=dict)
    # where each of `fields:` is written (its key): a text of it that does not fit its slot is
    # told there, not at the file's first line
    field_marks: dict[str, Mark] = field(default_factory=dict, compare=False)
    # where each entry of `languages:` is written (a language without a strings file is
    # named there, not at the file's first line)
    language_marks: tuple[Mark, ...] = field(default=(), compare=False)
    # where `year:`'s value is written (`campaign.past-year` names it)
    year_mark: Mark | None = field(default=None, compare=False)
    # where `source_language:`'s value is written (a code without a strings file is named there)
    source_mark: Mark | None = field(default=None, compare=False)
    # what the file says but its `languages:` (load.Node.digest): the campaign's part of every
    # job's fingerprint and build hash, so that a comment, or a language added to the list,
    # rebuilds nothing that was made
    content: str = field(default="", compare=False)


@dataclass(frozen=True)
class Kit:
    """Everything a build reads: the campaign, its languages, its layouts, where files are."""

    root: Path
    campaign: Campaign
    languages: dict[str, Language]
    layouts: dict[str, Layout]
    fonts_dir: Path
    assets_dir: Path
    warnings: tuple[Diagnostic, ...] = field(default=())  # of validation, e.g. unused keys
    offices: dict[str, Office] = field(default_factory=dict)  # materials/offices/<id>.yaml
    presses: dict[str, BadgeProfile] = field(default_factory=dict)  # materials/presses/<id>.yaml
    # languages whose strings file has errors (load_kit's `isolate`), not in `languages`: the
    # file's problems, which a build reports as its jobs' (its other languages are made)
    unreadable: dict[str, tuple[Diagnostic, ...]] = field(default_factory=dict)
    # offices whose file has errors (load_kit's `isolate`), not in `offices`: the file's
    # problems, raised by a command that names the office (another office's file with a
    # typo stopped every office's build)
    unusable_offices: dict[str, tuple[Diagnostic, ...]] = field(default_factory=dict)
    # the errors of the layout files, kept apart for a command that reads no layout
    # (`load_kit(layouts_apart=True)`: `new language`), which reports them after its work
    layout_errors: tuple[Diagnostic, ...] = ()
    # layouts whose file has errors (`load_kit(layouts_isolated=True)`: `check`), not in
    # `layouts` (nor the sizes made from them): the file's problems, by the file's layout id,
    # reported beside the other materials' layouts
    unusable_layouts: dict[str, tuple[Diagnostic, ...]] = field(default_factory=dict)

    def readable(self, code: str) -> None:
        """Raises DiagnosticsError with the problems of language `code`'s strings file when it
        cannot be read (`unreadable`): a command about that language cannot go on (an export
        would show every text as untranslated), one about another can. So does a code that
        is another code of a language (`model.language.other_code`: iw is he), with the
        answer `build --lang iw` gives, `ref.language` and "write 'he'": `strings export
        --lang iw` wrote a file for a new language beside the kit's he, and an import of a
        PO saying `Language: iw` offered iw as a language of its own (a trial)."""
        from .language import other_code, unknown_language

        if code in self.unreadable:
            raise DiagnosticsError(list(self.unreadable[code]))
        if other_code(code, {**self.languages, **self.unreadable}) is not None:
            raise DiagnosticsError(unknown_language(code, self.languages))

    def fallbacks(self, lang: Language | str) -> tuple[Language, ...]:
        """The kit's languages whose texts `lang` prints where it lacks one, before the
        source language's, nearest first (`model.language.fallback_chain`: es for es-419).
        `lang` a code: the kit's language of that code, else one it has not yet (a strings
        file `new language` or an import is about to write) in its code's script
        (`text.scripts.script_of`: pt-BR Latn, zh-Hant Hant)."""
        from .language import fallback_chain

        if isinstance(lang, str):
            lang = self.languages.get(lang) or _unwritten(lang)
        # once per language and kit: every text a document prints asks its chain (a merged
        # record's staging asked it 6 times, 0.25 ms under cProfile, a dict of the kit's
        # languages made at each); what the chain depends on of `lang` is the key
        key = (lang.code, lang.script, lang.pseudo)
        known = self._fallbacks
        found = known.get(key)
        if found is None:
            found = known[key] = fallback_chain(lang, self.languages, self.campaign.source_language)
        return found

    @cached_property
    def _fallbacks(self) -> dict[tuple[str, str, bool], tuple[Language, ...]]:
        """`fallbacks`' answers, by what each depends on of its language (the kit is frozen:
        a changed kit is a new Kit, `dataclasses.replace`, with none)."""
        return {}

    def printed(
        self, lang: Language | str, key: str, own_text: bool = True
    ) -> tuple[StringEntry, Language] | None:
        """What language `lang` (or a code, as `fallbacks` takes it) prints for `key` and
        the language whose strings file gives it, as `resolve.resolve` composes them: its
        own entry, else its nearest parent's that has the key (`fallbacks`: pt.yaml's for
        pt-BR, es.yaml's for es-419), else the source language's; None where none has it.
        `own_text` False: what prints where the language lacks the key (a text an import
        leaves empty). The import's summary, the proof sheet and `new language` name the
        file by it: they said English where pt.yaml's Portuguese printed (a translator's
        trial)."""
        own = self.languages.get(lang) if isinstance(lang, str) else lang
        if own_text and own is not None and key in own.strings:
            return own.strings[key], own
        source = self.languages.get(self.campaign.source_language)
        for other in (*self.fallbacks(lang), *((source,) if source is not None else ())):
            if key in other.strings:
                return other.strings[key], other
        return None

    def lists(self, language: str, office: str | None = None) -> bool:
        """Whether the group of a file lists `language`: office `office`'s `languages:`, or
        campaign.yaml's (None: the campaign kit). An office the kit does not have lists it
        (not for this to say). A build makes another language's files only when `--lang`
        names it (a translator's trial of a new strings file)."""
        if office is None:
            return language in self.campaign.languages
        found = self.offices.get(office)
        return found is None or language in found.languages

    def languages_of(self, office: str | None) -> tuple[str, ...]:
        """The languages of the campaign kit (`office` None) or of an office, in the order
        its file lists them (its `languages:`, as it extends another's; campaign.yaml's for
        the campaign and for an office the kit does not have): the one order the package's
        files and a sheet's pieces are listed in (an office listing [ar, en, ur, fa] had its
        contact sheet's columns in campaign.yaml's order, its job sheet's rows and a sheet's
        pieces in the codes' alphabetical order: a regional office's and a print shop's
        trials)."""
        found = self.offices.get(office) if office is not None else None
        # each once: an office's `languages: [en, en]` (office.repeated) is one column
        return tuple(
            dict.fromkeys(found.languages if found is not None else self.campaign.languages)
        )

    def language_code(self, code: str) -> str:
        """The kit's spelling of a language code, case aside (BCP 47 tags are case-insensitive,
        RFC 5646, 2.1.1: EN is en); `code` itself when the kit has no such language."""
        folded = code.lower()
        known = (*self.languages, *self.unreadable)
        return next((k for k in known if k.lower() == folded), code)


def _unwritten(code: str) -> Language:
    """A stand-in for a language the kit has no strings file of yet: its code and its code's
    script, without texts (what `Kit.fallbacks` needs of it)."""
    from ..text.scripts import script_of

    return Language(code, code, code, "draft", script_of(code), "ltr", "latn", {}, Path())
