"""Blue Heart campaign kit: YAML in, print-ready PDFs and PNG previews out."""

__version__ = "0.1.0"
