"""The preview server over HTTP: the page, its data, page images, unknown addresses, the change
stream fed by the file watcher, and a port that is taken."""

from __future__ import annotations

import io
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from PIL import Image

from campaign.serve.server import Preview
from tests.kits import cli, mini_copy


def get(preview: Preview, path: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(preview.url + path, timeout=20) as answer:
            return answer.status, answer.headers["Content-Type"], answer.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read()


def test_serves_127_0_0_1_only(served: Preview) -> None:
    assert served.httpd.server_address[0] == "127.0.0.1"
    assert served.url.startswith("http://127.0.0.1:")


def test_page_state_document_and_image(served: Preview) -> None:
    status, kind, body = get(served, "")
    assert (status, kind) == (200, "text/html; charset=utf-8")
    assert b'<script src="/static/gallery.js">' in body
    assert get(served, "static/gallery.js")[0] == 200
    assert b'<script src="/static/viewer.js">' in body  # the page viewer's dialog
    assert get(served, "static/viewer.js")[:2] == (200, "text/javascript; charset=utf-8")
    assert get(served, "static/viewer.css")[:2] == (200, "text/css; charset=utf-8")
    state = json.loads(get(served, "state")[2])
    assert [d["id"] for d in state["documents"]][:2] == ["-/badge/en", "-/badge/ar"]
    assert state["errors"] == []
    assert state["warnings"] == []  # the kit's own warnings (none in the mini kit)
    assert served.changed()["warnings"] == []  # and in every change event
    doc = json.loads(get(served, "doc/-/boxes/ar")[2])
    assert len(doc["pages"]) == 1
    assert doc["rtl"] is True
    assert doc["size_mm"] == [26.0, 26.0]
    assert doc["guides"]["trim"] == [20.0, 20.0]
    assert doc["fit"] == []  # boxes has no text
    text = json.loads(get(served, "doc/-/text/ar")[2])
    [row] = text["fit"]
    assert (row["page"], row["slot"], row["range_pt"], row["lines"]) == (
        "front",
        "word",
        [6, 12],
        1,
    )
    assert row["text"].startswith("front/word: 12.0 pt, 1 line(s), ")
    status, kind, png = get(served, f"img/-/boxes/ar/0.png?v={doc['version']}")
    assert (status, kind) == (200, "image/png")
    # 26 mm (trim and 3 mm bleed each side) at 4 px per mm; PDFium rounds the edge up
    assert Image.open(io.BytesIO(png)).size in ((104, 104), (105, 105))


@pytest.mark.parametrize(
    "path",
    ["img/-/boxes/xx/0.png", "img/-/boxes/en/1.png", "img/-/boxes/en/a.png", "doc/boxes", "x"],
)
def test_unknown_addresses_are_404(served: Preview, path: str) -> None:
    assert get(served, path)[0] == 404


def test_watcher_reports_a_moved_slot(served: Preview) -> None:
    get(served, "img/-/boxes/en/0.png")  # drawn: a change to it is reported
    get(served, "img/-/text/en/0.png")
    stream = urllib.request.urlopen(served.url + "events", timeout=20)
    assert stream.readline() == b": connected\n"
    time.sleep(0.3)  # the watcher is running before the edit
    path = served.gallery.root / "materials/layouts/boxes.yaml"
    text = path.read_text(encoding="utf-8")
    # editors' files beside it, in the same moment (vim's write test, gedit's atomic save,
    # LibreOffice's lock): not kit files, not listed
    for name in ("4913", ".goutputstream-X1Y2", ".~lock.boxes.yaml#", "boxes.yaml.swp"):
        (path.parent / name).write_text("x", encoding="utf-8")
    path.write_text(text.replace("{start: 2, top: 14,", "{start: 8, top: 14,"), encoding="utf-8")
    started = time.monotonic()
    while True:
        line = stream.readline()
        if line.startswith(b"data: "):
            break
    event = json.loads(line[6:])
    assert event["changed"] == ["-/boxes/en"]
    assert event["files"] == [str(path)]
    assert event["errors"] == []
    assert time.monotonic() - started < 5
    stream.close()


def test_kit_changes_are_files_the_kit_reads_and_folders(tmp_path: Path) -> None:
    from campaign.serve.server import kit_change

    (tmp_path / "offices" / "ke").mkdir(parents=True)
    kit = ["a/strings/sw.YAML", "fonts/x.ttf", "assets/heart.svg", "logo.JPG", "p.icc"]
    assert all(kit_change(str(tmp_path / name)) for name in kit)
    assert kit_change(str(tmp_path / "offices" / "ke"))  # a folder made or renamed
    others = ["4913", ".goutputstream-AB12", "boxes.yaml~", ".boxes.yaml.swp", "x.yaml.tmp"]
    others += [".~lock.events.xlsx#", "notes.md", ".git/index", "__pycache__/a.pyc"]
    assert not any(kit_change(str(tmp_path / name)) for name in others)


def test_a_taken_port_is_an_error(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, text = cli("preview", "--kit", kit, "--port", str(port))
    assert code == 1
    assert f"error[preview.port]: cannot listen on 127.0.0.1:{port} (" in text
    assert "hint: leave --port out to take a free port" in text


def test_art_that_never_parsed_is_a_503_naming_the_file(served: Preview) -> None:
    """An image whose art has been broken since before it was first parsed: the answer says
    what is wrong and where (it was a 500 with "DiagnosticsError: ..." as its text)."""
    kit = served.gallery.root
    (kit / "materials/layouts/art.yaml").write_text(
        "title: Art\nkind: poster\ntrim: [20, 20]\nbleed: 3\nsafe: 2\nmarks: false\nslots:\n"
        "  - {name: heart, kind: svg, asset: blue-heart.svg,"
        " frame: {start: 2, top: 2, width: 16, height: 16}}\n",
        encoding="utf-8",
    )
    served.gallery.reload()
    svg = kit / "assets/blue-heart.svg"
    svg.write_text(svg.read_text(encoding="utf-8").replace("</svg>", ""), encoding="utf-8")
    status, kind, body = get(served, "img/-/art/en/0.png")
    assert (status, kind) == (503, "text/plain")
    text = body.decode()
    assert text.startswith("the kit has an error; fix it and the page draws again:\n")
    assert "blue-heart.svg" in text
    assert "error[svg.read]" in text
    assert "DiagnosticsError" not in text


def test_a_layout_that_never_read_well_is_listed_and_answers_with_its_errors(
    served: Preview,
) -> None:
    """A layout added with broken art: its cards are in the state (without a size: no
    pages), and its document and page images answer with the art's error (HTTP 503), not
    "no such document" (404) nor Python's error."""
    kit = served.gallery.root
    heart = (kit / "assets/blue-heart.svg").read_text(encoding="utf-8")
    (kit / "assets/cut.svg").write_text(heart.replace("</svg>", ""), encoding="utf-8")
    (kit / "materials/layouts/art.yaml").write_text(
        "title: Art\nkind: poster\ntrim: [20, 20]\nbleed: 3\nsafe: 2\nmarks: false\nslots:\n"
        "  - {name: heart, kind: svg, asset: cut.svg,"
        " frame: {start: 2, top: 2, width: 16, height: 16}}\n",
        encoding="utf-8",
    )
    event = served.changed()
    assert event["errors"] == []
    said = (
        f"{kit / 'assets/cut.svg'}:7:1: error[svg.read]: failed to read SVG (Premature end of "
        "data in tag svg line 1)\n  hint: open the file in an editor and check the markup"
    )
    assert [u["text"] for u in event["unreadable"]] == [said]  # type: ignore[attr-defined]
    state = json.loads(get(served, "state")[2])
    [card] = [d for d in state["documents"] if d["id"] == "-/art/en"]
    assert (card["never_read"], card["size_mm"]) == (True, None)
    assert [u["text"] for u in card["unreadable"]] == [said]
    for path in ("doc/-/art/en", "img/-/art/en/0.png"):
        status, kind, body = get(served, path)
        assert (status, kind) == (503, "text/plain"), path
        assert body.decode() == f"the kit has an error; fix it and the page draws again:\n{said}"


def test_an_internal_error_while_reading_the_kit_again_does_not_stop_the_watching(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug met while reading the kit again after a save (a broken translation an office
    prints raised one) ended the watching thread with a traceback: the page never refreshed
    again. It is one `preview.internal` line and an event, and the next save is read."""
    import watchfiles

    from campaign.serve.gallery import Gallery

    preview = Preview(Gallery(mini_copy(tmp_path / "kit"), 25.4))
    layout = str(preview.gallery.root / "materials/layouts/boxes.yaml")
    monkeypatch.setattr(watchfiles, "watch", lambda *a, **k: iter([{(2, layout)}] * 2))
    calls: list[int] = []

    def reload() -> list[str]:
        calls.append(1)
        if len(calls) == 1:
            raise KeyError("ar")
        return []

    monkeypatch.setattr(preview.gallery, "reload", reload)
    published: list[dict[str, object]] = []
    monkeypatch.setattr(preview.events, "publish", published.append)
    preview._watch()
    assert len(calls) == 2  # the second save was read
    assert capsys.readouterr().err == (
        "error[preview.internal]: the preview stopped reading the kit on an internal error "
        "(KeyError: 'ar'); the last good pages stay, and the next save reads it again\n"
    )
    errors = [e["errors"] for e in published]
    assert [[p["code"] for p in e] for e in errors] == [["preview.internal"], []]  # type: ignore[attr-defined]
    preview.httpd.server_close()


def test_state_lists_the_warnings_check_prints_for_the_same_selection(tmp_path: Path) -> None:
    """A designer's trial: the page listed the kit's own warnings only, not those `check`
    adds (a brand colour whose screen and print values differ, a past campaign year: the
    tests' clock is in the mini kit's year, an office's unfilled fields), and with --office those of languages the office does not
    print. /state lists what `check` prints for the same office, languages and materials."""
    import threading

    from campaign.pipeline.checking import check
    from campaign.serve.entries import Selection
    from campaign.serve.gallery import Gallery

    kit = mini_copy(
        tmp_path / "kit",
        {
            "campaign.yaml": ("check_colours: false", "check_colours: true"),
            "strings/ar.yaml": ("  emblem_alt: قلب أزرق\n", ""),  # Arabic's: lilia prints English
        },
    )
    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/lilia.yaml").write_text(
        'name: Lilia\nlanguages: [en]\nfields:\n  helpline: ""\n', encoding="utf-8"
    )
    preview = Preview(Gallery(kit, 25.4, Selection(offices=("lilia",), only=("text",))))
    thread = threading.Thread(target=preview.serve, daemon=True)
    thread.start()
    try:
        state = json.loads(get(preview, "state")[2])
    finally:
        preview.shutdown()
        thread.join(10)
    listed = [(Path(w["file"]).name, w["line"], w["code"]) for w in state["warnings"]]
    mismatch = [("campaign.yaml", line, "colour.mismatch") for line in (14, 15, 16, 17, 18, 20)]
    assert listed == [
        *mismatch,
        ("lilia.yaml", 4, "office.unfilled"),
    ]
    _, _, checked = check(kit, only=("text",), offices=("lilia",))
    assert [(w.mark.path.name, w.mark.line, w.code) for w in checked if w.mark] == listed
    assert state["warnings"][0]["message"] == (
        "colour 'blue': its screen value #0000FF and its print value (C 100 M 70 Y 0 K 10 on "
        "FOGRA39) differ by ΔE2000 17.4: previews and digital files will not look like the print"
    )
    # the campaign's gallery: Arabic's missing string too, and no office's unfilled fields
    campaign = Gallery(kit, 25.4, Selection(only=("text",))).state()["warnings"]
    assert [(Path(w["file"]).name, w["line"], w["code"]) for w in campaign] == [  # type: ignore[union-attr]
        ("ar.yaml", 1, "strings.missing"),
        *mismatch,
    ]


# a colour whose rgb and CMYK disagree (colour.mismatch's case), for the mini kit's text
INKS = {
    # navy on screen, a pale cyan in print: passes on the rgb, fails as printed (a warning)
    "prints pale": '{cmyk: [20, 0, 0, 0], rgb: "#213555"}',
    # navy in print, a pale blue on screen: fails on the rgb (an error), passes as printed
    "shows pale": '{cmyk: [100, 80, 25, 50], rgb: "#D6E4F0"}',
}


@pytest.mark.parametrize(
    ("ink", "code", "numbers"),
    [
        (
            "prints pale",
            "warning[colour.contrast-print]",
            "ink text on white prints at 1.21:1 on FOGRA39 (coated paper), below the 4.5:1 "
            "WCAG AA asks for 12.0 pt text; 12.32:1 from the colours' rgb, which the digital "
            "PDF and PNGs show (colour.contrast passes)",
        ),
        (
            "shows pale",
            "error[colour.contrast]",
            "ink text on white has a contrast of 1.30:1 (12.32:1 as printed on FOGRA39, coated "
            "paper); WCAG AA asks 4.5:1 for 12.0 pt text",
        ),
    ],
)
def test_a_documents_contrast_as_printed_is_on_its_card_as_check_prints_it(
    tmp_path: Path, ink: str, code: str, numbers: str
) -> None:
    """A designer editing a colour sees on the document's card (the /doc answer's
    `problems`) the text's contrast as its print PDF prints it, the colours' CMYK through
    the press profile, beside the screen's, in the words and numbers of `check`'s line for
    it (one diagnostic, from compose_document): a text that passes on the rgb and fails as
    printed is that warning, and one that fails on the rgb is an error giving both ratios."""
    from campaign.serve.entries import Selection
    from campaign.serve.gallery import Gallery

    kit = mini_copy(
        tmp_path / "kit",
        {
            "campaign.yaml": ("  white:  {cmyk", f"  ink: {INKS[ink]}\n  white:  {{cmyk"),
            "layouts/text.yaml": ("colour: black, align", "colour: ink, align"),
        },
    )
    _, checked = cli("check", "--kit", kit, "--lang", "en", "--only", "text")
    [line] = [row for row in checked.splitlines() if code in row]
    assert line.endswith(f"{code}: text [en] slot 'word': {numbers}"), line
    preview = Preview(Gallery(kit, 25.4, Selection(langs=("en",), only=("text",))))
    thread = threading.Thread(target=preview.serve, kwargs={"watch": False}, daemon=True)
    thread.start()
    try:
        status, _, body = get(preview, "doc/-/text/en")
    finally:
        preview.shutdown()
        thread.join(10)
    assert status == 200
    [problem] = json.loads(body)["problems"]
    assert problem["message"] == numbers
    assert problem["text"].splitlines()[0] == line  # check's line, file:line:col and all
    assert problem["text"] in checked  # and its hints
