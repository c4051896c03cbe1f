"""Entry point: `python generate.py build` builds the default kit into out/."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from campaign.cli import main  # noqa: E402

if __name__ == "__main__":
    main()
