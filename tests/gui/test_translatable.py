"""The GUI's strings reach pyside6-lupdate: the template builds, holds the main
strings, and no translation call hides its text where lupdate cannot read it."""

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[2] / "app" / "keyfold" / "gui"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
APPLICATION_CLASSES = {"QCoreApplication", "QGuiApplication", "QApplication"}

# (context, source text) pairs that must be in the template; one or more per area.
EXPECTED = [
    ("EmptyState", "You have no keys yet"),
    ("Actions", "&New key…"),
    ("Actions", "Create a new signing key"),
    ("Menus", "&File"),
    ("MainWindow", "All keys locked"),
    ("MainWindow", "Locked all keys because the screen locked."),
    ("Columns", "Key ID"),
    ("Columns", "Last checked"),
    ("BackupWizard", "Back up keys"),
    ("ChooseKeysPage", "Which keys do you want to back up?"),
    ("RestoreWizard", "Restore keys from a backup"),
    ("BackupFlow", "Tick at least one key to back up."),
    ("RestoreFlow", "Keep the key in this vault, skip the backup's"),
    ("GenerateKeyDialog", "Create a new key"),
    ("KeyCommands", "Delete key"),
    ("KeyTableModel", "No passphrase"),
    ("RegistrationStatus", "Replaced by a newer key version"),
    ("PassphraseStrength", "Very weak"),
    ("PassphraseFields", "Show what I type"),
    ("CopyField", "Copy"),
    ("KeyDetailsPane", "Hex (DataFold servers)"),
    ("Status", "No system keychain: private keys are kept in encrypted files"),
]
NUMERUS = [("MainWindow", "%n keys unlocked"), ("ChooseFilesPage", "%n keys")]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> ET.Element:
    ts = tmp_path_factory.mktemp("ts") / "keyfold.ts"
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    done = subprocess.run(
        [str(LUPDATE), "-silent", "-no-obsolete", *sources, "-ts", str(ts)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return ET.parse(ts).getroot()  # noqa: S314 -- lupdate's own output, just written


def _messages(root: ET.Element) -> Iterator[tuple[str, str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message.findtext("source", ""), message


def test_the_template_holds_the_main_strings(template: ET.Element) -> None:
    found = {(context, source) for context, source, _ in _messages(template)}
    missing = [pair for pair in EXPECTED if pair not in found]
    assert not missing, f"not extracted by lupdate: {missing}"


def test_counts_use_qt_plural_forms(template: ET.Element) -> None:
    numerus = {(c, s) for c, s, m in _messages(template) if m.get("numerus") == "yes"}
    assert set(NUMERUS) <= numerus


def _is_translation_call(call: ast.Call) -> str | None:
    """ "tr" or "translate" for the calls lupdate reads, else None."""
    func = call.func
    if isinstance(func, ast.Name) and func.id in ("tr", "translate"):
        return func.id
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        return "tr"
    if (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in APPLICATION_CLASSES
    ):
        return "translate"
    return None


def _literal(node: ast.expr) -> str | None:
    """The text of a plain string literal, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_literal(node: ast.expr) -> bool:
    return _literal(node) is not None


def _calls(source: str, where: str) -> list[ast.Call]:
    return [node for node in ast.walk(ast.parse(source, where)) if isinstance(node, ast.Call)]


def _is_mark(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Name) and call.func.id.startswith("QT_TRANSLATE_NOOP")


def _marked_contexts() -> set[str]:
    """The contexts QT_TRANSLATE_NOOP marks texts in, anywhere in the GUI."""
    found = set()
    for path in GUI.rglob("*.py"):
        for call in _calls(path.read_text(encoding="utf-8"), str(path)):
            context = _literal(call.args[0]) if _is_mark(call) and call.args else None
            if context is not None:
                found.add(context)
    return found


def _problems(source: str, where: str, marked: set[str]) -> Iterator[str]:
    """Calls lupdate would miss or extract wrongly.

    tr() needs a literal text. translate() needs a literal context and text,
    except when it translates a value marked with QT_TRANSLATE_NOOP (a name,
    attribute or item, never a built string): then a literal context must be
    one that `marked` holds; a named one (a constant, a spec's field) is taken
    on trust. Keyword arguments make lupdate skip the call.
    """
    calls = _calls(source, where)
    for call in calls:
        if isinstance(call.func, ast.Name) and call.func.id.startswith("QT_TR"):
            if not all(_is_literal(arg) for arg in call.args):
                yield f"{where}:{call.lineno}: {call.func.id} with a non-literal argument"
            continue
        kind = _is_translation_call(call)
        if kind is None:
            continue
        if call.keywords:
            yield f"{where}:{call.lineno}: {kind}() with keyword arguments"
        position = 0 if kind == "tr" else 1
        if len(call.args) <= position:
            yield f"{where}:{call.lineno}: {kind}() without a text"
            continue
        text = call.args[position]
        if _is_literal(text):
            if kind == "translate" and not _is_literal(call.args[0]):
                yield f"{where}:{call.lineno}: translate() with a non-literal context"
            continue
        context = call.args[0]
        marked_value = isinstance(text, ast.Name | ast.Attribute | ast.Subscript)
        if kind == "translate" and marked_value:
            if _literal(context) in marked:
                continue
            if isinstance(context, ast.Name | ast.Attribute):
                continue
        shown = "an f-string" if isinstance(text, ast.JoinedStr) else "a non-literal"
        yield f"{where}:{call.lineno}: {kind}() of {shown}: {ast.unparse(text)}"


def test_every_translated_text_is_a_literal_lupdate_can_read() -> None:
    marked = _marked_contexts()
    problems = [
        problem
        for path in sorted(GUI.rglob("*.py"))
        for problem in _problems(
            path.read_text(encoding="utf-8"), str(path.relative_to(GUI)), marked
        )
    ]
    assert not problems, "\n".join(problems)


def test_the_scan_catches_what_lupdate_misses() -> None:
    source = (
        "from PySide6.QtCore import QCoreApplication\n"
        "class W:\n"
        "    def f(self, n, text):\n"
        "        self.tr(f'Signed {n} files')\n"
        "        self.tr(text)\n"
        "        QCoreApplication.translate('W', text)\n"
        "        QCoreApplication.translate('W', '%n file(s)', None, n=n)\n"
        "        self.tr('Signed {n} files').format(n=n)\n"
        "        'abc'.translate({})\n"
    )
    found = list(_problems(source, "probe.py", set()))
    assert [line.split(":")[1] for line in found] == ["4", "5", "6", "7"], found
