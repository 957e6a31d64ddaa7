"""Every error the rules layer raises for a person carries its message (services/messages.py),
so a Spanish screen shows it in Spanish (ui/messages.error_words): English text written
straight into a raise would reach the screen untranslated (issue 15)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "lead_desktop"
#: The terminal's own words (lead-admin is English) and the UI, which translates itself.
NOT_RULES = {"cli", "ui", "migrations"}
MESSAGE_MAKERS = {"message", "Message", "_said", "said"}


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        if NOT_RULES.isdisjoint(path.relative_to(PACKAGE).parts):
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def _name(node: ast.expr) -> str:
    return node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")


def _errors_for_people() -> set[str]:
    """LeadError and its subclasses, less those that word their own message (an __init__ of
    their own, such as StaleRecord)."""
    bases: dict[str, set[str]] = {}
    words_itself: set[str] = set()
    for _path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {_name(base) for base in node.bases}
                if any(isinstance(item, ast.FunctionDef) and item.name == "__init__"
                       for item in node.body) and node.name != "LeadError":
                    words_itself.add(node.name)
    found, grew = {"LeadError"}, True
    while grew:
        more = {name for name, of in bases.items() if of & found} - found
        found |= more
        grew = bool(more)
    return found - words_itself


def _plain_text(argument: ast.expr) -> bool:
    if isinstance(argument, ast.Constant):
        return isinstance(argument.value, str)
    if isinstance(argument, (ast.JoinedStr, ast.BinOp)):
        return True
    return isinstance(argument, ast.Call) and _name(argument.func) == "format"


def test_every_error_a_person_meets_carries_its_message():
    errors = _errors_for_people()
    assert {"InvalidInput", "PermissionDenied", "KeyMissing"} <= errors
    plain = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                    and _name(node.exc.func) in errors and node.exc.args
                    and _plain_text(node.exc.args[0])):
                plain.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert not plain, ("raise these with services.messages.message(...) so the screen can "
                       "translate them: " + ", ".join(plain))
