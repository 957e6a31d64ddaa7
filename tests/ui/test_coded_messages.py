"""A code inside a rules message (a state, an exit type) shows as the label's words, in the
user's language: never as the code, never in English on a Spanish screen."""

import pytest

from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.ui import translations
from lead_desktop.ui.messages import shown

TO_FILE = message("WorkQueue", QT_TRANSLATE_NOOP("WorkQueue", "{state}: decide whether to file"),
                  state=Coded("state", "disqualified"))


@pytest.fixture
def spanish(qapp):
    loaded = translations.install(qapp, "es")
    yield
    for translator in loaded:
        qapp.removeTranslator(translator)


def test_a_coded_value_reads_as_its_label():
    assert str(TO_FILE) == "Disqualified: decide whether to file"   # rules layer, logs
    assert shown(TO_FILE) == "Disqualified: decide whether to file"


def test_a_coded_value_is_translated_with_its_message(spanish):
    assert shown(TO_FILE) == "Descalificado: decidir si se presenta la denuncia"
