"""`K/N`, a shard of a split (`--shard`, and the shard a build's stamp names)."""

from __future__ import annotations


def parse_shard(text: str) -> tuple[int, int] | None:
    """`K/N` as (K, N) when both are ASCII digits and 1 <= K <= N; None for anything else
    (str.isdigit alone takes ３ and ²: a shard named so would be another string in a stamp)."""
    k, slash, n = text.partition("/")
    if not (slash and k.isascii() and k.isdigit() and n.isascii() and n.isdigit()):
        return None
    shard = int(k), int(n)
    return shard if 1 <= shard[0] <= shard[1] else None
