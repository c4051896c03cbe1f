"""The user's cache (campaign.cache): file digests remembered by stat, and kits read once. It
only saves time: what a build or a check reads is always what the files say now."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

import campaign.kit
from campaign import cache
from campaign.diagnostics import DiagnosticsError
from campaign.pipeline import kitcache
from tests.kits import check, mini_copy

ROOT = Path(__file__).resolve().parents[2]


def no_load(root: Path) -> None:
    raise AssertionError("the kit was read again")


def pickles(folder: Path, kind: str = "kit") -> list[Path]:
    """The user's cache's entries of one kind (cache.pickled names them `kind-...`)."""
    return sorted(folder.glob(f"{kind}-*.pickle"))


def test_a_kit_read_once_comes_from_the_cache(
    own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = mini_copy(tmp_path / "kit")
    first = kitcache.cached_kit(kit)
    assert len(pickles(own_cache)) == 1
    monkeypatch.setattr(campaign.kit, "load_kit", no_load)
    again = kitcache.cached_kit(kit)
    assert again == first
    assert again.languages["en"].strings["word"].text == "Heart"


def test_an_edited_string_is_read_again(
    own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = mini_copy(tmp_path / "kit")
    kitcache.cached_kit(kit)
    en = kit / "materials" / "strings" / "en.yaml"
    en.write_text(en.read_text("utf-8").replace("Heart", "Heard"), "utf-8")
    assert kitcache.cached_kit(kit).languages["en"].strings["word"].text == "Heard"
    assert len(pickles(own_cache)) == 2


def test_a_change_that_keeps_size_and_mtime_is_seen(
    own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Remembered digests (every file old enough) and a write that restores the file's mtime
    and size, as `cp -p` or `rsync -t` do: the ctime still differs."""
    monkeypatch.setattr(cache, "RACY_NS", -(10**18))  # every file counts as old enough
    kit = mini_copy(tmp_path / "kit")
    kitcache.cached_kit(kit)
    en = kit / "materials" / "strings" / "en.yaml"
    before = en.stat()
    en.write_text(en.read_text("utf-8").replace("Heart", "Heard"), "utf-8")
    os.utime(en, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert en.stat().st_size == before.st_size
    assert en.stat().st_mtime_ns == before.st_mtime_ns
    assert kitcache.cached_kit(kit).languages["en"].strings["word"].text == "Heard"


def test_a_file_changed_just_now_is_not_remembered(own_cache: Path, tmp_path: Path) -> None:
    """Racy clean: a second write within the timestamp resolution could keep size and mtime,
    so a file newer than RACY_NS is hashed again next time, and not written down."""
    new, old = tmp_path / "new.txt", tmp_path / "old.txt"
    new.write_bytes(b"one")
    old.write_bytes(b"two")
    hour_ago = os.stat(old).st_mtime_ns - 3600 * 10**9
    os.utime(old, ns=(hour_ago, hour_ago))  # its ctime is still now: not remembered either
    for path in (new, old):
        assert cache.digest(path) == hashlib.sha256(path.read_bytes()).hexdigest()
    cache.DIGESTS.save()
    assert not (own_cache / "digests").exists()


def test_remembered_digests_are_saved_and_used_without_reading(
    own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "RACY_NS", -(10**18))
    path = tmp_path / "file.txt"
    path.write_bytes(b"blue heart")
    expected = hashlib.sha256(b"blue heart").hexdigest()
    assert cache.digest(path) == expected
    cache.DIGESTS.save()
    (table,) = (own_cache / "digests").iterdir()  # one folder: tmp_path
    saved = json.loads(table.read_text("utf-8"))
    assert saved["folder"] == str(tmp_path)
    assert saved["files"]["file.txt"][1] == expected
    monkeypatch.setattr(cache, "DIGESTS", cache.Digests())  # a new process
    monkeypatch.setattr(Path, "read_bytes", lambda self: b"not read")
    assert cache.digest(path) == expected


@pytest.mark.parametrize("damage", [b"", b"\x80garbage", b'{"files": 3}'])
def test_a_damaged_cache_is_ignored(
    own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    kit = mini_copy(tmp_path / "kit")
    first = kitcache.cached_kit(kit)
    tables = list((own_cache / "digests").iterdir())
    assert tables
    for table in tables:
        table.write_bytes(damage)
    for entry in pickles(own_cache):
        entry.write_bytes(damage)
    monkeypatch.setattr(cache, "DIGESTS", cache.Digests())
    assert kitcache.cached_kit(kit) == first
    assert pickles(own_cache)[0].read_bytes() != damage  # written again


def test_a_kit_with_errors_is_never_kept(own_cache: Path, tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", {"strings/en.yaml": ("language: en", "language: [en")})
    for _ in range(2):
        with pytest.raises(DiagnosticsError) as raised:
            kitcache.cached_kit(kit)
        (error,) = raised.value.diagnostics
        assert error.mark is not None
        assert (error.mark.path.name, error.mark.line) == ("en.yaml", 1)
    assert pickles(own_cache) == []


def test_warnings_come_back_from_the_cache(own_cache: Path, tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", {"strings/ar.yaml": ("  word:", "  wrd:")})
    first = [w.render() for w in kitcache.cached_kit(kit).warnings]
    assert any("strings.missing" in w for w in first)
    assert [w.render() for w in kitcache.cached_kit(kit).warnings] == first
    assert len(pickles(own_cache)) == 1


@pytest.mark.parametrize("setting", ["off", "0"])
def test_the_cache_can_be_turned_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str
) -> None:
    monkeypatch.chdir(tmp_path)  # where a relative folder named `setting` would be made
    monkeypatch.setenv("CAMPAIGN_KIT_CACHE", setting)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(cache, "DIGESTS", cache.Digests())
    kit = mini_copy(tmp_path / "kit")
    assert kitcache.cached_kit(kit).languages["en"].strings["word"].text == "Heart"
    cache.DIGESTS.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kit"]


def test_the_default_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CAMPAIGN_KIT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.folder() == tmp_path / "xdg" / "campaign-kit"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # the spec says: ignore it
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.folder() == tmp_path / "home" / ".cache" / "campaign-kit"


def test_a_cache_folder_that_cannot_be_made_costs_only_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CAMPAIGN_KIT_CACHE", str(blocker / "cache"))
    monkeypatch.setattr(cache, "DIGESTS", cache.Digests())
    kit = mini_copy(tmp_path / "kit")
    assert kitcache.cached_kit(kit).languages["en"].strings["word"].text == "Heart"
    cache.DIGESTS.save()
    assert blocker.read_text() == "not a folder"


def test_only_the_newest_kits_are_kept(own_cache: Path, tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    en = kit / "materials" / "strings" / "en.yaml"
    text = en.read_text("utf-8")
    fonts = [own_cache / f"font-{n}.pickle" for n in range(3)]  # another kind: kept apart
    own_cache.mkdir(parents=True, exist_ok=True)
    for font in fonts:
        font.write_bytes(b"")
    for n in range(cache.MAX_PICKLES["kit"] + 3):
        en.write_text(text.replace("Heart", f"Heart {n}"), "utf-8")
        kitcache.cached_kit(kit)
    assert len(pickles(own_cache)) == cache.MAX_PICKLES["kit"]
    assert all(font.is_file() for font in fonts)


def latin_fonts(folder: Path) -> Path:
    """A font folder of its own: the Latin family only (the repository's two files)."""
    folder.mkdir()
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        (folder / name).write_bytes((ROOT / "fonts" / name).read_bytes())
    (folder / "fonts.yaml").write_text(
        "families:\n  NotoSans:\n    regular: NotoSans-Regular.ttf\n"
        "    bold: NotoSans-Bold.ttf\n    scripts: [Latn]\n",
        "utf-8",
    )
    return folder


def no_fonts(folder: Path) -> None:
    raise AssertionError("fonts.yaml was read again")


def test_a_font_book_read_once_comes_from_the_cache_until_a_file_changes(
    own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fonts = latin_fonts(tmp_path / "fonts")
    first = kitcache.cached_fontbook(fonts, "code-1")
    assert len(pickles(own_cache, "fontbook")) == 1
    monkeypatch.setattr(kitcache, "load_fontbook", no_fonts)
    again = kitcache.cached_fontbook(fonts, "code-1")
    assert again == first
    assert again.families == {
        "NotoSans": {"regular": fonts / "NotoSans-Regular.ttf", "bold": fonts / "NotoSans-Bold.ttf"}
    }
    assert again.face("NotoSans", "bold").path == fonts / "NotoSans-Bold.ttf"
    monkeypatch.undo()
    monkeypatch.setenv("CAMPAIGN_KIT_CACHE", str(own_cache))
    kitcache.cached_fontbook(fonts, "code-2")  # other code: read again
    assert len(pickles(own_cache, "fontbook")) == 2
    (fonts / "fonts.yaml").write_text(
        (fonts / "fonts.yaml").read_text("utf-8").replace("[Latn]", "[Latn, Cyrl]"), "utf-8"
    )
    assert kitcache.cached_fontbook(fonts, "code-1").scripts == {
        "Latn": "NotoSans",
        "Cyrl": "NotoSans",
    }
    bold = fonts / "NotoSans-Bold.ttf"
    bold.write_bytes(bold.read_bytes() + b"\0")  # a font file changed: read again
    kitcache.cached_fontbook(fonts, "code-1")
    assert len(pickles(own_cache, "fontbook")) == 4


def test_a_font_book_with_errors_is_never_kept(own_cache: Path, tmp_path: Path) -> None:
    fonts = latin_fonts(tmp_path / "fonts")
    (fonts / "fonts.yaml").write_text("families:\n  Other:\n    regular: NotoSans-Regular.ttf\n")
    for _ in range(2):
        with pytest.raises(
            DiagnosticsError, match=r"fonts\.yaml:3:5: .*'Other' is missing .*'scripts'"
        ):
            kitcache.cached_fontbook(fonts, "code-1")
    assert pickles(own_cache, "fontbook") == []


def old_files(folder: Path, *names: str) -> list[Path]:
    """Files old enough to be remembered (an hour ago; their ctime is now, which is what
    RACY_NS looks at too, so the tests that use them set it back)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in names:
        path = folder / name
        path.write_text(name)
        out.append(path)
    return out


def test_digests_are_remembered_per_folder_and_read_per_folder(
    own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "RACY_NS", -(10**18))
    a = old_files(tmp_path / "a", "one.txt", "two.txt")
    b = old_files(tmp_path / "b", "three.txt")
    for path in a + b:
        cache.digest(path)
    own_cache.mkdir(parents=True, exist_ok=True)
    (own_cache / "digests.json").write_text("{}")  # what earlier versions wrote
    cache.DIGESTS.save()
    tables = {
        json.loads(t.read_text("utf-8"))["folder"]: t for t in (own_cache / "digests").iterdir()
    }
    assert sorted(tables) == [str(tmp_path / "a"), str(tmp_path / "b")]
    assert sorted(json.loads(tables[str(tmp_path / "a")].read_text("utf-8"))["files"]) == [
        "one.txt",
        "two.txt",
    ]
    assert not (own_cache / "digests.json").exists()
    read: list[str] = []
    real = cache._read_table
    monkeypatch.setattr(cache, "_read_table", lambda w, d: read.append(d) or real(w, d))
    monkeypatch.setattr(cache, "DIGESTS", cache.Digests())  # a new process
    assert cache.digest(a[1]) == hashlib.sha256(b"two.txt").hexdigest()
    assert read == [str(tmp_path / "a")]  # b's table is not read


def test_a_table_of_another_folder_is_ignored(
    own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "RACY_NS", -(10**18))
    (path,) = old_files(tmp_path / "a", "one.txt")
    cache.digest(path)
    cache.DIGESTS.save()
    (table,) = (own_cache / "digests").iterdir()
    doc = json.loads(table.read_text("utf-8"))
    table.write_text(json.dumps({**doc, "folder": str(tmp_path / "elsewhere")}))
    monkeypatch.setattr(cache, "DIGESTS", cache.Digests())
    monkeypatch.setattr(Path, "read_bytes", lambda self: b"read again")
    assert cache.digest(path) == hashlib.sha256(b"read again").hexdigest()


def test_only_the_most_recently_used_folders_are_kept(
    own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "RACY_NS", -(10**18))
    monkeypatch.setattr(cache, "MAX_FOLDERS", 3)
    for n in range(5):
        (path,) = old_files(tmp_path / f"f{n}", "x.txt")
        cache.digest(path)
        cache.DIGESTS.save()
        stamp = (n + 1) * 10**12  # older tables have older mtimes
        for table in (own_cache / "digests").iterdir():
            if json.loads(table.read_text("utf-8"))["folder"] == str(tmp_path / f"f{n}"):
                os.utime(table, ns=(stamp, stamp))
    kept = sorted(
        json.loads(t.read_text("utf-8"))["folder"] for t in (own_cache / "digests").iterdir()
    )
    assert kept == [str(tmp_path / f"f{n}") for n in (2, 3, 4)]


def test_a_linked_font_folder_uses_the_digests_the_kit_s_build_knows(
    own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fonts/ linked to a shared folder (as the mini kit's is): the worker's font book looks
    the font files up by the paths the parent hashed them by (`kit_digests`), so no font
    file is read again."""
    monkeypatch.setattr(cache, "RACY_NS", -(10**18))
    kit = mini_copy(tmp_path / "kit")
    assert (kit / "fonts").is_symlink()
    kitcache.kit_digests(kit)
    read: list[Path] = []
    real = Path.read_bytes

    def reading(self: Path) -> bytes:
        read.append(self)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", reading)
    kitcache.cached_fontbook(kit / "fonts", "code-1")
    assert [p for p in read if p.suffix == ".ttf"] == []


def never_read(*args: object) -> None:
    raise AssertionError("fonts.yaml was read again")


def test_check_and_the_preview_read_the_font_book_from_the_cache(
    own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check` and the preview's reading of the kit take the font book a build keeps
    (cached_fontbook): they parsed fonts.yaml each time (10 ms, and the YAML loader's and the
    kit readers' imports for a kit read from the cache). A fonts.yaml with an error is read,
    and its error told at its place, every time."""
    import campaign.kit.fonts
    from campaign.serve.gallery import Gallery

    kit = mini_copy(tmp_path / "kit")
    code, first = check(kit)
    assert code == 0, first
    with monkeypatch.context() as m:  # any reading of fonts.yaml, by any path
        m.setattr(campaign.kit.fonts, "read_fonts", never_read)
        assert check(kit) == (0, first)
        gallery = Gallery(kit)
        assert gallery.errors == []
        assert gallery.fonts is not None
        assert gallery.fonts.scripts["Latn"] == "NotoSans"
    (kit / "fonts").unlink()  # a folder of its own: the mini kit's is the repository's
    (kit / "fonts").mkdir()
    (kit / "fonts/fonts.yaml").write_text("families:\n  NotoSans:\n    regular: [Noto\n")
    broken = (
        "fonts/fonts.yaml:3:14: error[load.yaml]: this '[' is not closed (the YAML stops "
        "making sense at line 4: expected ',' or ']', but got '<stream end>')\n"
        "  hint: close it with ']' before the line ends, or put the value in quotes\n"
        "1 error(s)\n"
    )
    for _ in range(2):
        assert check(kit) == (1, broken)
        gallery.reload()
        assert [(d.code, d.mark.line if d.mark else 0) for d in gallery.errors] == [
            ("load.yaml", 3)
        ]
    assert len(pickles(own_cache, "fontbook")) == 1  # the good book's: one with errors is not kept


def test_one_command_reads_one_font_book_and_the_next_reads_its_own(
    own_cache: Path, tmp_path: Path
) -> None:
    """In a `one_font_book` block (a check, an import's two checks) the book read first is
    given again, its faces open; outside one, each call reads its own. A book kept for the
    process held a face that read a font file changed after the book was read: when the
    file was put back, the first bytes' digests found that book, and its face, again (a
    reviewer's reproduction of the live preview's edits)."""
    fonts = latin_fonts(tmp_path / "fonts")
    with kitcache.one_font_book():
        first = kitcache.cached_fontbook(fonts, "code-1")
        with kitcache.one_font_book():  # nested: the outer block's
            assert kitcache.cached_fontbook(fonts, "code-1") is first
        assert kitcache.cached_fontbook(fonts, "code-1") is first
    bold = fonts / "NotoSans-Bold.ttf"
    kept = bold.read_bytes()
    bold.write_bytes((fonts / "NotoSans-Regular.ttf").read_bytes())
    assert first.face("NotoSans", "bold").data != kept  # opened after the change
    bold.write_bytes(kept)  # put back: the first book's digests again
    again = kitcache.cached_fontbook(fonts, "code-1")
    assert again is not first
    assert again.face("NotoSans", "bold").data == kept
