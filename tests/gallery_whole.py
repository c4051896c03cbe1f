"""The gallery page made from every entry held at once: how `static_gallery` wrote it before
it wrote the page in pieces (`gallery_chunks`), kept here as the reference the streamed page
is compared with."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from campaign.output import OutputFile
from campaign.serve.described import Names, language_name
from campaign.serve.static_gallery import (
    SCRIPT,
    STYLE,
    VIEWER_SCRIPT,
    VIEWER_STYLE,
    Doc,
    _article,
    _select,
)


def gallery_whole(
    files: Iterable[OutputFile],
    title: str = "Blue Heart campaign kit",
    names: Names = language_name,
    source: str | None = None,
) -> str:
    docs: dict[Doc, list[OutputFile]] = {}
    for f in files:
        key = (f.office or "", f.material, f.language, f.record or "")
        docs.setdefault(key, []).append(f)
    offices = sorted({k[0] or "-" for k in docs})
    materials = sorted({k[1] for k in docs})
    langs = sorted({k[2] for k in docs})
    filters = (
        _select("office", "Office", offices, {"-": "campaign"})
        + _select("material", "Material", materials, {})
        + _select("lang", "Language", langs, {c: names(c).text() for c in langs})
    )
    articles = "\n".join(_article(k, v, names, source) for k, v in sorted(docs.items()))
    return (
        '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8">'
        f"<title>{escape(title)}: gallery</title><style>{STYLE}{VIEWER_STYLE}</style></head>\n"
        f"<body><header><h1>{escape(title)}</h1>{filters}"
        f'<span id="count">{len(docs)} documents</span></header>\n'
        f"<main>\n{articles}\n</main>\n<script>{SCRIPT}</script>\n"
        f"<script>{VIEWER_SCRIPT}</script>\n</body>\n</html>\n"
    )
