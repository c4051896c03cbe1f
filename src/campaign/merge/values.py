"""The reading of a row's cells other than dates and times: a link (https://, mailto:,
tel:, `_link`), a photo in the images folder (`_photo`, names near a missing one), letters
of another script than the row's language and a zero-width non-joiner's slips
(`_foreign_letters`), a title shown unchanged in several languages (`_shared_title`) and
whether the row is a sample (`_sample`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..diagnostics import Collector, did_you_mean
from ..filenames import resolved
from ..iri import WEB_ADDRESS, dialable, is_not_number, link_error, without_trunk_prefix
from ..model import Kit
from ..text.letters import FOREIGN_HINT, foreign_letters_problem, letter_problems
from ..text.zwnj import zwnj_warnings
from .data import Cell, Table
from .fields import IMAGE_SUFFIXES, Bad, _name, _text, language_column, own_language
from .phone_numbers import national_forms

# What a `sample` cell holds, case aside: a CSV's TRUE and FALSE as a spreadsheet saves
# them, a workbook's and a YAML or JSON record's booleans (read as text: True, False), and
# what a form's checkbox exports (Yes/No, 1/0: a trial's form; "yes" was refused)
SAMPLE_WORDS = {"true": True, "false": False, "yes": True, "no": False, "1": True, "0": False}
# and in the languages of the forms offices send, whose headers the merge reads
# (column_names.FORMS_LANGUAGES): yes and no, true and false (as LibreOffice writes a boolean
# in them: VRAI, VERDADERO, VERDADEIRO), typed with or without accents (a Moroccan
# organiser's `oui` in a French sheet was refused)
SAMPLE_WORDS |= {
    **dict.fromkeys(("oui", "vrai", "sí", "si", "verdadero", "sim", "verdadeiro"), True),
    **dict.fromkeys(("non", "faux", "falso", "não", "nao"), False),
}


def _sample(cell: Cell | None, bad: Bad) -> bool:
    """Whether the row is an event made only to try the kit, never printed: its `sample`
    cell true (SAMPLE_WORDS), as examples/events.csv marks its made-up events; its contact
    and link cells may then hold the project's samples (`contacts.placeholder`'s
    `samples`). An empty cell, or false, is a real event's; any other value is an error at
    the cell (the row is not made: which is meant cannot be told), and the row's sample
    values are not told again: True (a `sample` of `yes` gave a second error, whose hint
    asked for the column the row has)."""
    text = _text(cell)
    said = SAMPLE_WORDS.get(text.casefold()) if text else False
    if cell is not None and said is None:
        bad(
            cell,
            f"'{text}' does not say whether the event is a sample: the column holds "
            "true, for an event made only to try the kit, never printed",
            "write true for such an event; leave the cell empty (or write false) for a real one",
        )
        return True
    return bool(said)


def _shared_title(
    cell: Cell,
    codes: tuple[str, ...],
    own: dict[tuple[str, str], Cell],
    table: Table,
    kit: Kit,
    errs: Collector,
) -> None:
    """A `merge.shared` warning when the row's title would be shown unchanged in two or more
    of its languages, naming the columns that give each its own (which language the title
    is written in is not guessed). A title that is the same in two languages (a name) is
    written in each language's column, and the warning goes."""
    title = _text(cell)
    sharing = [code for code in codes if ("title", code) not in own]
    if not title or len(sharing) < 2:
        return
    columns = ", ".join(f"title_{c}" for c in sharing)
    errs.warn(
        "merge.shared",
        f"{cell.where}: the title '{title}' would be shown as written in each of the row's "
        f"languages ({', '.join(sharing)})",
        table.mark(cell),
        f"give each language its title ({columns}; 'title' then serves a language left "
        "without one); a title that is the same in two languages (a name): write it in each",
    )


# An e-mail address written without its scheme (a spreadsheet cell "info@example.org"): a
# mail program's mailto: (RFC 6068). Only a plain address: anything else is left to be named.
EMAIL_ADDRESS = re.compile(r"[^\s@:/]+@(?:[\w-]+\.)+[^\W\d_]{2,}")


# A phone number as people type it in a link cell: with or without tel:, a + or a digit
# first (or an opening bracket: the North American (202) 456-1111, its area code in
# brackets), digits in groups with spaces or the visual separators - . ( ) of RFC 3966,
# 5.1.1 (iri.TEL_AS_TYPED's number, a line break between its groups too). A phone dials a
# tel: address with hyphens between the groups, not spaces (`iri.dialable`).
PHONE_AS_TYPED = re.compile(r"(?:tel:)?\s*(\+?\(?[0-9][0-9.()\-]*(?:\s+[0-9.()\-]+)*)", re.I)


# the columns whose cells are no text of a language
NOT_WORDS = frozenset(
    {"event_id", "language", "link", "photo", "date", "end_date", "time", "date_region"}
)


def _foreign_letters(
    cells: dict[str, Cell], codes: tuple[str, ...], kit: Kit, table: Table, errs: Collector
) -> None:
    """A `text.arabic-letters` warning for a cell in Persian or Urdu (its own column, title_fa,
    or a row made only in such languages) written with Arabic letters the language writes
    otherwise (`text.letters`: ي for ی); `text.mixed-script` for a word of the cell mixing
    Latin, Cyrillic and Greek look-alikes, and `text.cedilla` for a Romanian cell's ş or ţ,
    as a strings file's texts are told (`text.letters.letter_problems`, in the cell's own
    language, else the row's first); a `translate.zwnj` warning for each slip of its
    zero-width non-joiners (`text.zwnj.zwnj_warnings`, a translation's words: نشانه‌ ها, a
    space beside one, prints two words), in any language. Not told here: a strings file's
    `translate.spaces` and `translate.quotes` (two spaces, typewriter quotes). The row is
    made as it is."""
    for key, cell in cells.items():
        if not isinstance(cell.value, str) or (language_column(key) or (key,))[0] in NOT_WORDS:
            continue
        found = own_language(key, kit)
        langs = (found[1],) if found else codes
        said = [foreign_letters_problem(cell.value, code, _name(kit, code)) for code in langs]
        if langs and all(said):
            errs.warn(
                "text.arabic-letters",
                f"{cell.where}: {said[0]}",
                table.mark(cell),
                FOREIGN_HINT,
            )
        for code, problem, fix in letter_problems(cell.value, langs[0] if langs else "und"):
            errs.warn(code, f"{cell.where}: {problem}", table.mark(cell), fix)
        errs.extend(zwnj_warnings(f"{cell.where}: the cell", cell.value, table.mark(cell)))


def _link(link: str, cell: Cell, bad: Bad) -> str:
    """The event's link as its QR code and digital PDF hold it: www.example.org/walk is
    https://www.example.org/walk and info@example.org is mailto:info@example.org, as a browser
    and a spreadsheet read them; a phone number typed in groups (+41 22 917 1234) is
    tel:+41-22-917-1234. Then it is checked as the kit's own links are
    (`iri.link_error`: a web page, an e-mail to write or a number to call, which a phone can
    dial, with a host that has an ASCII form); a link that fails is an error at its cell (and
    "" is returned)."""
    unspaced = re.sub(r"\s+", "", link)
    if WEB_ADDRESS.fullmatch(link):  # www.example.org/walk: a browser's https://
        link = "https://" + link
    elif unspaced != link and WEB_ADDRESS.fullmatch(unspaced):  # example.org/x y: an
        link = "https://" + link  # address with a space, told so (it was "not a web address")
    elif EMAIL_ADDRESS.fullmatch(link):
        link = "mailto:" + link
    problem = link_error(link)
    phone = PHONE_AS_TYPED.fullmatch(link) if problem is not None else None  # as written: kept
    said = phone is not None and (
        link[:4].lower() == "tel:"  # said to be a number, or one as a number is written:
        or phone[1].startswith("+")  # international, or national with its trunk 0 (not
        or (
            phone[1].startswith("0")  # a date, time or range, though: 07.30.2026 was linked
            and sum(c.isdigit() for c in phone[1]) >= 7  # tel:07-30-2026)
            and not is_not_number(phone[1])
        )
    )
    if phone is not None and said:  # +41 22 917 1234: spaces as RFC 3966's hyphens
        link = dialable("tel:" + phone[1].strip())  # (202) 456-1111: tel:202-456-1111
        problem = link_error(link)
    if problem is not None:
        fix = _number_fix(link) or problem[1]
        if fix == problem[1] and " " in link.strip() and not re.search(r"[.:/@]", link):
            fix = (  # "Register here"
                "the cell has a link's shown words, not its address (a sheet saved as CSV "
                "keeps the words): type the address itself (https://...), or merge the "
                "workbook (.xlsx, .ods), which keeps it"
            )
        bad(cell, f"the link '{link}': {problem[0]}", fix)
        return ""
    return link


def _printed_link(typed: str, link: str) -> str:
    """What is printed under the event's QR code: its link (`link`, the address the QR code
    holds; `text.printed_url` prints it without its scheme), but a phone number as the
    organiser typed it in the cell (`typed`: +221 33 859 96 96 was printed
    +221-33-859-96-96, the hyphens that the QR code's tel: address puts between the groups,
    RFC 3966's visual separators, which only a dialler needs: an office's trial). Only the
    number is printed: a `tel:` and white space around it are left out, white space between
    its groups is one space, and - . ( ) stay as typed, and the trunk prefix "(0)" of an
    international number too (+33 (0)1 43 29 44 40, dialled without it), and a national
    number's trunk prefix, that of the dialled number's country (`national_forms`: 8 (495)
    123-45-67 is dialled +7-495-123-45-67), or none where it may be left out (the US's (202)
    456-1111, its area code in brackets: +1-202-456-1111). A cell that shows other words
    than the number its link dials (its digits, and a + or none; a national number without
    its country's trunk prefix, 1 43 29 44 40 for +33-1-43-29-44-40, which no one in France
    dials) prints the link."""
    if link[:4].lower() != "tel:":
        return link
    phone = PHONE_AS_TYPED.fullmatch(typed.strip())
    if phone is None:
        return link
    number = re.sub(r"\s+", " ", phone[1].strip())
    dialled = link[4:].split(";")[0]  # without its parameters (;ext=5)
    # +33 (0)1 43 29 44 40 is printed so and dialled +33-1-43-29-44-40 (`dialable`)
    typed_digits = re.sub(r"[^0-9+]", "", without_trunk_prefix(number))
    dialled_digits = re.sub(r"[^0-9+]", "", dialled)
    same = typed_digits == dialled_digits or (
        # 01 43 29 44 40 of FR: +33-1-43-29-44-40; 8 (495) 123-45-67 of RU: +7-495-123-45-67
        not typed_digits.startswith("+")
        and dialled_digits.startswith("+")
        and typed_digits in national_forms(dialled_digits)
    )
    return number if same else link


# A number in a link cell that is no address: one alone, or with words (โทร 1300, "call
# 1300"; Call: 0800 123 456), 3 to 15 digits (E.164's most) in groups, the first may be in
# brackets ((202) 456-1111); the words before or after it hold no address's marks (/ @)
NUMBER_IN_WORDS = re.compile(r"([^\d/@+]*?)\s*(\+?\(?\d[\d \u00a0().-]*\d|\d)\s*([^\d/@]*)")


def _number_fix(link: str) -> str | None:
    """The fix for a link cell that holds a number to call, not its tel: address: a short
    number (a hotline: Thailand's 1300) is dialled as it is, tel:1300, where the hint said
    tel:+CC-NNN-NNNN, which no short number has (a trial); a number with words (โทร 1300)
    is its tel: address, the words the contact's, where the hint said the cell held "a
    link's shown words" (a sheet saved as CSV). None for anything else."""
    found = NUMBER_IN_WORDS.fullmatch(link.strip())
    if found is None or not 3 <= sum(c.isdigit() for c in found[2]) <= 15:
        return None
    if is_not_number(found[2]):  # a date (07.30.2026), a time or a range: no number to call
        return None
    number = found[2]
    words = " ".join(w for w in (found[1].strip(), found[3].strip()) if w)
    address = dialable("tel:" + re.sub(r"[().]", " ", number).strip())
    short = not number.startswith(("+", "0")) and sum(c.isdigit() for c in number) < 7
    said = f"for a number to call, write {address}" + (
        " (a short number is dialled as it is, without a country code)" if short else ""
    )
    if words and short:  # Register 2027: a number to call, or a link's shown words
        return (
            f"{said}, and '{words}' in the contact column; if the cell has a link's shown "
            "words, type its address (https://...)"
        )
    if words:
        return f"{said}: the link is the address alone; '{words}' may go in the contact column"
    return f"{said}, or https://... or mailto:name@example.org"


def _photo(cell: Cell | None, images: Path | None, bad: Bad) -> Path | None:
    """The photo cell's file in the images folder: a JPEG or PNG inside it. A name written
    with Windows' backslashes (sub\\walk.jpg) is read with slashes. A file that is missing is
    named with the file of the same name in other capitals, or a near name; a HEIC or other
    image with the format to export it to."""
    name = _text(cell).replace("\\", "/")
    if not name or cell is None:
        return None
    if images is None:
        bad(cell, f"the photo '{name}' needs an images folder", "pass --images DIR")
        return None
    root = images.resolve()
    path = resolved(root / name)  # "bolívar" typed, its decomposed form on disk
    if not path.is_relative_to(root):
        bad(
            cell,
            f"the photo '{name}' is outside the images folder {images}",
            "name a file inside it",
        )
        return None
    if not path.is_file():
        bad(cell, f"no file '{name}' in {images}", *_near_names(path))
        return None
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        kind = "an iPhone's HEIC photo" if path.suffix.lower() in (".heic", ".heif") else None
        what = kind or f"a {path.suffix.lstrip('.').upper() or 'file without an ending'}"
        bad(
            cell,
            f"the photo '{name}' is {what}: a photo is a JPEG or PNG",
            "export it as JPEG (or PNG), and name that file here",
        )
        return None
    try:
        stat = path.stat()
    except OSError:
        return path  # gone meanwhile: the layout's check names it
    problem = _photo_problem(path, stat.st_mtime_ns, stat.st_size)
    if problem is not None:
        bad(cell, f"the photo '{name}' {problem[0]}", problem[1])
        return None
    return path


@lru_cache(maxsize=256)
def _photo_problem(path: Path, mtime_ns: int, size: int) -> tuple[str, str] | None:
    """(what is wrong, the fix) with a photo file, or None: empty or not an image, too many
    pixels to open safely, or cut short (`assets.cut_short`: an interrupted download or
    copy, which failed only while drawing, as an internal error), named at the row's cell.
    By the file's state: a photo that many rows name is read once."""
    from PIL import Image, UnidentifiedImageError

    from ..assets import cut_short

    again = "export or copy it again, as JPEG or PNG"
    try:
        with Image.open(path):
            pass
    except Image.DecompressionBombError as exc:
        return f"is too large to open safely ({exc})", "scale it down (300 ppi is enough)"
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        return ("is empty" if size == 0 else f"cannot be read ({exc})"), again
    cut = cut_short(path)
    if cut is not None:
        return cut, again
    if _invisible(path):
        return (
            "is transparent all over: nothing of it would print",
            "export it again with its picture (a PNG's layers flattened), or as JPEG",
        )
    return None


def _invisible(path: Path) -> bool:
    """Whether an image with transparency has no pixel that shows (alpha 0 everywhere): its
    frame printed empty, without a word (an organiser's trial)."""
    from PIL import Image

    try:
        with Image.open(path) as im:
            if "A" not in im.getbands() and "transparency" not in im.info:
                return False
            alpha = im.convert("RGBA").getchannel("A")
    except (OSError, ValueError):
        return False  # _photo_problem names a file that cannot be read
    return alpha.getextrema()[1] == 0


# A folder's files are compared with a missing name's by a near match only up to this many:
# difflib over 10,000 names took 0.4 s a row, an hour for a merge of 10,000 rows
NEAR_NAMES_MAX = 500


def _near_names(path: Path) -> tuple[str, ...]:
    """A hint naming the file `path` likely means: the same name in other capitals (Walk2.JPG
    for walk2.jpg: one file on Windows and macOS, two names here), or a near one (in a folder
    of at most NEAR_NAMES_MAX files). The folder is listed once per state (`_listed`)."""
    try:
        stamp = path.parent.stat().st_mtime_ns
    except OSError:
        return ()
    by_case, names = _listed(path.parent, stamp)
    same = by_case.get(path.name.casefold())
    if same:
        return (f"did you mean '{same}'? the names differ in capitals",)
    return did_you_mean(path.name, names) if len(names) <= NEAR_NAMES_MAX else ()


@lru_cache(maxsize=8)
def _listed(folder: Path, stamp: int) -> tuple[dict[str, str], tuple[str, ...]]:
    """The files of `folder` (as of modification time `stamp`): by their casefold name, and
    all of them."""
    try:
        names = tuple(sorted(p.name for p in folder.iterdir() if p.is_file()))
    except OSError:
        names = ()
    return {n.casefold(): n for n in names}, names
