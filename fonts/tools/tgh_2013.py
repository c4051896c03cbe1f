#!/usr/bin/env python3
"""Write tgh-2013.txt: the 8,105 hanzi of the Table of General Standard Chinese Characters
(通用规范汉字表, State Council of the People's Republic of China, 2013), in the table's order,
from the `kTGH` field of Unicode's Unihan database (UAX #38), which gives each character's
number in the table ("2013:1234").

The table has three levels: 1-3500 (level 1, the common characters), 3501-6500 (level 2),
6501-8105 (level 3: names of people and places, science and technology, classical texts).
Debian's unicode-data package ships Unihan 15.0.0:

    apt-get download unicode-data && dpkg-deb -x unicode-data_*.deb /tmp/ud
    python3 fonts/tools/tgh_2013.py \\
        /tmp/ud/usr/share/unicode/Unihan_OtherMappings.txt.bz2 > fonts/tools/tgh-2013.txt
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

PER_LINE = 50
LEVELS = ((1, 3500, "level 1"), (3501, 6500, "level 2"), (6501, 8105, "level 3"))


def tgh_numbers(unihan: Path) -> dict[int, str]:
    """Table number -> character, from a Unihan_OtherMappings.txt (plain or .bz2)."""
    opener = bz2.open if unihan.suffix == ".bz2" else open
    out: dict[int, str] = {}
    with opener(unihan, "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 3 and cols[1] == "kTGH":
                for value in cols[2].split():
                    year, _, number = value.partition(":")
                    if year == "2013":
                        out[int(number)] = chr(int(cols[0].removeprefix("U+"), 16))
    return out


def main(argv: list[str]) -> None:
    numbers = tgh_numbers(Path(argv[1]))
    if sorted(numbers) != list(range(1, 8106)):
        raise SystemExit(f"{argv[1]}: kTGH does not number 1-8105 ({len(numbers)} found)")
    out = [
        "# The 8,105 hanzi of the Table of General Standard Chinese Characters (通用规范汉字表,",
        "# 2013), in the table's order, from the kTGH field of Unihan_OtherMappings.txt,",
        "# Unicode 15.0.0 (Debian's unicode-data 15.0.0-1): © 2022 Unicode®, Inc., used under",
        "# the Unicode licence (UNICODE-LICENSE.txt); only the characters are kept.",
        "# Made by tgh_2013.py; read by make_ttf.py's `tgh-2013` set. # lines are skipped.",
    ]
    for lo, hi, name in LEVELS:
        chars = "".join(numbers[n] for n in range(lo, hi + 1))
        out.append(f"# {name}: {lo}-{hi}")
        out += [chars[i : i + PER_LINE] for i in range(0, len(chars), PER_LINE)]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv)
