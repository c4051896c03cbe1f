"""Post-process print PDFs with pikepdf: CMYK OutputIntent with its ICC profile, XMP metadata,
PDF 1.6, reproducible IDs. Imported only when a print PDF is written."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pikepdf


@dataclass(frozen=True)
class OutputCondition:
    """A press condition: the ICC profile file and how PDF/X names it."""

    key: str
    icc: Path
    identifier: str
    info: str


def add_output_intent(pdf_bytes: bytes, cond: OutputCondition, title: str, lang: str) -> bytes:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        icc = pdf.make_stream(cond.icc.read_bytes())
        icc.N = 4
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFX,
            OutputConditionIdentifier=pikepdf.String(cond.identifier),
            RegistryName=pikepdf.String("http://www.color.org"),
            Info=pikepdf.String(cond.info),
            DestOutputProfile=icc,
        )
        pdf.Root.OutputIntents = pikepdf.Array([intent])
        pdf.Root.Lang = pikepdf.String(lang)
        pdf.docinfo[pikepdf.Name.Trapped] = pikepdf.Name("/False")
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["dc:title"] = title
            meta["dc:language"] = [lang]
            meta["pdf:Trapped"] = "False"
            meta["xmp:CreatorTool"] = "Blue Heart campaign kit"
        out = io.BytesIO()
        pdf.save(
            out,
            min_version="1.6",
            deterministic_id=True,
            compress_streams=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
        )
        return out.getvalue()
