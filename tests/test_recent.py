"""campaign.recent.Recent: the most recently used values are kept, the least recently used
(put or got) dropped first."""

from __future__ import annotations

from campaign.recent import Recent


def test_the_least_recently_used_is_dropped_first() -> None:
    kept: Recent[str, int] = Recent(3)
    for n, key in enumerate("abc"):
        kept.put(key, n)
    assert kept.get("a") == 0  # now the most recently used
    kept.put("d", 3)
    assert len(kept) == 3
    assert kept.get("b") is None  # the least recently used
    assert [kept.get(k) for k in "acd"] == [0, 2, 3]


def test_a_key_put_again_takes_its_new_value_and_drops_nothing() -> None:
    kept: Recent[str, int] = Recent(2)
    kept.put("a", 1)
    kept.put("b", 2)
    kept.put("a", 3)
    assert len(kept) == 2
    assert (kept.get("a"), kept.get("b")) == (3, 2)
