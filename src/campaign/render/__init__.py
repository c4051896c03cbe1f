"""Render stage: pages to PDF (reportlab), post-processing (pikepdf) and PNG (pypdfium2)."""
