"""A file saved in a legacy code page of a non-Latin script is named in that code page: a
Thai strings file's first byte that is not UTF-8 is 'ว' in Windows-874, not 'Ç' in
Windows-1252, and the file is said to read as Windows-874, with the conversion."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from campaign.diagnostics import DiagnosticsError
from campaign.load import load_yaml
from campaign.textfile import code_page_of, detected_code_page

from ..kits import check, mini_copy

SAVE_YAML = (
    "  hint: save it as UTF-8 (in a text editor, choose the encoding UTF-8: Notepad's Save "
    "As, VS Code's 'Save with Encoding')\n"
)


def converted(name: str, page: str, iconv: str) -> str:
    stem, suffix = name.rsplit(".", 1)
    return (
        f"  hint: {name} reads as {page} throughout: convert it with `iconv -f {iconv} -t UTF-8 "
        f"{name} > {stem}-utf8.{suffix}`, or open it as {page} in a text editor and save it "
        f"with the encoding UTF-8 (a character {page} has not was saved as '?': where you "
        "can, save the original again as UTF-8)\n"
    )


@pytest.mark.parametrize(
    ("code", "word", "codec", "byte", "shown", "page"),
    [
        ("th", "วิ่งเพื่อหัวใจ", "cp874", "0xC7", "ว", "Windows-874"),  # ว is C7, Ç in 1252
        ("ru", "Прогулка для сердца", "cp1251", "0xCF", "П", "Windows-1251"),  # Ï in 1252
        ("ar", "مسيرة من أجل القلب", "cp1256", "0xE3", "م", "Windows-1256"),  # ã in 1252
    ],
)
def test_a_strings_file_is_read_in_its_languages_code_page(
    tmp_path: Path, code: str, word: str, codec: str, byte: str, shown: str, page: str
) -> None:
    """A kit's strings file saved by Notepad's 'ANSI' on a Windows set up for its language:
    its first byte that is not UTF-8 as it reads in that language's code page, at its line
    and column, and the conversion of the whole file."""
    kit = mini_copy(tmp_path / "kit")
    path = kit / f"materials/strings/{code}.yaml"
    text = f"language: {code}\nname: {code}\nstatus: draft\nstrings:\n  badge: {word}\n"
    path.write_bytes(text.encode(codec))
    assert check(kit) == (
        1,
        f"materials/strings/{code}.yaml:5:10: error[load.read]: {code}.yaml is not UTF-8 text: "
        f"byte {byte} at column 10, which is '{shown}' in {page} (what Notepad's 'ANSI' "
        f"saves)\n{SAVE_YAML}{converted(f'{code}.yaml', page, codec.upper())}1 error(s)\n",
    )


def test_a_kit_file_of_no_language_is_read_in_the_code_page_detected(tmp_path: Path) -> None:
    """A YAML file that is no strings file (no language to tell): a Russian office's file in
    Windows-1251 is named so when its letters leave no doubt; one word of four letters does
    not (Windows-1252's reading, no conversion)."""
    path = tmp_path / "office.yaml"
    path.write_bytes("name: Прогулка для сердца\n".encode("cp1251"))
    with pytest.raises(DiagnosticsError) as exc:
        load_yaml(path)
    assert exc.value.render() == (
        f"{path}:1:7: error[load.read]: office.yaml is not UTF-8 text: byte 0xCF at column 7, "
        "which is 'П' in Windows-1251 (what Notepad's 'ANSI' saves)\n"
        + SAVE_YAML
        + converted("office.yaml", "Windows-1251", "CP1251").rstrip("\n")
    )
    path.write_bytes("name: Вода\n".encode("cp1251"))
    with pytest.raises(DiagnosticsError) as exc:
        load_yaml(path)
    assert exc.value.render() == (
        f"{path}:1:7: error[load.read]: office.yaml is not UTF-8 text: byte 0xC2 at column 7, "
        "which is 'Â' in Windows-1252 (what Notepad's 'ANSI' saves)\n" + SAVE_YAML.rstrip("\n")
    )


def encoded(text: str, codec: str) -> bytes:
    """`text` in `codec` as Windows saves it: Windows-1258 has no letter with a tone mark
    (ộ, ấ), but its vowel (ô, â) and the tone as a combining mark after it."""
    out = b""
    for char in text:
        try:
            out += char.encode(codec)
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
            vowel = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in tones))
            out += (vowel + "".join(tones)).encode(codec)
    return out


@pytest.mark.parametrize(
    ("text", "codec", "page"),
    [
        ("title,venue\nวิ่งเพื่อหัวใจ,สวนลุมพินี\n", "cp874", "Windows-874"),
        ("title,venue\nПрогулка для сердца,Парк Горького\n", "cp1251", "Windows-1251"),
        ("title,venue\nمسيرة من أجل القلب,حديقة الأزهر\n", "cp1256", "Windows-1256"),
        ("title\nΠερπάτημα για την καρδιά\n", "cp1253", "Windows-1253"),  # shares 1251's
        ("title\nהליכה למען הלב בפארק הירקון\n", "cp1255", "Windows-1255"),
        ("title,venue\nMarche pour le cœur,Café de la Paix\n", "cp1252", None),  # Latin
        ("title\nNiño, año, corazón, señal\n", "cp1252", None),
        ("title\nВода\n", "cp1251", None),  # four letters: too few to be sure
        ("title\nполя\n", "cp1251", None),  # Cyrillic alone (я is no Greek byte), but short
        ("title\nΏρα\n", "cp1253", None),
        ("title\nЗдесь\n", "cp1251", None),  # Greek's reading too: contested, and short
        # in Windows-1251 alone (ÿ is no Greek, Hebrew or Thai byte): "l'haя-les-roses: йtй"
        ("title\nl'haÿ-les-roses: été, élève, à côté, fête, crème\n", "cp1252", None),
        # the multi-byte code pages of East Asian scripts, each of which reads the others
        ("title\n心臓のためのウォーキング\n", "cp932", "Shift_JIS"),
        ("title\nBlue Heartキャンペーンの集まりです\n", "cp932", "Shift_JIS"),  # Latin next to it
        ("标题,地点\n为了心脏而走,人民公园\n", "gb18030", "GB18030"),  # Thai in Windows-874
        ("標題,地點\n為了心臟而走,大安森林公園\n這是我們的活動\n", "big5", "Big5"),
        ("제목,장소\n마음을 위한 걷기,여의도 공원\n", "cp949", "EUC-KR"),
        ("title\n公園\n", "gb18030", None),  # two characters: too few to be sure
        ("title\nキャンペーン\n", "cp932", None),  # six letters, none of the frequent
        # Windows-1250: Windows-1252 breaks two words with signs ("Wroc³aw", "Bia³ystok")
        ("title,venue\nMarsz dla serca,Wrocław\nSpacer,Białystok\n", "cp1250", "Windows-1250"),
        ("title\nmiłość, ważne\n", "cp1250", "Windows-1250"),
        ("title\nWrocław\n", "cp1250", None),  # one word: too few to be sure
        # Czech letters Windows-1252 reads as other letters ("námìstí, Žilina, èas"), no
        # Western language's alphabet: Windows-1250, without a broken word
        ("title\nnáměstí, Žilina, čas\n", "cp1250", "Windows-1250"),
        ("title\nPochod za srdce,Náměstí Míru\n", "cp1250", "Windows-1250"),
        ("title\nBratislava, Ľudová\n", "cp1250", None),  # á alone: Spanish's too
        # Turkish ("yürüyüþ" in Windows-1252) and Vietnamese ("traìi tim": its tone marks)
        ("title,venue\nKalp için yürüyüş,Gülhane Parkı\n", "cp1254", "Windows-1254"),
        ("title\nYürüyüş\n", "cp1254", "Windows-1254"),
        ("title,venue\nĐi bộ vì trái tim,Công viên Thống Nhất\n", "cp1258", "Windows-1258"),
        # Western languages' letters stay Windows-1252's ("crème" is Czech "crčme" too)
        ("title\ncrème, élève\n", "cp1252", None),
        ("title\nGanga fyrir hjartað, Þingvellir, Reykjavík\n", "cp1252", None),
        ("title\nDurch das Herz, Köln, Zürich, Grüße\n", "cp1252", None),
        ("title\nGåtur, Malmö, Århus, Kærlighed\n", "cp1252", None),
        ("title\nCaminhada pelo coração, São Paulo\n", "cp1252", None),
        ("title\nMarche, Café, Niño, Straße\n", "cp1252", None),  # several: none claimed
        ("title\n¿Dónde? ¿Qué? £5, ¹ ³\n", "cp1252", None),  # signs at words' edges
        # accented Latin letters read as GB18030 eat the next letter: few and rare characters
        ("title\nécrire, économie, événement, éducation, école\n", "cp1252", None),
    ],
)
def test_the_code_page_is_detected_only_when_certain(
    text: str, codec: str, page: str | None
) -> None:
    found = detected_code_page(encoded(text, codec))
    assert (found.name if found else None) == page


def test_utf8_with_a_stray_byte_is_not_said_to_read_as_a_code_page(tmp_path: Path) -> None:
    """A UTF-8 file with one byte pasted from Windows-1251: converting it from Windows-1251
    would garble its UTF-8, so no conversion is offered (the byte is read in the strings
    file's language's code page still)."""
    kit = mini_copy(tmp_path / "kit")
    path = kit / "materials/strings/ru.yaml"
    text = "language: ru\nname: Русский\nstatus: draft\nstrings:\n  badge: Прогулка для "
    path.write_bytes(text.encode() + "сердца\n".encode("cp1251"))
    assert check(kit) == (
        1,
        "materials/strings/ru.yaml:5:23: error[load.read]: ru.yaml is not UTF-8 text: byte "
        "0xF1 at column 23, which is 'с' in Windows-1251 (what Notepad's 'ANSI' saves)\n"
        f"{SAVE_YAML}1 error(s)\n",
    )


@pytest.mark.parametrize(
    ("tag", "page"),
    [
        ("th", "Windows-874"),
        ("th_TH", "Windows-874"),
        ("uk", "Windows-1251"),
        ("fa-IR", "Windows-1256"),
        ("zh", "GB18030"),
        ("zh-Hant", "Big5"),
        ("zh_TW", "Big5"),
        ("zh-Hans", "GB18030"),
        ("ja", "Shift_JIS"),
        ("ko", "EUC-KR"),
        ("fr", "Windows-1252"),
        ("hi", None),
        (None, None),
    ],
)
def test_a_languages_code_page(tag: str | None, page: str | None) -> None:
    found = code_page_of(tag)
    assert (found.name if found else None) == page
