"""Every error a user is shown says how to fix it: a hint. An error made in the code with
none (a `Collector.error`, a `failure`, a `Diagnostic` of severity error, without a hint)
fails here, by its file and line, so that a new one cannot slip in: `build.output` (an
output folder under a file, another build writing to it) and `translate.read` (a strings
file that cannot be written) had none. The bad-input corpus checks the errors that reach
the user's screen the same way (tests/robustness/test_bad_corpus.py)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "campaign"
MAKERS = ("error", "failure", "Diagnostic")
# where a maker's hints begin among its positional arguments: error(code, message, mark,
# *hints), failure(code, message, mark, *hints), Diagnostic(code, message, mark, hints)
HINTS_AT = 3


def hintless(path: Path, root: Path = ROOT) -> list[str]:
    """`file:line: maker(code)` of each error made in `path` without a hint. A module's own
    function named `error` has its hints after its own positional parameters (xliff's
    `error(mark, said, *hints)`); `struct.error` and click's are no diagnostics."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = {
        node.name: len(node.args.args)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name in MAKERS and node.args.vararg
    }
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute):
            if isinstance(func.value, ast.Name) and func.value.id in ("struct", "click"):
                continue
            name = func.attr
            at = HINTS_AT
        elif isinstance(func, ast.Name):
            name = func.id
            at = own.get(name, HINTS_AT)
        else:
            continue
        if name not in MAKERS:
            continue
        keywords = {k.arg: k.value for k in node.keywords}
        if name == "Diagnostic":
            severity = node.args[4] if len(node.args) > 4 else keywords.get("severity")
            if severity is not None and "ERROR" not in ast.unparse(severity):
                continue  # a warning or a note may stand alone
        given = (
            len(node.args) > at
            or "hints" in keywords
            or any(isinstance(a, ast.Starred) for a in node.args)
        )
        if not given:
            code = ast.unparse(node.args[0]) if node.args else "?"
            found.append(f"{path.relative_to(root)}:{node.lineno}: {name}({code}, ...)")
    return sorted(found, key=lambda line: int(line.split(":")[1]))


def test_every_error_made_in_the_code_has_a_hint() -> None:
    missing = [line for path in sorted(SOURCE.rglob("*.py")) for line in hintless(path)]
    assert missing == [], "errors without a hint (give each one saying how to fix it):\n" + (
        "\n".join(missing)
    )


def test_the_walk_finds_an_error_without_a_hint(tmp_path: Path) -> None:
    """The rule itself: each maker without a hint is found, with one is not; a warning and
    struct.error are not errors to hint."""
    source = tmp_path / "m.py"
    source.write_text(
        "errs.error('a.b', 'no hint', mark)\n"
        "errs.error('a.b', 'a hint', mark, 'do this')\n"
        "raise failure('a.b', 'no hint')\n"
        "raise failure('a.b', 'a hint', None, 'do this')\n"
        "Diagnostic('a.b', 'no hint', None)\n"
        "Diagnostic('a.b', 'a hint', None, ('do this',))\n"
        "Diagnostic('a.b', 'a warning', None, (), Severity.WARNING)\n"
        "Diagnostic('a.b', 'no hint', None, severity=Severity.ERROR)\n"
        "raise struct.error('past the end')\n",
        encoding="utf-8",
    )
    found = [line.split(": ", 1)[1] for line in hintless(source, tmp_path)]
    assert found == [
        "error('a.b', ...)",
        "failure('a.b', ...)",
        "Diagnostic('a.b', ...)",
        "Diagnostic('a.b', ...)",
    ]
