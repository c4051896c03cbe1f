"""A translated text written into a strings file reads back as the same text: one line, a
literal block for a text with line breaks, an escaped line for characters a block cannot
hold (a property test over any text an import can write: `entries.tidy`'s, no spaces at
its ends)."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from campaign.translate.entries import tidy
from campaign.translate.writer import field_lines

TEXTS = (
    st.text(
        st.characters(blacklist_categories=("Cs",)) | st.sampled_from("\n \u00a0\t#:|>-'\""),
        min_size=1,
    )
    .map(tidy)
    .filter(bool)
)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, indent=st.sampled_from(["  ", "    ", "        "]))
def test_a_field_written_reads_back_as_its_text(text: str, indent: str) -> None:
    lines = field_lines(indent, "text", text)
    document = (
        "strings:\n  key:\n"
        + "\n".join(
            line.replace(indent, "    ", 1) if line.startswith(indent) else line for line in lines
        )
        + "\n"
    )
    assert yaml.safe_load(document)["strings"]["key"]["text"] == text
    assert all(not line or line.startswith(indent) for line in lines)  # none left of it


def test_the_forms_chosen() -> None:
    assert field_lines("    ", "text", "Agir") == ["    text: Agir"]
    assert field_lines("    ", "text", "a\n\nb") == ["    text: |-", "      a", "", "      b"]
    assert field_lines("    ", "text", " a\nb") == ["    text: |2-", "       a", "      b"]
    assert field_lines("    ", "text", "a\u2028b\nc") == ['    text: "a\\Lb\\nc"']
