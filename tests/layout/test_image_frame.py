"""`crop_to_frame`: which part of an image a frame shows (`cover`) or where a whole image
sits in it (`contain`), in a 200 x 100 pt frame at (10, 20) pt."""

from __future__ import annotations

import pytest

from campaign.layout.document import Box
from campaign.layout.items.image import crop_to_frame

FRAME = Box(10, 20, 200, 100)


@pytest.mark.parametrize(
    ("pixels", "crop"),
    [
        ((800, 200), (0.25, 0.0, 0.75, 1.0)),  # twice as wide as the frame: half its width
        ((100, 100), (0.0, 0.25, 1.0, 0.75)),  # twice as tall: half its height
        ((300, 150), (0.0, 0.0, 1.0, 1.0)),  # the frame's shape: all of it
    ],
)
def test_cover_crops_the_middle_and_fills_the_frame(
    pixels: tuple[int, int], crop: tuple[float, ...]
) -> None:
    assert crop_to_frame(pixels, FRAME, "cover") == (crop, FRAME)


@pytest.mark.parametrize(
    ("pixels", "shown"),
    [
        ((800, 200), Box(10, 45, 200, 50)),  # as wide as the frame, centred vertically
        ((100, 100), Box(60, 20, 100, 100)),  # as tall as the frame, centred horizontally
        ((300, 150), FRAME),
    ],
)
def test_contain_shows_the_whole_image_centred(pixels: tuple[int, int], shown: Box) -> None:
    assert crop_to_frame(pixels, FRAME, "contain") == ((0.0, 0.0, 1.0, 1.0), shown)
