"""Which of a build folder's files the kit changed since its last build outdates
(`package.outdated`): each file judged by the kit files it was made from."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import NamedTuple

from ..model import Kit
from ..output import OutputFile


class Outdated(NamedTuple):
    """The kit's changes since a build folder's last build that its files were made from."""

    changes: tuple[str, ...]  # the kit files (or "the generator", "the kit"), sorted
    files: tuple[str, ...]  # the first MAX_NAMED names of the folder's files made from them
    made: int  # files made from them
    total: int  # files judged
    # the arguments of the build that made all of them, from its stamp's `selection` and
    # `merge` ("build --office dakar --lang fr --no-png", "merge event-flyer-a5 events.csv";
    # package.build.built_with); None: not known (a shard's, files of earlier builds, a stamp
    # written before it kept the selection and options)
    remade: str | None = None
    # some were made before the last build: changes before it are named (their entries'
    # `changed`), the message then says "since its files were made"
    earlier: bool = False
    # when `remade` is None: the arguments of the builds of the outdated files alone, one
    # per group and set of languages, with the last build's options
    # (package.build.rebuild_words: "build --only flyer-a6 --lang en,es,fr --no-png"); ():
    # not known (a merge's files, a stamp that keeps no options)
    again: tuple[str, ...] = ()
    # when `remade` is None and every outdated file was merged: the arguments of a merge of
    # each data file they were made from, one per template, office and data file
    # (package.build.remerge_words: "merge event-flyer-a5 ev2.csv"); () when not known
    merges: tuple[str, ...] = ()
    # some of `merges` is quoted without the options it was run with, which the stamp does
    # not keep (a folder merged before stamps kept each template's: `merged_earlier`)
    merges_guessed: bool = False


MAX_NAMED = 3
# What `KitChanges` names when no kit file changed but the code did ("the generator"), and
# when the stamp keeps no file's digest ("the kit"), among the kit files' names
GENERATOR, KIT = "the generator", "the kit"


class KitChanges:
    """What changed since the build folder's last build (its `stamp`) in the kit at `root`
    that made it, and which of its files (`add`, entry by entry: a merge's folder lists
    10,000 files or more, none held) were made from what changed: a file is made from every
    kit file but those of fingerprint.SCOPED_FILES (fonts, images, layouts, offices' files,
    presses, strings files), and from those its job read (its entry's `inputs`); from "the
    generator" when the code changed (fingerprint.code_version). An entry or a stamp written
    before they kept what they were made from is judged made from every kit file of its
    group (the campaign's files and its office's), and from the generator when none of them
    changed but its group's state did. The changes: the names (relative to the kit) of the
    files added, removed or edited since that a file was made from, sorted; "the kit" for a
    stamp that keeps no file's digest. campaign.yaml, the offices' files and the strings
    files are edited when what they say is (`said_the_same`), as the build judges them: a
    comment, or a language added to `languages:`, is no change. Before, any change of the
    kit was named, for every file: an edit of kk.yaml made the Thai event flyers "outdated"
    (a user's trial). A file the last build did not make (kept from an earlier one) is
    judged by what changed since it was made: the builds since kept in its entry the files
    it was made from that changed (`changed`: building._with_kit), judged alike; it was
    judged against the last build's stamp only, and a poster made before a strings import
    was packed without a word after a build of another material that had the import (a
    trial)."""

    def __init__(self, stamp: Mapping[str, object], kit: Kit) -> None:
        from ..pipeline.fingerprint import code_version, kit_state, office_chains
        from ..pipeline.kitcache import kit_digests

        self.kit = kit
        self.files = kit_digests(kit.root)
        self.code = code_version()
        # an office's state has the files of the offices it extends (`extends:`)
        self._chains = office_chains(kit.root)
        self._state = functools.partial(kit_state, self.files, self.code, chains=self._chains)
        before = stamp.get("kit_offices")
        self._states = before if isinstance(before, dict) else {}
        self._same: dict[str | None, bool] = {None: stamp.get("kit") == self._state()}
        digests = stamp.get("kit_files")
        self.changed: list[str] | None = None  # None: the stamp keeps no file's digest
        if isinstance(digests, dict):
            now = {name: digest[:16] for name, digest in self.files.items()}
            keys = digests.keys() | now.keys()
            edited = (n for n in keys if digests.get(n) != now.get(n))
            said = said_the_same(stamp, kit)
            self.changed = sorted(n for n in edited if n not in said)
        # what each layout took from its file at the build (fingerprint.layout_values), by
        # material; None: a stamp written before it kept them (a layout file judged by its
        # bytes, for every size of it)
        layouts = stamp.get("kit_layouts")
        self._layouts_then = layouts if isinstance(layouts, dict) else None
        self._layouts_now: dict[str, str] | None = None
        # each material's layout file as kit_digests names it (None: outside the kit's root)
        self._layout_files: dict[str, str | None] = {}
        # what each strings file said text by text at the build (fingerprint.strings_values),
        # by name; None: a stamp written before it kept them (a strings file judged whole)
        strings = stamp.get("kit_strings")
        self._strings_then = strings if isinstance(strings, dict) else None
        self._strings_now: dict[str, dict[str, str]] | None = None
        self._layout_strings: dict[str, frozenset[str] | None] = {}  # by material
        # what each office's file said field by field at the build (fingerprint.
        # office_values), by office id; None: a stamp written before it kept them (an
        # office's file judged by what it says whole)
        offices = stamp.get("kit_office_fields")
        self._offices_then = offices if isinstance(offices, dict) else None
        self._offices_now: dict[str, dict[str, str]] | None = None
        self._layout_fields: dict[tuple[str, str], frozenset[str] | None] = {}
        kept = stamp.get("code")
        self.generator = kept != self.code[:16] if isinstance(kept, str) else None
        self.per_entry = False  # unstamped: each file against its own entry's state
        self._found: set[str] = set()
        self._named: list[str] = []
        self._count = 0
        self._total = 0
        self._earlier = False

    @classmethod
    def unstamped(cls, kit: Kit) -> KitChanges:
        """For a folder whose manifest has no build stamp (its last build had a failed job):
        each file judged by its own entry's kit state (its `kit`: fingerprint.kit_state when
        it was made) against its group's now. Which files changed is not known (no stamp
        keeps their digests then), so a changed state is "the kit". `package` packed such a
        folder with a warning only: a trial's 102 Haitian files made before a strings edit
        went into the package beside the failed build's others (exit 0). An entry written
        before entries kept their state is not judged."""
        out = cls({}, kit)
        out.per_entry = True
        return out

    def same(self, office: str | None) -> bool:
        """Whether the group's kit state (fingerprint.kit_state) is the build's."""
        if office not in self._same:
            self._same[office] = self._states.get(office) == self._state(office)
        return self._same[office]

    def made_from(self, f: OutputFile) -> list[str]:
        """The changes `f` was made from: since the last build (`since_stamp`), and, for a
        file the last build did not make, before it, since the file was made (its entry's
        `changed`: building._with_kit). None for a file made from the kit as it is (its
        entry's `kit`, the group's state now: an edit undone)."""
        then = f.extra.get("kit")
        if isinstance(then, str) and then == self._state(f.office):
            return []
        if self.per_entry:
            return [KIT] if isinstance(then, str) else []
        had = f.extra.get("changed")
        earlier = {n for n in had if isinstance(n, str)} if isinstance(had, list) else set()
        found = self.since_stamp(f)
        if earlier - set(found):
            self._earlier = True
        return sorted(earlier.union(found))

    def since_stamp(self, f: OutputFile) -> list[str]:
        """The changes since the last build (the stamp) that `f` was made from."""
        from ..pipeline.fingerprint import OFFICE_FILES, SCOPED_FILES

        if self.same(f.office):  # its group's kit files and the code, as they were
            return []
        if self.changed is None:
            return [KIT]
        inputs = f.extra.get("inputs")
        if not isinstance(inputs, list) or self.generator is None:  # its group's files
            ids = (f.office, *self._chains.get(f.office, ())) if f.office else ()
            own = {f"{OFFICE_FILES}{oid}.yaml" for oid in ids}
            found = [n for n in self.changed if not n.startswith(OFFICE_FILES) or n in own]
            if found or self.generator is False:  # False: only files that say the same
                return found
            return [GENERATOR]  # its state differs, and no file of it does
        found = [
            n
            for n in self.changed
            if (not n.startswith(SCOPED_FILES) or n in inputs)
            and not self._same_layout(f, n)
            and not self._same_texts(f, n)
            and not self._same_fields(f, n)
        ]
        return [*found, GENERATOR] if self.generator else found

    def _same_layout(self, f: OutputFile, name: str) -> bool:
        """Whether `name`, a changed layout file, gives `f`'s layout what it gave it at the
        last build (fingerprint.layout_values, the stamp's `kit_layouts`): an edit of another
        size's entry, or of its `family:` or `paper:`, as the build judges it (it skips the
        job). False for any other file, or when the stamp keeps no layout's."""
        from ..pipeline.fingerprint import LAYOUT_FILES, layout_values

        if self._layouts_then is None or not name.startswith(LAYOUT_FILES):
            return False
        if self._layouts_now is None:
            self._layouts_now = layout_values(self.kit)
        then = self._layouts_then.get(f.material)
        layout = self.kit.layouts.get(f.material)
        if not isinstance(then, str) or layout is None:
            return False
        if f.material not in self._layout_files:  # resolved once, not per entry
            try:
                own = layout.path.resolve().relative_to(self.kit.root.resolve()).as_posix()
            except ValueError:
                own = None
            self._layout_files[f.material] = own
        if self._layout_files[f.material] != name:  # another layout file, in its inputs:
            return False  # judged by its bytes
        return self._layouts_now.get(f.material) == then

    def _same_texts(self, f: OutputFile, name: str) -> bool:
        """Whether `name`, a changed strings file, changed no text `f`'s layout may set
        (fingerprint.layout_strings: its slots' strings and alternative texts, their link
        variants, its links' words) and nothing else a job takes from it (the language's
        settings and fields: the stamp's `kit_strings` "" against the kit's now,
        fingerprint.strings_values; for a merged record's file its month names too,
        fingerprint.MONTHS), as the build judges it: an edit of the theme, or of `months:`,
        outdates no badge. False for any other file, a layout the kit no longer has, or when the
        stamp keeps no strings file's texts."""
        from ..pipeline.fingerprint import MONTHS, STRINGS_FILES, layout_strings, strings_values

        if self._strings_then is None or not name.startswith(STRINGS_FILES):
            return False
        if self._strings_now is None:
            self._strings_now = strings_values(self.kit)
        then, now = self._strings_then.get(name), self._strings_now.get(name)
        if not isinstance(then, dict) or now is None or then.get("") != now.get(""):
            return False
        if f.record is not None and then.get(MONTHS) != now.get(MONTHS):
            return False  # a merged record's date, in the language's months
        if f.material not in self._layout_strings:  # read once, not per entry
            layout = self.kit.layouts.get(f.material)
            source = self.kit.languages.get(self.kit.campaign.source_language)
            known = source.strings if source is not None else {}
            found = layout_strings(layout, known) if layout is not None else None
            self._layout_strings[f.material] = found
        used = self._layout_strings[f.material]
        if used is None:
            return False
        return not any(then.get(k) != now.get(k) for k in used)

    def _same_fields(self, f: OutputFile, name: str) -> bool:
        """Whether `name`, a changed office's file (`f`'s office's or one it extends), changed
        none of the fields `f`'s layout may print (fingerprint.layout_fields) and nothing else
        it says (the stamp's `kit_office_fields` of `f`'s office against the kit's now,
        fingerprint.office_values), as the build judges it: a helpline edited outdates no
        badge that prints none, and a French website no English flyer. False for any other
        file, an office or layout the kit no longer has, or when the stamp keeps no office's
        fields."""
        from ..pipeline.fingerprint import OFFICE_FILES, layout_fields, office_values

        if self._offices_then is None or not name.startswith(OFFICE_FILES) or not f.office:
            return False
        if self._offices_now is None:
            self._offices_now = office_values(self.kit)
        then, now = self._offices_then.get(f.office), self._offices_now.get(f.office)
        if not isinstance(then, dict) or now is None or then.get("") != now.get(""):
            return False
        key = (f.material, f.office)
        if key not in self._layout_fields:  # read once, not per entry
            layout, office = self.kit.layouts.get(f.material), self.kit.offices.get(f.office)
            found = None
            if layout is not None and office is not None:
                found = layout_fields(self.kit, layout, office)
            self._layout_fields[key] = found
        used = self._layout_fields[key]
        if used is None:
            return False
        own = [f"{k}@{f.language}" for k in used]  # the language's own values (office_said)
        return not any(then.get(k) != now.get(k) for k in (*used, *own))

    def add(self, f: OutputFile) -> list[str]:
        """Judge `f`: the changes it was made from (`made_from`; empty: none)."""
        self._total += 1
        found = self.made_from(f)
        if found:
            self._found.update(found)
            self._count += 1
            if len(self._named) < MAX_NAMED:
                self._named.append(f.name)
        return found

    def result(self) -> Outdated:
        return Outdated(
            tuple(sorted(self._found)),
            tuple(self._named),
            self._count,
            self._total,
            earlier=self._earlier,
        )


def said_the_same(stamp: Mapping[str, object], kit: Kit) -> set[str]:
    """The kit files (campaign.yaml, the offices' and the strings files) that say what they
    said at the build whose `stamp` this is, their bytes edited or not (a comment added, a
    language added to `languages:`): the stamp's `kit_values` and the kit's
    (fingerprint.kit_values: Campaign.content, Office.content and Language.content). None
    for a stamp written before it kept them: those files are judged by their bytes."""
    from ..pipeline.fingerprint import kit_values

    then = stamp.get("kit_values")
    if not isinstance(then, dict):
        return set()
    return {name for name, said in kit_values(kit).items() if then.get(name) == said}
