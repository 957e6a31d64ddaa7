"""A Spanish-speaking user reads the services' field messages in Spanish: every literal
message a service can give is known to the UI's word list, and is translated."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from lead_desktop.ui import translations
from lead_desktop.ui.forms import problem_words
from lead_desktop.ui.forms.field_errors import FieldErrors

SERVICES = Path(problem_words.__file__).resolve().parents[2] / "services"


def _literal_field_messages() -> set[str]:
    """`problems.add(field, "message")` (or `p.add`) with a literal message, in every service."""
    found = set()
    for source in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "add" and isinstance(node.func.value, ast.Name)
                    and node.func.value.id in ("p", "problems") and len(node.args) == 2
                    and isinstance(node.args[1], ast.Constant)):
                found.add(node.args[1].value)
    return found


def test_every_literal_field_message_of_the_services_is_in_the_word_list():
    messages = _literal_field_messages()
    assert "cannot be in the future" in messages and "required" in messages
    assert messages <= set(problem_words._words()), messages - set(problem_words._words())


def test_the_messages_under_the_fields_are_in_spanish(qtbot, qapp):
    loaded = translations.install(qapp, "es")
    try:
        form_widget, field = QWidget(), QLineEdit()
        qtbot.addWidget(form_widget)
        form, errors = QFormLayout(form_widget), FieldErrors()
        errors.add_row(form, "Fecha", "referred_at", field)
        errors.show({"referred_at": "cannot be in the future"})
        shown = errors.text("referred_at")
        assert shown and shown != "cannot be in the future"
        errors.show({"referred_at": "Baltimore accepts: arrest"})  # the value kept, as written
        assert errors.text("referred_at") == "Baltimore acepta: arrest"
        untranslated = [english for english, words in problem_words._words().items()
                        if words == english]
        assert untranslated == []
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)


def test_a_message_with_a_value_inside_is_translated_around_the_value(qapp):
    """Seen by a tester in Spanish: "at most 100 characters (this has 300)" and "required:
    Seattle-style LEAD has a quantity threshold" stayed English under their fields."""
    from tests.support.marking import marked

    with marked(("FieldProblems",)):
        shown = problem_words.all_in_user_language({
            "last_name": "at most 100 characters (this has 300)",
            "quantity": "required: Seattle-style LEAD has a quantity threshold",
            "source": "one of state_repository, iii",
            "title": "required: say what the paper is",
            "note": "a sentence no service writes"})
    assert shown == {
        "last_name": "«at most 100 characters (this has 300)»",
        "quantity": "«required: Seattle-style LEAD has a quantity threshold»",
        "source": "«one of state_repository, iii»",
        "title": "«required: say what the paper is»",
        "note": "a sentence no service writes"}
