"""IRIs to ASCII URIs (issue 12, case 20): what QR codes and PDF links hold."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from campaign.iri import host_to_ascii, to_uri


@pytest.mark.parametrize(
    ("iri", "uri"),
    [
        ("https://example.org/über-uns", "https://example.org/%C3%BCber-uns"),
        (
            "https://example.org/蓝心运动/über-uns?ref=海报",
            "https://example.org/%E8%93%9D%E5%BF%83%E8%BF%90%E5%8A%A8/%C3%BCber-uns"
            "?ref=%E6%B5%B7%E6%8A%A5",
        ),
        ("https://bücher.example/", "https://xn--bcher-kva.example/"),
        ("https://Bücher.example:8443/a#ü", "https://xn--bcher-kva.example:8443/a#%C3%BC"),
        ("https://jö@bücher.example/", "https://j%C3%B6@xn--bcher-kva.example/"),
        ("https://例え.テスト/パス", "https://xn--r8jz45g.xn--zckzah/%E3%83%91%E3%82%B9"),
        (
            "mailto:jürgen@bücher.example?subject=Grüße",
            "mailto:j%C3%BCrgen@xn--bcher-kva.example?subject=Gr%C3%BC%C3%9Fe",
        ),
        # ASCII, already encoded, reserved characters and a lone % stay as they are
        ("https://www.unodc.org/blueheart/", "https://www.unodc.org/blueheart/"),
        ("https://example.org/%C3%BCber-uns", "https://example.org/%C3%BCber-uns"),
        ("https://example.org/a?b=c&d=e;f#g:h", "https://example.org/a?b=c&d=e;f#g:h"),
        ("https://example.org/100%/ü", "https://example.org/100%/%C3%BC"),
        ("https://example.org/%C3%BCber/ü", "https://example.org/%C3%BCber/%C3%BC"),
        ("tel:+41227917000", "tel:+41227917000"),
    ],
)
def test_iri_to_uri(iri: str, uri: str) -> None:
    assert to_uri(iri) == uri


@pytest.mark.parametrize(
    ("iri", "reason"),
    [
        ("https://a..bücher.example/", "label empty or too long"),
        ("https://" + "ü" * 64 + ".org/", "label empty or too long"),
    ],
)
def test_host_that_has_no_ascii_form(iri: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason) as exc:
        to_uri(iri)
    assert "cannot be written in ASCII" in str(exc.value)


def test_ascii_host_is_left_alone() -> None:
    assert host_to_ascii("WWW.Example.org") == "WWW.Example.org"


# path segments of any characters but the ones that structure an address, and no surrogates
SEGMENT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zs"), blacklist_characters="/?#%@:[]"),
    max_size=12,
)
HOST = st.sampled_from(["example.org", "bücher.example", "例え.テスト", "xn--bcher-kva.example"])


@given(host=HOST, segments=st.lists(SEGMENT, max_size=4), query=SEGMENT)
def test_uri_is_ascii_idempotent_and_keeps_the_path(
    host: str, segments: list[str], query: str
) -> None:
    path = "/" + "/".join(segments)
    iri = f"https://{host}{path}" + (f"?{query}" if query else "")
    uri = to_uri(iri)
    assert uri.isascii()
    assert to_uri(uri) == uri  # idempotent: an encoded address is not encoded again
    parts = urlsplit(uri)
    assert unquote(parts.path) == path  # the path, round trip through percent-decoding
    assert unquote(parts.query) == query
    assert parts.hostname == host_to_ascii(host).lower()
    if iri.isascii():
        assert uri == iri


@pytest.mark.parametrize(
    ("typed", "dialled"),
    [
        ("tel:+41 22 917 1234", "tel:+41-22-917-1234"),
        ("TEL:0800 123 456", "tel:0800-123-456"),
        ("tel:+33\u00a01 23 45 67 89", "tel:+33-1-23-45-67-89"),  # a spreadsheet's no-break
        ("tel:+41\u202f22 917", "tel:+41-22-917"),  # space, and a narrow one
        ("tel:+41 22 917 1234;ext=5", "tel:+41-22-917-1234;ext=5"),  # its parameters kept
        ("tel:+41 - 22 - 917", "tel:+41-22-917"),  # one separator, not "---"
        ("tel:+41-22-917-1234", "tel:+41-22-917-1234"),  # dialable already: as written
        ("tel:(202) 456-1111", "tel:202-456-1111"),  # an area code in brackets: a group
        ("tel:(202)456-1111", "tel:202-456-1111"),
        ("tel:+1 (202) 456-1111", "tel:+1-(202)-456-1111"),  # after a + as before
        ("tel:+41 22 917 1234\n", "tel:+41 22 917 1234\n"),  # a line break: left to be named
        ("tel:+41 22 9I7", "tel:+41 22 9I7"),  # not a number: left to be named
        ("https://example.org/a b", "https://example.org/a b"),
    ],
)
def test_a_tel_number_typed_in_groups_is_dialled_with_hyphens(typed: str, dialled: str) -> None:
    from campaign.iri import dialable

    assert dialable(typed) == dialled
