"""Entry point: `python generate.py build` builds the default kit into out/."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

try:
    from campaign.cli import run
except KeyboardInterrupt:  # Ctrl-C while Python loads the code: nothing was started
    sys.stderr.write("interrupted; nothing was published; the previous output is unchanged\n")
    sys.exit(130)

if __name__ == "__main__":
    run()
