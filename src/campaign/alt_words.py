"""Alternative texts that say nothing of their picture: a file name (`partner.png`), or only
a word for "logo", "image", "picture" or "photo". A screen reader reads them out as they are
("partner dot png", "logo"), and its listener learns nothing of what the picture shows. An
accessibility officer's trial found both passing `check`.

The words are the common ones for a picture in the kit's languages where one is known here
(English, French, Spanish, Portuguese, Arabic, Russian, Ukrainian, Chinese, Swahili, Hindi,
Turkish, Indonesian): a word missing here is not told, never wrongly told.
"""

from __future__ import annotations

import re
import unicodedata

# an image file's name: a word (no space) ending in an image extension
FILE_NAME = re.compile(r"^\S+\.(?:png|jpe?g|gif|svg|webp|tiff?|bmp|heic|eps|ai|pdf)$", re.I)

GENERIC = frozenset(
    {
        # en
        "logo", "logos", "image", "images", "picture", "pic", "photo", "photograph", "img",
        "icon", "graphic", "emblem", "banner", "figure",
        # fr
        "photographie", "illustration", "icône", "emblème", "logotype",
        # es, pt
        "imagen", "logotipo", "foto", "fotografía", "fotografia", "ilustración", "icono",
        "imagem", "emblema", "ilustração",
        # ar
        "شعار", "صورة", "الشعار", "الصورة", "رمز", "شعار المنظمة",
        # ru, uk
        "логотип", "изображение", "картинка", "фото", "фотография", "эмблема", "зображення",
        "емблема", "світлина",
        # zh
        "标志", "图片", "图像", "照片", "徽标", "标识", "商标", "图标", "标誌", "圖片", "圖像",
        # sw, hi, tr, id
        "nembo", "picha", "लोगो", "चित्र", "तस्वीर", "छवि", "resim", "fotoğraf", "görsel",
        "gambar",
    }
)  # fmt: skip
# what joins words that may all be generic ("logo image", "photo/picture")
JOINERS = re.compile(r"[\s/|,;:._\-–—()\[\]«»\"'“”‘’]+")


def says_nothing(text: str) -> str | None:
    """Why alternative text `text` says nothing of its picture ("a file name", "only the
    word 'logo'"), or None when it may say something."""
    plain = unicodedata.normalize("NFC", text).strip()
    if not plain:
        return None
    if FILE_NAME.match(plain):
        return "a file name"
    words = [w for w in JOINERS.split(plain.casefold()) if w]
    if words and all(w in GENERIC for w in words):
        said = " ".join(f"'{w}'" for w in words)
        return f"only the word{'s' if len(words) > 1 else ''} {said}"
    if plain.casefold().strip(".:!") in GENERIC:
        return f"only the word '{plain}'"
    return None


FIX = "name what it shows: e.g. the partner's name, 'Logo of ...' with the organisation's name"
