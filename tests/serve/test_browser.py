"""The preview page in a real headless browser (Debian's Chromium through Playwright): the page
loads, images appear, guides toggle, an edit refreshes the image without reloading the page,
and a broken file shows its error at file:line:col, then goes away when fixed.

Needs the `chromium` package (.ci/install-browser installs it in CI, where a skip fails the run:
tests/conftest.py REQUIRED_IN_CI)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from campaign.serve.server import Preview
from tests.kits import replace_in

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
TIMEOUT_MS = 8000


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """One headless Chromium for the module's tests (launching it took 1.4 to 1.7 s a test);
    each test gets a browser context of its own (`page`): its own cookies, storage and
    cache, as a fresh browser has."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    if CHROMIUM is None:
        pytest.skip("no Chromium: apt-get install chromium (.ci/install-browser)")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(chromium: Any, served: Preview) -> Iterator[Any]:
    context = chromium.new_context(viewport={"width": 1200, "height": 900})
    messages: list[str] = []
    try:  # closed whatever happens, or the next tests share the module's browser with it
        tab = context.new_page()
        tab.set_default_timeout(TIMEOUT_MS)
        tab.on("pageerror", lambda exc: messages.append(str(exc)))
        tab.goto(served.url)
        tab.wait_for_function("document.body.dataset.live === '1'")
        yield tab
    finally:
        context.close()
    assert messages == [], messages  # no script error on the page


def loaded_image(tab: Any, doc_id: str) -> str:
    """The src of the document's first page image, once the browser has decoded it."""
    selector = f'article[data-id="{doc_id}"] img'
    tab.wait_for_function(
        f"(() => {{ const i = document.querySelector('{selector}');"
        " return i && i.complete && i.naturalWidth > 0; })()"
    )
    return str(tab.get_attribute(selector, "src"))


def test_page_lists_and_draws_the_documents(page: Any) -> None:
    assert page.locator("article.doc").count() == 5  # one language (en) of 5 layouts
    for doc_id in ("-/badge/en", "-/boxes/en", "-/text/en"):
        assert loaded_image(page, doc_id).startswith(f"/img/{doc_id}/0.png?v=")
    page.select_option("#lang", "ar")
    assert page.locator("article.doc").count() == 5
    assert page.get_attribute('article[data-id="-/boxes/ar"] .pages', "dir") == "rtl"


def test_fit_report_per_document(page: Any) -> None:
    loaded_image(page, "-/text/en")
    fit = page.locator('article[data-id="-/text/en"] details.fit')
    assert fit.locator("summary").text_content() == "fit: 1 text slot(s)"
    fit.locator("summary").click()
    assert fit.locator("li").text_content().startswith("front/word: 12.0 pt, 1 line(s), ")


def test_guides_toggle(page: Any) -> None:
    loaded_image(page, "-/boxes/en")
    slots = page.locator('article[data-id="-/boxes/en"] .g-slots')
    trim = page.locator('article[data-id="-/boxes/en"] .g-trim')
    assert not slots.is_visible()  # off by default
    assert trim.is_visible()
    page.check('[data-guide="slots"]')
    assert slots.is_visible()
    assert "free" in slots.text_content()  # the slot frames carry their names
    page.uncheck('[data-guide="trim"]')
    assert not trim.is_visible()
    circles = page.locator('article[data-id="-/badge/en"] .g-circles circle')
    assert circles.count() == 3


def test_an_edit_refreshes_the_image_without_reloading(page: Any, served: Preview) -> None:
    before = loaded_image(page, "-/boxes/en")
    page.evaluate("window.marker = 'still the same page'")
    replace_in(
        served.gallery.root / "materials/layouts/boxes.yaml",
        "{start: 2, top: 14,",
        "{start: 8, top: 14,",
    )
    page.wait_for_function(
        "(old) => !document.querySelector('article[data-id=\"-/boxes/en\"] img').src.endsWith(old)",
        arg=before,
    )
    after = loaded_image(page, "-/boxes/en")
    assert after != before
    assert page.evaluate("window.marker") == "still the same page"


def test_a_colour_change_refreshes_the_shown_pages(page: Any, served: Preview) -> None:
    before = {d: loaded_image(page, d) for d in ("-/boxes/en", "-/badge/en")}
    replace_in(served.gallery.root / "materials/campaign.yaml", 'rgb: "#0000FF"', 'rgb: "#0000EE"')
    for doc_id, old in before.items():
        page.wait_for_function(
            "([id, old]) => !document.querySelector(`article[data-id='${id}'] img`)"
            ".src.endsWith(old)",
            arg=[doc_id, old],
        )
    # the new image is drawn in the new blue
    src = loaded_image(page, "-/boxes/en")
    pixel = page.evaluate(
        """(src) => new Promise((done) => {
            const img = new Image();
            img.onload = () => {
                const c = document.createElement('canvas');
                c.width = img.width; c.height = img.height;
                const g = c.getContext('2d'); g.drawImage(img, 0, 0);
                done(Array.from(g.getImageData(2, 2, 1, 1).data));
            };
            img.src = src;
        })""",
        src,
    )
    assert pixel[:3] == [0, 0, 238]


def test_a_broken_file_shows_its_place_then_clears(page: Any, served: Preview) -> None:
    """An error of campaign.yaml stops every document: the kit's banner names it, the last
    good pages stay, and it goes when fixed."""
    loaded_image(page, "-/boxes/en")
    path = served.gallery.root / "materials/campaign.yaml"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("name: Mini kit", "name: [Mini kit"), encoding="utf-8")
    errors = page.locator("#errors")
    errors.wait_for(state="visible")
    assert "campaign.yaml:5:7: error[load.yaml]" in page.text_content("#error-text")
    assert loaded_image(page, "-/boxes/en")  # the last good page stays
    path.write_text(good, encoding="utf-8")
    errors.wait_for(state="hidden")


def test_a_layouts_error_is_on_its_cards_and_the_others_redraw(page: Any, served: Preview) -> None:
    """An error in one layout file said "The kit cannot be read" and stopped every material
    from redrawing (a designer's trial). It is on that layout's cards, above their last good
    pages; another layout's edit is drawn; no banner for the whole kit."""
    boxes = loaded_image(page, "-/boxes/en")
    text = loaded_image(page, "-/text/en")
    root = served.gallery.root
    path = root / "materials/layouts/boxes.yaml"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("fill: navy", "fill: purple"), encoding="utf-8")
    card = page.locator('article[data-id="-/boxes/en"] .card-errors')
    card.wait_for()
    assert card.text_content() == (
        "Not redrawn until these are mended: its last good pages are shown"
        f"{path}:11:36: error[ref.colour]: unknown colour 'purple'\n"
        "  hint: colours are: blue, red, green, yellow, navy, white, black"
    )
    assert (
        page.evaluate(  # right under the card's title
            "document.querySelector('article[data-id=\"-/boxes/en\"] h3').nextElementSibling"
            ".className"
        )
        == "card-errors"
    )
    assert page.locator(".card-errors").count() == 1  # the English boxes: the one shown
    assert page.locator("#errors").is_hidden()
    assert loaded_image(page, "-/boxes/en") == boxes  # its last good page
    replace_in(root / "materials/layouts/text.yaml", "top: 3, width: 14", "top: 4, width: 14")
    page.wait_for_function(
        "(old) => !document.querySelector('article[data-id=\"-/text/en\"] img').src.endsWith(old)",
        arg=text,
    )
    assert page.locator("#errors").is_hidden()
    path.write_text(good, encoding="utf-8")
    card.wait_for(state="detached")


def test_a_layout_that_never_read_well_has_cards_that_draw_once_mended(
    page: Any, served: Preview
) -> None:
    """A layout added with broken art had no cards: its error was in the banner alone. Its
    cards show the error, without pages; once the art is mended they draw."""
    root = served.gallery.root
    heart = (root / "assets/blue-heart.svg").read_text(encoding="utf-8")
    svg = root / "assets/cut.svg"
    svg.write_text(heart.replace("</svg>", ""), encoding="utf-8")
    (root / "materials/layouts/art.yaml").write_text(
        "title: Art\nkind: poster\ntrim: [20, 20]\nbleed: 3\nsafe: 2\nmarks: false\nslots:\n"
        "  - {name: heart, kind: svg, asset: cut.svg,"
        " frame: {start: 2, top: 2, width: 16, height: 16}}\n",
        encoding="utf-8",
    )
    card = page.locator('article[data-id="-/art/en"]')
    card.locator(".card-errors").wait_for()
    assert card.locator(".card-errors").text_content() == (
        "Not drawn until these are mended: its layout has not read well since the preview "
        f"started{svg}:7:1: error[svg.read]: failed to read SVG (Premature end of data in tag "
        "svg line 1)\n  hint: open the file in an editor and check the markup"
    )
    assert card.locator("img, .problems").count() == 0  # no page, and no 503 under it
    assert page.locator("#errors").is_hidden()
    svg.write_text(heart, encoding="utf-8")
    assert loaded_image(page, "-/art/en").startswith("/img/-/art/en/0.png?v=")
    assert card.locator(".card-errors").count() == 0


def test_static_gallery_filters_from_the_file(page: Any, tmp_path: Path) -> None:
    from tests.kits import build, mini_copy

    out = build(mini_copy(tmp_path / "other"), tmp_path / "out", "--only", "boxes,text")
    page.goto((out / "index.html").as_uri())
    assert page.locator("article:visible").count() == 4
    page.select_option("#lang", "ar")
    assert page.locator("article:visible").count() == 2
    assert page.text_content("#count") == "2 of 4"
    page.select_option("#material", "text")
    assert page.locator("article:visible").count() == 1
    assert page.evaluate("document.querySelector('article:not([hidden]) img').naturalWidth") > 0


def test_a_warning_and_a_broken_translation_are_shown(page: Any, served: Preview) -> None:
    """The kit's warnings were never on the page; a broken translation stopped it whole.
    Both are shown now, and the other language's pages go on. A warning about one material
    is on its card, under its title (a designer missed one in the collapsed list); one about
    none (a string no layout uses) stays in the list, which counts those on cards."""
    root = served.gallery.root
    assert page.locator("#warnings").is_hidden()
    assert page.locator("#unreadable").is_hidden()
    assert page.locator(".card-warnings").count() == 0
    replace_in(root / "materials/layouts/boxes.yaml", "bleed: 3", "bleed: 1")
    replace_in(root / "materials/strings/ar.yaml", "  word: قلب", "  word: قلب\n  extra: قلب")
    served.changed()
    card = page.locator('article[data-id="-/boxes/en"] .card-warnings')
    card.wait_for()
    assert page.locator(".card-warnings").count() == 1  # the English boxes: the one shown
    assert card.text_content().startswith(
        f"{root}/materials/layouts/boxes.yaml:6:8: warning[layout.bleed]: bleed of 1 mm"
    )
    assert (
        page.evaluate(  # right under the card's title, above its pages
            "document.querySelector('article[data-id=\"-/boxes/en\"] h3').nextElementSibling"
            ".className"
        )
        == "card-warnings"
    )
    page.wait_for_function("!document.getElementById('warnings').hidden")
    listed = page.locator("#warning-text").text_content()
    assert "warning[strings.unused]: string 'extra'" in listed
    assert "layout.bleed" not in listed
    assert page.locator("#warning-count").text_content() == (
        "1 warning(s) of the kit (check prints them too); 1 more on their documents' cards"
    )
    replace_in(root / "materials/layouts/boxes.yaml", "bleed: 1", "bleed: 3")
    served.changed()
    card.wait_for(state="detached")
    assert page.locator("#warning-count").text_content() == (
        "1 warning(s) of the kit (check prints them too)"
    )
    replace_in(root / "materials/strings/ar.yaml", "  word: قلب", "  word: [قلب")
    served.changed()
    page.wait_for_function("!document.getElementById('unreadable').hidden")
    assert "error[load.yaml]" in page.locator("#unreadable-text").text_content()
    assert page.locator("#errors").is_hidden()  # the kit as a whole still reads


def test_each_page_image_has_its_text_alternative(page: Any) -> None:
    """The page's images are described as the static gallery's are (serve.described), not
    by a file label ("boxes en front")."""
    loaded_image(page, "-/boxes/en")
    assert page.get_attribute('article[data-id="-/boxes/en"] img', "alt") == "boxes in English"
    page.select_option("#lang", "ar")
    loaded_image(page, "-/text/ar")
    assert page.get_attribute('article[data-id="-/text/ar"] img', "alt") == "text in Arabic"


def heading_levels(tab: Any) -> list[int]:
    """The levels of the headings in the browser's accessibility tree, in reading order
    (hidden sections left out, visually hidden headings in)."""
    import re

    tree = tab.locator("body").aria_snapshot()
    return [int(n) for n in re.findall(r"^\s*- '?heading .*\[level=(\d)\]", tree, re.M)]


def without_gaps(levels: list[int]) -> bool:
    """An outline that starts at h1 and never skips a level going down (h1 > h3 skips h2)."""
    pairs = zip(levels, levels[1:], strict=False)
    return bool(levels) and levels[0] == 1 and all(b <= a + 1 for a, b in pairs)


def test_the_headings_go_h1_h2_h3_without_a_gap(page: Any, served: Preview) -> None:
    """The cards' h3 followed the h1 directly while the kit had no errors: a screen reader's
    list of headings skipped a level (an accessibility team's trial)."""
    loaded_image(page, "-/boxes/en")
    levels = heading_levels(page)
    assert levels == [1, 2, 3, 3, 3, 3, 3]  # Preview, Documents, one per card
    assert without_gaps(levels)
    # with the kit's error shown, its h2 sits between
    path = served.gallery.root / "materials/campaign.yaml"
    replace_in(path, "name: Mini kit", "name: [Mini kit")
    page.locator("#errors").wait_for(state="visible")
    assert heading_levels(page)[:3] == [1, 2, 2]
    assert without_gaps(heading_levels(page))


def test_the_static_galleries_headings_go_h1_h2(page: Any, tmp_path: Path) -> None:
    from tests.kits import build, mini_copy

    out = build(mini_copy(tmp_path / "other"), tmp_path / "out", "--only", "boxes")
    page.goto((out / "index.html").as_uri())
    assert heading_levels(page) == [1, 2, 2]


# every element the keyboard should reach, each marked with its index in the page
MARK_INTERACTIVE = """() => {
    const all = [...document.querySelectorAll('a[href], button, select, input, summary')]
        .filter((e) => e.checkVisibility());
    all.forEach((e, i) => { e.dataset.k = String(i); });
    return all.length;
}"""
# the focused element's index, its outline and the colour it is drawn on (the first opaque
# background among its parents: the outline sits 2 px outside the element)
FOCUSED = """() => {
    const e = document.activeElement, s = getComputedStyle(e);
    let p = e.parentElement, bg = 'rgba(0, 0, 0, 0)';
    while (p && (bg = getComputedStyle(p).backgroundColor).endsWith(', 0)')) p = p.parentElement;
    return { k: e.dataset.k, width: parseFloat(s.outlineWidth), style: s.outlineStyle,
             colour: s.outlineColor, on: p ? bg : 'rgb(255, 255, 255)' };
}"""


def contrast(a: str, b: str) -> float:
    """WCAG 2.2's contrast ratio of two CSS rgb() colours."""
    import re

    def luminance(css: str) -> float:
        channels = [int(v) / 255 for v in re.findall(r"\d+", css)[:3]]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def tab_through(tab: Any) -> dict[str, dict[str, Any]]:
    """Press Tab until the focus has gone round the page: what each element focused shows."""
    count = tab.evaluate(MARK_INTERACTIVE)
    seen: dict[str, dict[str, Any]] = {}
    for _ in range(count + 5):
        tab.keyboard.press("Tab")
        focused = tab.evaluate(FOCUSED)
        if focused["k"] is not None:
            seen[focused["k"]] = focused
    assert sorted(seen, key=int) == [str(i) for i in range(count)]  # every one reached
    return seen


def assert_focus_visible(seen: dict[str, dict[str, Any]]) -> None:
    for k, f in seen.items():
        assert f["style"] == "solid", (k, f)  # ours, not the browser's default ring
        assert f["width"] >= 2, (k, f)
        assert contrast(f["colour"], f["on"]) >= 3, (k, f)


def test_every_control_is_reached_by_tab_with_a_visible_focus(page: Any) -> None:
    """A card's page could not be opened by keyboard, and the focus was the browser's thin
    default ring, invisible on the blue header (an accessibility team's trial): every
    control is reached with Tab and shows a 3 px outline of 3:1 or more on what it is drawn."""
    for doc_id in ("-/badge/en", "-/boxes/en", "-/hearts/en", "-/marks/en", "-/text/en"):
        loaded_image(page, doc_id)
    seen = tab_through(page)
    assert len(seen) == 17  # 3 filters, 7 guides, 5 pages, the fit reports of badge and text
    assert_focus_visible(seen)


def test_the_keyboard_opens_and_escape_closes(page: Any) -> None:
    src = loaded_image(page, "-/text/en")
    fit = page.locator('article[data-id="-/text/en"] details.fit')
    fit.locator("summary").focus()
    page.keyboard.press("Enter")
    assert fit.evaluate("d => d.open")
    page.keyboard.press("Escape")
    assert not fit.evaluate("d => d.open")
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"  # the focus stays
    page.keyboard.press("Space")
    assert fit.evaluate("d => d.open")
    page.focus('[data-guide="slots"]')
    page.keyboard.press("Space")
    assert page.locator('article[data-id="-/text/en"] .g-slots').is_visible()
    # a page opens in the page viewer: its link (to the file still), Enter
    link = page.locator('article[data-id="-/text/en"] a.open-page')
    assert link.get_attribute("href") == src
    assert_the_viewer_opens_and_closes(page, link, "text in English")


# the focused element: its tag, its text or alternative, and whether it is in the dialog
FOCUS = """() => { const e = document.activeElement;
    return [e.tagName, e.textContent || e.getAttribute('alt') || '',
            !!e.closest('dialog[open]')]; }"""


def assert_the_viewer_opens_and_closes(tab: Any, link: Any, alt: str) -> None:
    """The page image's link opens the image in a modal dialog on the page (it left the page
    for the PNG): named by the image's alternative, the focus on its Close button, the
    image at the dialog's full width and the file linked; Escape closes it and the focus is
    back on the link; so does Close, by keyboard."""
    url = tab.url
    link.focus()
    tab.keyboard.press("Enter")
    dialog = tab.get_by_role("dialog", name=alt, exact=True)
    dialog.wait_for()
    assert tab.url == url  # the page stays
    assert dialog.evaluate("d => d.open && d.matches(':modal')")
    assert tab.evaluate(FOCUS) == ["BUTTON", "Close", True]
    image = dialog.locator("img")
    assert image.get_attribute("alt") == alt
    href = link.evaluate("a => a.href")
    assert image.evaluate("i => i.src") == href
    assert dialog.get_by_role("link", name="Open the image file").evaluate("a => a.href") == href
    tab.wait_for_function("() => document.querySelector('dialog img').naturalWidth > 0")
    box, bar = image.bounding_box(), dialog.locator(".viewer-bar").bounding_box()
    assert box is not None
    assert bar is not None
    assert box["width"] == pytest.approx(bar["width"], abs=1)  # the dialog's full width
    assert box["width"] > 1000  # of a 1200 px window
    tab.keyboard.press("Tab")  # the focus stays in the dialog: Close, then the file's link
    assert tab.evaluate(FOCUS) == ["A", "Open the image file", True]
    tab.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert link.evaluate("a => a === document.activeElement")  # the focus is back
    tab.keyboard.press("Enter")  # again, closed with its Close button
    dialog.wait_for()
    tab.keyboard.press("Enter")
    assert not dialog.is_visible()
    assert link.evaluate("a => a === document.activeElement")


def test_the_static_gallery_is_reached_by_tab_with_a_visible_focus(
    page: Any, tmp_path: Path
) -> None:
    from tests.kits import build, mini_copy

    out = build(mini_copy(tmp_path / "other"), tmp_path / "out", "--only", "boxes")
    page.goto((out / "index.html").as_uri())
    seen = tab_through(page)
    assert len(seen) == 9  # 3 filters; per language a preview, a print and a digital PDF
    assert_focus_visible(seen)


def test_the_static_galleries_links_say_which_document(page: Any, tmp_path: Path) -> None:
    """Its links read "print PDF", "digital PDF" out of context (a screen reader's list of
    links): each is named by its document too, its visible words first (WCAG 2.5.3)."""
    from tests.kits import build, mini_copy

    out = build(mini_copy(tmp_path / "other"), tmp_path / "out", "--only", "boxes")
    page.goto((out / "index.html").as_uri())
    for name in ("Arabic (ar)", "English (en)"):
        for kind in ("print PDF", "digital PDF"):
            link = page.get_by_role("link", name=f"{kind}: boxes, 20 × 20 mm, {name}", exact=True)
            assert link.count() == 1
            assert link.inner_text() == kind  # what is seen: the start of its name
    # an image's link is named by its image's alternative, then its kind (and office)
    assert page.get_by_role("link", name="boxes in English (preview)", exact=True).count() == 1


def test_the_static_galleries_image_links_have_names_of_their_own(
    page: Any, tmp_path: Path
) -> None:
    """Two offices' previews of one material and language were links of one name, their
    image's alternative: Chromium names each by its office too, and the image keeps its
    alternative."""
    from tests.serve.test_static_gallery import two_offices_gallery

    page.goto(two_offices_gallery(tmp_path / "two").as_uri())
    import re

    # the links' names in the browser's accessibility tree, in page order (the PDFs' say PDF)
    tree = page.locator("main").aria_snapshot()
    names = [n for n in re.findall(r'^\s*- link "([^"]*)"', tree, re.M) if "PDF" not in n]
    assert names == [
        "boxes in Arabic (preview)",
        "boxes in English (preview)",
        "boxes in English (preview, office lilia)",
        "boxes in Arabic (preview, office rosea)",
        "boxes in English (preview, office rosea)",
    ]
    for name in names:
        assert page.get_by_role("link", name=name, exact=True).count() == 1
    rosea = page.get_by_role("link", name="boxes in English (preview, office rosea)")
    assert rosea.get_by_role("img").get_attribute("alt") == "boxes in English"


def test_the_viewer_gives_the_focus_to_a_redrawn_cards_page(page: Any, served: Preview) -> None:
    """An edit draws the card again while its page is open in the viewer: closed, the focus
    goes to the same page's new link (the one that opened it is gone). An edit while the
    link has the focus leaves it on the new link (it fell to the page's body)."""
    before = loaded_image(page, "-/boxes/en")
    page.locator('article[data-id="-/boxes/en"] a.open-page').focus()
    page.keyboard.press("Enter")
    page.get_by_role("dialog").wait_for()
    replace_in(
        served.gallery.root / "materials/layouts/boxes.yaml",
        "{start: 2, top: 14,",
        "{start: 8, top: 14,",
    )
    page.wait_for_function(
        "(old) => !document.querySelector('article[data-id=\"-/boxes/en\"] img').src.endsWith(old)",
        arg=before,
    )
    page.keyboard.press("Escape")
    page.wait_for_function(FOCUS_ON_BOXES)
    # a card drawn again while its page's link has the focus keeps it there (the new link)
    again = loaded_image(page, "-/boxes/en")
    replace_in(
        served.gallery.root / "materials/layouts/boxes.yaml",
        "{start: 8, top: 14,",
        "{start: 2, top: 14,",
    )
    page.wait_for_function(
        "(old) => !document.querySelector('article[data-id=\"-/boxes/en\"] img').src.endsWith(old)",
        arg=again,
    )
    assert page.evaluate(FOCUS_ON_BOXES)


FOCUS_ON_BOXES = (
    "document.activeElement === document.querySelector('article[data-id=\"-/boxes/en\"] a')"
)


def test_the_static_gallery_opens_a_page_in_a_dialog(page: Any, tmp_path: Path) -> None:
    from tests.kits import build, mini_copy

    out = build(mini_copy(tmp_path / "other"), tmp_path / "out", "--only", "boxes")
    page.goto((out / "index.html").as_uri())
    link = page.locator('article[data-lang="ar"] a.open-page')
    assert link.get_attribute("href") == "boxes/boxes-ar-preview.png"
    assert_the_viewer_opens_and_closes(page, link, "boxes in Arabic")


def test_languages_are_shown_by_their_names_and_codes(page: Any) -> None:
    """Languages were codes (`ar`): a card's title gives the English name, the language's own
    (marked with its language and direction) and the code; the filter the English name and
    the code (an option cannot mark a part's language)."""
    options = page.locator("#lang option").all_text_contents()
    assert options == ["all", "English (en)", "Arabic (ar)"]
    page.select_option("#lang", "ar")
    title = page.locator('article[data-id="-/boxes/ar"] h3')
    assert title.text_content() == "boxes — Arabic, العربية (ar)"
    native = title.locator("span")
    assert (native.get_attribute("lang"), native.get_attribute("dir")) == ("ar", "rtl")
    page.select_option("#lang", "en")
    assert page.locator('article[data-id="-/boxes/en"] h3').text_content() == "boxes — English (en)"


def test_a_card_marks_a_draft_and_texts_in_english_as_they_change(
    page: Any, served: Preview
) -> None:
    """The build's gallery said "DRAFT" and what prints in another language above a
    document's images, the preview neither (a designer's trial). The card says both in its
    words (described.document_marks), above its pages, and follows the strings file: a text
    taken out prints in English, the draft status removed takes DRAFT away, the text put
    back takes the mark away. A document that prints no text of the strings files (the
    boxes) is no draft."""
    draft = "DRAFT: not reviewed by a native speaker"
    english = "not translated: prints in English (1 of 1 texts)"
    page.select_option("#lang", "ar")
    card = 'article[data-id="-/text/ar"]'
    loaded_image(page, "-/text/ar")
    marks = page.locator(f"{card} p.marks")
    assert marks.text_content() == draft
    assert (
        page.evaluate(f"document.querySelector('{card} p.marks').nextElementSibling.className")
        == "pages"
    )
    # the boxes print no text of a strings file: no draft, once composed (its image drawn)
    loaded_image(page, "-/boxes/ar")
    page.locator('article[data-id="-/boxes/ar"] p.marks').wait_for(state="detached")
    strings = served.gallery.root / "materials/strings/ar.yaml"

    def after_edit(old: str, new: str, said: str) -> None:
        replace_in(strings, old, new)
        served.changed({strings})
        page.wait_for_function(
            "([sel, said]) => (document.querySelector(sel)?.textContent || '') === said",
            arg=[f"{card} p.marks", said],
        )

    after_edit("  word: قلب\n", "", f"{draft}; {english}")
    after_edit("status: draft", "status: reviewed", english)
    after_edit("strings:\n", "strings:\n  word: قلب\n", "")
    assert page.locator(f"{card} p.marks").count() == 0


def test_a_cards_problem_gives_the_contrast_as_printed_and_its_hints_on_lines(
    page: Any, served: Preview
) -> None:
    """A colour edited so that its text passes on screen and fails as printed (its rgb a navy,
    its CMYK a pale cyan): the card says so as `check` does, both ratios, each hint on a line
    of its own as `check` prints it (they ran on in one paragraph)."""
    loaded_image(page, "-/text/en")
    kit = served.gallery.root / "materials"
    replace_in(kit / "layouts/text.yaml", "colour: black, align", "colour: ink, align")
    replace_in(
        kit / "campaign.yaml",
        "  white:  {cmyk",
        '  ink: {cmyk: [20, 0, 0, 0], rgb: "#213555"}\n  white:  {cmyk',
    )
    item = page.locator('article[data-id="-/text/en"] .problems li')
    item.wait_for()
    shown = item.inner_text()
    said = (
        "warning[colour.contrast-print]: text [en] slot 'word': ink text on white prints at "
        "1.21:1 on FOGRA39 (coated paper), below the 4.5:1 WCAG AA asks for 12.0 pt text; "
        "12.32:1 from the colours' rgb"
    )
    assert said in shown, shown
    assert shown.count("\n  hint: ") == 2, shown
