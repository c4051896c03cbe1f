"""JSON and YAML data files: a list of records (objects, mappings), or one record (a form).
A record's keys are the columns, its number the row; a YAML file's values keep their
places (line and column), and each column the place of its key where it is first
written."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..diagnostics import Mark, failure
from .csv_file import data_text
from .data import Cell, Row


def read_json(path: Path) -> Any:
    """The file's JSON. Raises `merge.read` for text that is not JSON, and for a number of
    more than 4,300 digits (Python's limit on converting one; it stopped the merge with an
    internal error)."""
    try:
        return json.loads(data_text(path))
    except json.JSONDecodeError as exc:
        raise failure(
            "merge.read",
            f"{path} is not JSON: {exc.msg}",
            Mark(path, exc.lineno, exc.colno),
            "mend the JSON at that place (a missing comma or quote, most often), or save the data "
            "as CSV",
        ) from None
    except ValueError as exc:  # int(): "Exceeds the limit (4300 digits)..."
        raise failure(
            "merge.read",
            f"{path} holds a number too long to read ({str(exc).split(';')[0]})",
            Mark.file(path),
            "no value of the data needs that many digits: check the file",
        ) from None


def read_yaml(path: Path) -> Any:
    """The file's records with the place of each value (load.Node): a cell's errors are at
    its line and column. YAML 1.1's numbers a person does not mean stay text (`time: 18:30`,
    `event_id: 0101`: load.YAML11_NUMBER)."""
    from ..load import load_yaml

    return load_yaml(path)


def record_rows(
    path: Path, data: Any
) -> tuple[tuple[str, ...], Callable[[], Iterator[Row]], tuple[Mark | None, ...]]:
    """A list of objects (or one object: a form) as rows; the row is the record's number. A
    YAML file's values (load.Node) keep their places, and each column the place of its key
    where it is first written (JSON: none)."""
    from ..load import Node

    nodes: list[Node] = []
    if isinstance(data, Node):
        nodes = [data] if data.is_map else data.value if data.is_seq else []
        data = data.plain()
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise failure(
            "merge.read",
            f"{path} must hold a list of records (objects with a value per field), or one",
            None,
            'write the records as a list: [{"event_id": "walk", "language": "en"}, ...]',
        )
    columns: dict[str, None] = {}
    for record in data:
        columns.update(dict.fromkeys(str(k) for k in record))
    places: list[dict[str, Mark]] = [
        {str(k): v.mark for k, v in node.value.items()} for node in nodes if node.is_map
    ]
    first: dict[str, Mark] = {}
    for node in nodes:
        for k, mark in node.key_marks.items() if node.is_map else ():
            first.setdefault(str(k), mark)

    def rows() -> Iterator[Row]:
        for n, record in enumerate(data, start=1):
            marks = places[n - 1] if places else {}
            no_place = Mark(path, 0, 0)
            yield {
                str(k): Cell(
                    _scalar(v),
                    n,
                    str(k),
                    0,
                    line=marks.get(str(k), no_place).line,
                    col=marks.get(str(k), no_place).col,
                )
                for k, v in record.items()
            }

    return tuple(columns), rows, tuple(first.get(c) for c in columns)


def _scalar(value: Any) -> Any:
    """A JSON or YAML field's value as a cell holds it: a text (stripped), a number, a date; a
    list of them is one text, its items joined by ", " (`language: [en, ar]` is the
    language cell "en, ar", two organisers one line). An object, or a list that holds one,
    is kept as it is: a column the events use refuses it at its place (merge.events), and
    another column is only warned about, as any column they do not use."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list) and not any(isinstance(v, (list, dict)) for v in value):
        return ", ".join(str(v).strip() for v in value if v is not None and str(v).strip())
    return value
