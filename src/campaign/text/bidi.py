"""Unicode bidi (UAX 9) embedding levels from python-bidi, with links kept left-to-right.

The paragraph direction comes from the language, not from the first strong character.
Hashtags, URLs, e-mail addresses and phone numbers inside right-to-left text are treated as if
wrapped in LRI ... PDI, so `#endHT #30July` never comes out as `endHT #30July#`.
"""

from __future__ import annotations

from bidi import algorithm as uba

from .scripts import link_spans


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """The resolved level of every character (even = left-to-right, odd = right-to-left)."""
    if not rtl and not any(
        uba.bidirectional(ch) in ("R", "AL", "RLE", "RLO", "RLI") for ch in text
    ):
        return [0] * len(text)
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(text, storage, False, False)
    uba.explicit_embed_and_overrides(storage, False)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    levels = [int(ch["level"]) for ch in storage["chars"]]
    if len(levels) != len(text):  # explicit formatting characters were removed (X9)
        levels = _realign(text, storage["chars"], 1 if rtl else 0)
    if rtl:
        for a, b in link_spans(text):
            levels[a:b] = [2] * (b - a)
    return levels


def _realign(text: str, chars: list[dict], base: int) -> list[int]:  # type: ignore[type-arg]
    out = []
    it = iter(chars)
    cur = next(it, None)
    for ch in text:
        if cur is not None and cur["ch"] == ch:
            out.append(int(cur["level"]))
            cur = next(it, None)
        else:
            out.append(out[-1] if out else base)
    return out


def visual_order(levels: list[int]) -> list[int]:
    """Rule L2 on items with the given levels: the indices in left-to-right display order."""
    order = list(range(len(levels)))
    if not levels:
        return order
    top = max(levels)
    low_odd = min((lv for lv in levels if lv % 2), default=top + 1)
    for level in range(top, low_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order
