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


def test_with_probation_a_new_key_joins_the_others_when_used_again() -> None:
    kept: Recent[str, int] = Recent(2, probation=2)
    kept.put("a", 1)
    assert kept.get("a") == 1  # on probation, and now kept with the others
    for n, key in enumerate("xyz"):  # keys used once pass through probation
        kept.put(key, n)
    assert kept.get("x") is None  # dropped from probation: the two newest stay there
    assert kept.get("a") == 1  # a repeating key is not pushed out by them
    kept.put("y", 7)  # put again on probation: kept with the others
    kept.put("b", 8)
    kept.put("b", 9)
    assert (kept.get("y"), kept.get("b")) == (7, 9)
    assert kept.get("a") is None  # the least recently used of the kept two


def test_with_probation_a_value_put_twice_is_kept() -> None:
    kept: Recent[int, int] = Recent(3, probation=1)
    kept.put(0, 0)
    kept.put(0, 5)
    kept.put(1, 1)
    kept.put(2, 2)  # pushes 1 out of probation; 0 is kept
    assert (kept.get(0), kept.get(1), kept.get(2)) == (5, None, 2)
    assert len(kept) == 2  # 0 and 2 kept: none on probation


def test_widened_keeps_more_for_the_block_then_drops_back_to_the_usual_size() -> None:
    kept: Recent[int, int] = Recent(2, probation=1)
    kept.put(0, 0)  # on probation
    with kept.widened(5):
        for n in range(1, 6):
            kept.put(n, n)  # no probation in the block: every new key is kept
        assert [kept.get(n) for n in range(6)] == [None, 1, 2, 3, 4, 5]  # 0 dropped at 6
        with kept.widened(3):  # nested: the outer block's size holds
            kept.put(6, 6)
            assert len(kept) == 5
        assert len(kept) == 5
    assert (kept.size, kept.probation) == (2, 1)
    assert len(kept) == 2
    assert [kept.get(n) for n in (5, 6)] == [5, 6]  # the most recently used stay
    kept.put(7, 7)  # on probation again, as before the block
    assert (kept.get(5), kept.get(6)) == (5, 6)


def test_widened_keeps_the_entries_on_probation() -> None:
    kept: Recent[str, int] = Recent(1, probation=2)
    kept.put("a", 1)
    kept.put("b", 2)
    with kept.widened(4):
        assert (kept.get("a"), kept.get("b")) == (1, 2)
        kept.put("c", 3)
        assert len(kept) == 3
