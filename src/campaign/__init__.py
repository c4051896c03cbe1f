"""Blue Heart campaign kit: YAML in, print-ready PDFs and PNG previews out."""

__version__ = "0.1.0"

# before any of the package's dataclasses is made: their methods compiled once for every
# process (codecache: Python 3.11's dataclasses compile several methods a class)
from . import codecache  # noqa: E402

codecache.install()
