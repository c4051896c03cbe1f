"""The JSON Schema (draft 2020-12) of the commands' --json reports: schemas/report.schema.json.

Made from the keys each report has (cli.report: BUILD_KEYS, IMPORT_KEYS... and COUNT_KEYS,
TEXTS_KEYS, PDF_FILE_KEYS), so that the schema and the reports cannot say different things:
a report has every key of its command, whether the command succeeds or fails (a usage
error, an internal one, Ctrl-C), and no other. `python generate.py schema -o schemas/`
writes it with the kit's own schemas; tests validate every command's reports against it.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import Severity, Subject
from .report import (
    BUILD_KEYS,
    COUNT_KEYS,
    IMPORT_KEYS,
    JOIN_KEYS,
    LAYOUT_KEYS,
    PACKAGE_KEYS,
    PDF_FILE_KEYS,
    PDF_KEYS,
    REPORT_KEYS,
    TEXTS_KEYS,
    USAGE_KEYS,
)

DRAFT = "https://json-schema.org/draft/2020-12/schema"
NAME = "report.schema.json"

# Each report, by its name in `$defs`: its keys, what it is, and the `command` it gives (the
# command's words, a subcommand by its path); `check`'s two other shapes by the option that
# gives them; `usage`, a command line that named no command with a report
# (cli.usage_as_json), whose `command` is any other of the command line, or null (None here)
REPORTS: dict[str, tuple[tuple[str, ...], str, str | None]] = {
    "build": (BUILD_KEYS, "`build --json`: the jobs, the files removed", "build"),
    "merge": (
        BUILD_KEYS,
        "`merge --json`: as a build's, a job per record and rendition",
        "merge",
    ),
    "check": (LAYOUT_KEYS, "`check --json`: the kit checked, nothing written", "check"),
    "check-report": (
        REPORT_KEYS,
        "`check --report --json`: and the fit of each text slot",
        "check",
    ),
    "check-pdf": (PDF_KEYS, "`check --pdf FILE --json`: each file's preflight", "check"),
    "package": (PACKAGE_KEYS, "`package --json`: the files written and removed", "package"),
    "manifest-merge": (
        JOIN_KEYS,
        "`manifest merge --json`: the joined manifest",
        "manifest merge",
    ),
    "strings-import": (
        IMPORT_KEYS,
        "`strings import --json`: the strings file, each text",
        "strings import",
    ),
    "usage": (
        USAGE_KEYS,
        "A command line with --json that names no command with a report (`bild --json`, "
        "`schema --json`, `--json` alone), which cannot be read: its `cli.usage` error",
        None,
    ),
}
# The `command` each report but `usage` gives
COMMANDS = {name: command for name, (_, _, command) in REPORTS.items() if command is not None}

STRINGS = {"type": "array", "items": {"type": "string"}}
COUNT = {"type": "integer", "minimum": 0}
OR_NULL = ("string", "null")


def closed(properties: dict[str, Any], description: str = "") -> dict[str, Any]:
    """An object with exactly `properties`, every one required."""
    said = {"description": description} if description else {}
    return {
        "type": "object",
        **said,
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/$defs/{name}"}


# The schema of each top-level key, whichever report has it
KEYS: dict[str, dict[str, Any]] = {
    "command": {
        "description": "The command the report is of, by its words (`strings import`), as "
        "the command line names it (`python generate.py strings import ...`).",
        "enum": sorted(set(COMMANDS.values())),
    },
    "ok": {
        "type": "boolean",
        "description": "Whether the command did all it was asked (exit code 0); false on "
        "every failure, with the errors in `diagnostics` (or `files`, of check --pdf).",
    },
    "summary": {
        "type": "string",
        "description": "The line a human's report ends with (`package --order`'s: the copies "
        "ordered per group, a line each, then it); of a failure, its count "
        '("1 error(s)") or what stopped the command.',
    },
    "counts": ref("counts"),
    "jobs": {"type": "array", "items": ref("job"), "description": "What each job did."},
    "removed": {**STRINGS, "description": "The files removed (stale ones; a package's last)."},
    "written": {**STRINGS, "description": "The files written; empty when none was."},
    "manifest": {
        "type": list(OR_NULL),
        "description": "The joined manifest's path; null when nothing was joined.",
    },
    "texts": ref("texts"),
    "files": {"type": "array", "items": ref("pdf-file"), "description": "A file checked each."},
    "report": {"type": "array", "items": ref("fit-row"), "description": "A text slot each."},
    "diagnostics": {
        "type": "array",
        "items": ref("diagnostic"),
        "description": "Every problem and note, notes first, in the order the text prints them.",
    },
    "notes": {
        **STRINGS,
        "description": "The lines printed that are no diagnostic (the kit an import wrote "
        "into, when --kit did not name it); most reports have none.",
    },
}

DEFS: dict[str, dict[str, Any]] = {
    "diagnostic": closed(
        {
            "severity": {"enum": [s.value for s in Severity]},
            "code": {
                "type": "string",
                "pattern": r"^[a-z]+\.[a-z0-9-]+$",
                "description": "A stable code, each explained in docs/errors.md.",
            },
            "message": {"type": "string"},
            "file": {"type": list(OR_NULL), "description": "null where no file is at fault."},
            "line": {"type": ["integer", "null"], "minimum": 1},
            "column": {"type": ["integer", "null"], "minimum": 1},
            "hints": STRINGS,
            "subject": {
                "type": "object",
                "description": "What it is about: the fields that are known.",
                "properties": {name: {"type": "string"} for name in Subject.__dataclass_fields__},
                "additionalProperties": False,
            },
        },
        "A diagnostic, as the text prints it: file:line:col: severity[code]: message, hints.",
    ),
    "counts": closed(
        {key: COUNT for key in COUNT_KEYS},
        "The same keys on every command (docs/errors.md): documents or files made, kept, "
        "failed; the diagnostics' errors, warnings and notes.",
    ),
    "job": closed(
        {
            "job": closed(
                {
                    "material": {"type": "string"},
                    "language": {"type": "string"},
                    "office": {"type": list(OR_NULL)},
                    "record": {"type": list(OR_NULL)},
                    "rendition": {"type": "string"},
                }
            ),
            "status": {"enum": ["done", "skipped", "failed"]},
            "files": STRINGS,
            "diagnostics": {"type": "array", "items": ref("diagnostic")},
        }
    ),
    "texts": closed(
        {key: COUNT if key == "unchanged" else STRINGS for key in TEXTS_KEYS},
        "What an import did with each text, by key: changed, how many unchanged, left empty "
        "in the file, fuzzy (a PO entry flagged fuzzy, an XLIFF target left initial) or a "
        "copy of the source (not imported), kept (the strings file's newer text), and the "
        "keys whose note (the translator's comment) changed.",
    ),
    "pdf-file": closed(
        dict(
            zip(
                PDF_FILE_KEYS,
                (
                    {"type": "string"},
                    {"type": "boolean"},
                    {"type": list(OR_NULL), "description": "A file of the kit's not for a press"},
                    {"type": "object", "description": "What the preflight measured."},
                    STRINGS,
                    STRINGS,
                ),
                strict=True,
            )
        )
    ),
    "fit-row": {
        "type": "object",
        "required": [
            "document",
            "material",
            "language",
            "page",
            "slot",
            "size_pt",
            "range_pt",
            "variant",
            "lines",
            "room_mm",
            "overflow",
            "line",
        ],
        "properties": {
            "overflow": {
                "type": ["object", "null"],
                "description": "How the text misses its frame at the smallest size tried "
                "(its text.overflow error); null when it fits.",
            },
        },
    },
}


def command_key(name: str) -> dict[str, Any]:
    """The schema of report `name`'s `command`: its command's words (COMMANDS); of `usage`,
    those of every other command and group of the command line (`schema`, `strings`,
    `strings export`), or null for a line that names none (`bild --json`)."""
    if name in COMMANDS:
        return {**KEYS["command"], "enum": [COMMANDS[name]]}
    return {
        "description": "The command or group the command line names, which has no --json "
        "report; null when it names none (an unknown command, --json alone).",
        "enum": [None, *other_commands()],
    }


def other_commands() -> list[str]:
    """The words of every command and group of the command line without a --json report
    (`colour`, `strings`, `strings export`), sorted."""
    from . import main

    found: list[str] = []

    def walk(group: Any, prefix: str) -> None:
        for name, command in group.commands.items():
            words = f"{prefix}{name}"
            if words not in COMMANDS.values():
                found.append(words)
            if hasattr(command, "commands"):
                walk(command, f"{words} ")

    walk(main, "")
    return sorted(found)


def report_schema() -> dict[str, Any]:
    """The schema of every --json report: one of REPORTS (`$defs` by name; `build` and `merge`
    have one shape, so `anyOf`)."""
    reports = {
        name: closed(
            {key: command_key(name) if key == "command" else KEYS[key] for key in keys}, said
        )
        for name, (keys, said, _) in REPORTS.items()
    }
    return {
        "$schema": DRAFT,
        "$id": NAME,
        "title": "Blue Heart campaign kit: a command's --json report",
        "description": "What `--json` prints on standard output: one JSON object, with the "
        "same keys whether the command succeeds or fails (a usage error: exit code 2; the "
        "kit's problems: 1; an internal error: 70; Ctrl-C: 130), `ok` false on a failure.",
        "anyOf": [ref(name) for name in REPORTS],
        "$defs": {**reports, **DEFS},
    }
