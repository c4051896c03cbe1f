#!/usr/bin/env python3
"""Write big5-2-yue.txt: the Big5 level 2 hanzi that written Cantonese uses, in the order of
how often they occur in three Cantonese corpora, as PyCantonese 5.0.0 ships them:

  HKCanCor (Hong Kong Cantonese Corpus, CC BY 4.0): the utterances (`*` lines) of the .cha files
  CTCPC (Cantonese-Traditional Chinese Parallel Corpus, CC0 1.0): ctcpc/sents.json
  Common Voice Cantonese sentences (as PyCantonese states: MPL 2.0): common_voice/sents.json

Written Cantonese needs Big5 level 2 (佢 冇 睇 乜 噉 咁 畀 搵 靚 are all level 2), but the
whole level is 7,652 characters; these corpora (about 1.9 million hanzi) use 864 of them.

    pip download pycantonese==5.0.0 --no-deps -d /tmp/pyc
    unzip -q /tmp/pyc/pycantonese-5.0.0-*.whl 'pycantonese/data/*' -d /tmp/pyc
    python3 fonts/tools/yue_big5_2.py /tmp/pyc/pycantonese/data > fonts/tools/big5-2-yue.txt
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_ttf import BIG5_TRAIL, _double_byte  # noqa: E402

PER_LINE = 50


def corpus_text(data: Path) -> str:
    parts = [
        "".join(json.loads((data / "ctcpc/sents.json").read_text(encoding="utf-8"))),
        "".join(json.loads((data / "common_voice/sents.json").read_text(encoding="utf-8"))),
    ]
    for cha in sorted((data / "hkcancor").glob("*.cha")):
        lines = cha.read_text(encoding="utf-8").splitlines()
        parts.append("".join(ln for ln in lines if ln.startswith("*")))
    return "".join(parts)


def main(argv: list[str]) -> None:
    data = Path(argv[1])
    level2 = _double_byte("big5", range(0xC9, 0xFA), BIG5_TRAIL)
    counts = Counter(ch for ch in corpus_text(data) if ord(ch) in level2)
    chars = [ch for ch, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    out = [
        "# Big5 level 2 hanzi used in written Cantonese: the 864 that HKCanCor, CTCPC and the",
        "# Common Voice Cantonese sentences (PyCantonese 5.0.0's copies) use, most frequent first.",
        "# Made by yue_big5_2.py; read by make_ttf.py's `big5-2-yue` set. # lines are skipped.",
    ]
    out += ["".join(chars[i : i + PER_LINE]) for i in range(0, len(chars), PER_LINE)]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv)
