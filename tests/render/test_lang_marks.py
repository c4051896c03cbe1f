"""Words a string marks as in another language of the same script (`{lang=en}Blue
Heart{/lang}` in a French sentence, which no script tells apart): a Span with their /Lang in
the digital PDF, as words of another script are (test_run_languages); the print PDF and the
preview print the words alone, as the text without marks does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from campaign.pipeline.api import build
from campaign.pipeline.options import Options

from .test_rim_languages import mcid_text
from .test_run_languages import parent_tags, tree

ROOT = Path(__file__).resolve().parents[2]
JOIN = "    text: Rejoignez la campagne Cœur bleu.\n"
BEFORE, NAME, AFTER = "Rejoignez la campagne ", "Blue Heart", "."
MARKED = f"{BEFORE}{{lang=en}}{NAME}{{/lang}}{AFTER}"


@pytest.fixture(scope="module")
def built(
    module_kit_copy: Callable[..., Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """The French flyer with cta_join marking "Blue Heart" as English, and with the same
    words unmarked: each build's flyer-a5 folder."""
    body = (ROOT / "materials/strings/fr.yaml").read_text(encoding="utf-8")
    assert JOIN in body
    out = {}
    for name, text in (("marked", MARKED), ("plain", BEFORE + NAME + AFTER)):
        kit = module_kit_copy(
            **{"materials/strings/fr.yaml": body.replace(JOIN, f"    text: {text}\n")}
        )
        folder = tmp_path_factory.mktemp(name)
        build(kit, Options(folder, ("fr",), ("flyer-a5",)))
        out[name] = folder / "flyer-a5"
    return out


def test_marked_words_are_a_span_with_their_language(built: dict[str, Path]) -> None:
    data = (built["marked"] / "flyer-a5-fr-digital.pdf").read_bytes()
    paragraphs = [e for e in tree(data) if e["S"] == "/P"]
    join = next(e for e in paragraphs if any(isinstance(k, dict) for k in e["K"]))  # type: ignore[union-attr]
    first, span, last = join["K"]  # type: ignore[misc]
    assert isinstance(first, int)
    assert isinstance(last, int)
    assert isinstance(span, dict)
    # the P's own words, the marked ones a Span in English, then the P's full stop
    assert join == {"S": "/P", "K": [first, {"S": "/Span", "Lang": "en", "K": span["K"]}, last]}
    (mcid,) = span["K"]
    drawn = mcid_text(data)
    assert (drawn[first], drawn[mcid], drawn[last]) == (BEFORE, NAME, AFTER)
    assert parent_tags(data)[mcid] == "/Span"
    # the unmarked text: one P in French, no Span
    plain = (built["plain"] / "flyer-a5-fr-digital.pdf").read_bytes()
    assert all(isinstance(k, int) for e in tree(plain) if e["S"] == "/P" for k in e["K"])  # type: ignore[union-attr]


def text_of(path: Path) -> str:
    pdf = pdfium.PdfDocument(path)
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)


def test_the_print_and_the_preview_show_no_mark(built: dict[str, Path]) -> None:
    marked, plain = built["marked"], built["plain"]
    words = text_of(marked / "flyer-a5-fr.pdf")
    assert BEFORE + NAME + AFTER in words.replace("\r\n", " ").replace("\n", " ")
    assert "{" not in words
    assert "lang" not in words
    assert words == text_of(plain / "flyer-a5-fr.pdf")
    for png in ("flyer-a5-fr-preview-front.png", "flyer-a5-fr-preview-back.png"):
        with Image.open(marked / png) as a, Image.open(plain / png) as b:
            assert a.size == b.size
            assert a.tobytes() == b.tobytes(), png


def test_a_mark_of_the_texts_own_language_is_no_span(
    module_kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """`{lang=fr}` in a French text: the words are the P's, no Span (and no /Lang). (A text
    that begins with a brace is quoted in YAML, as one beginning with a {field} is.)"""
    body = (ROOT / "materials/strings/fr.yaml").read_text(encoding="utf-8")
    text = f'"{{lang=fr}}{BEFORE}{{/lang}}{NAME}{AFTER}"'
    kit = module_kit_copy(
        **{"materials/strings/fr.yaml": body.replace(JOIN, f"    text: {text}\n")}
    )
    build(kit, Options(tmp_path, ("fr",), ("flyer-a5",), png=False))
    data = (tmp_path / "flyer-a5/flyer-a5-fr-digital.pdf").read_bytes()
    found = tree(data)
    assert not any(isinstance(k, dict) and k["S"] == "/Span" for e in found for k in e["K"])  # type: ignore[union-attr]
    assert not any("Lang" in e for e in found if e["S"] == "/P" and e.get("Lang") != "en")
    assert BEFORE + NAME + AFTER in mcid_text(data).values()


def test_a_mark_on_a_badges_rim_is_a_span(
    module_kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The rim's one line (its strings joined, `layout.compose.marked_languages`): the
    English badge's hashtags with a French name marked in them."""
    body = (ROOT / "materials/strings/en.yaml").read_text(encoding="utf-8")
    hashtags = '    text: "#endHT #30July #EndHumanTrafficking"\n'
    assert hashtags in body
    rim = '    text: "#endHT {lang=fr}Cœur bleu{/lang} #EndHumanTrafficking"\n'
    kit = module_kit_copy(**{"materials/strings/en.yaml": body.replace(hashtags, rim)})
    build(kit, Options(tmp_path, ("en",), ("badge-58",), png=False))
    data = (tmp_path / "badge-58/badge-58-en-digital.pdf").read_bytes()
    drawn = mcid_text(data)
    first, span, last = tree(data)[-1]["K"]  # type: ignore[misc]
    assert span["S"] == "/Span"
    assert span["Lang"] == "fr"
    (mcid,) = span["K"]
    assert (drawn[mcid], drawn[first], drawn[last]) == (
        "Cœur bleu",
        "#endHT ",
        " #EndHumanTrafficking",
    )
