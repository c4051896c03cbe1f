"""A social image's alternative text: the words on it, in its language, in its manifest entry
(`alt`, `alt_lang`), in the PNG (an iTXt "Description" chunk with the language tag, ISO/IEC
15948 11.3.4.5) and in the gallery's <img alt>. The manifest had no description, the PNGs
no text and the gallery's alt was a file label (an accessibility team's trial)."""

import io
import json
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from campaign.pipeline.api import build
from campaign.pipeline.options import Options
from campaign.render.png import description, with_description
from tests.kits import out_path

ROOT = Path(__file__).resolve().parents[2]
WORDS = {
    "en": "World Day Against Trafficking in Persons · 30 July\n"
    "Leave No Child Behind in the Fight Against Human Trafficking\n"
    "1 in 3\n"
    "detected victims of human trafficking is a child\n"
    "Source: UNODC Global Report on Trafficking in Persons\n"
    "#endHT #30July #EndHumanTrafficking",
    "ar": "اليوم العالمي لمكافحة الاتجار بالأشخاص – ٣٠ تموز/يوليه\n"
    "عدم ترك أي طفل خلف الركب في مكافحة الاتجار بالأشخاص\n"
    "١ من كل ٣\n"
    "من ضحايا الاتجار بالأشخاص الذين تم الكشف عنهم هو طفل\n"
    "المصدر: مكتب الأمم المتحدة المعني بالمخدرات والجريمة، التقرير العالمي عن الاتجار بالأشخاص\n"
    "#endHT #30July #EndHumanTrafficking",
}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("social-alt") / "out"
    build(ROOT, Options(folder, langs=("en", "ar"), only=("social-1080x1080",), jobs=1))
    return folder


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_social_images_words_are_its_alternative_text(out: Path, lang: str) -> None:
    path = out_path("social-1080x1080", lang, "social")
    entries = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    (entry,) = [e for e in entries if e["path"] == path]
    assert (entry["extra"]["alt"], entry["extra"]["alt_lang"]) == (WORDS[lang], lang)
    data = (out / path).read_bytes()
    assert description(data) == (WORDS[lang], lang)
    with Image.open(out / path) as image:  # as another reader reads it
        image.load()
        text = image.text["Description"]  # type: ignore[attr-defined]
        assert isinstance(text, PngImagePlugin.iTXt)
        assert (str(text), text.lang) == (WORDS[lang], lang)
    gallery = (out / "index.html").read_text(encoding="utf-8")
    alt = WORDS[lang].replace("&", "&amp;")
    assert f'src="{path}" lang="{lang}" alt="{alt}">' in gallery


def test_the_description_chunk_comes_before_the_end(tmp_path: Path) -> None:
    image = Image.new("RGB", (4, 2), (10, 20, 30))
    image.save(tmp_path / "plain.png")
    plain = (tmp_path / "plain.png").read_bytes()
    described = with_description(plain, "قلب أزرق", "ar")
    assert described.endswith(plain[-12:])  # IEND last
    assert description(plain) is None
    with Image.open(io.BytesIO(described)) as read:
        read.load()
        assert read.tobytes() == image.tobytes()
        assert str(read.text["Description"]) == "قلب أزرق"  # type: ignore[attr-defined]
