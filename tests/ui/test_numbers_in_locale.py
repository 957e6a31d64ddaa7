"""Numbers written the way the user's language writes them (issue 15, tester's finding 20):
"20.000 caracteres", "1,4 g" and a quantity box reading "0,00" for a Spanish reader whose
desk's country is not known; the US desk's Spanish writes 20,000 and 1.4 as English does."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDoubleSpinBox, QPlainTextEdit

from lead_desktop.services.program.eligibility import ReferralFacts, evaluate
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.services.program.vocabulary import ReferralType
from lead_desktop.ui import translations
from lead_desktop.ui.forms.length_counter import LengthCounter
from lead_desktop.ui.messages import shown


@pytest.fixture
def locale_kept(qapp):
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_the_number_locale_follows_the_ui_language_and_the_desks_country():
    assert translations.number_locale("es", QLocale.Country.AnyTerritory).name() == "es_ES"
    assert translations.number_locale("es", QLocale.Country.UnitedStates).name() == "es_US"
    assert translations.number_locale("es", QLocale.Country.Mexico).name() == "es_MX"
    assert translations.number_locale("en", QLocale.Country.AnyTerritory).name() == "en_US"
    assert translations.number_locale("en", QLocale.Country.UnitedKingdom).name() == "en_GB"


def test_counter_checklist_and_quantity_box_in_spanish_numbers(qtbot, locale_kept):
    QLocale.setDefault(translations.number_locale("es", QLocale.Country.AnyTerritory))
    field = QPlainTextEdit("x" * 1234)
    counter = LengthCounter(field)
    qtbot.addWidget(field)
    qtbot.addWidget(counter)
    assert counter.text() == "1234 of 20.000 characters"  # Spanish groups from 5 digits

    profile = bundled_profiles()["seattle-lead@1"]
    checklist = evaluate(profile, ReferralFacts(ReferralType.ARREST_DIVERSION, date(2026, 5, 1),
                                                quantity=Decimal("1.40"), quantity_unit="g"))
    quantity = next(item for item in checklist.items if item.key == "max_quantity_g")
    assert shown(quantity.reason_words) == "1,4g recorded"
    assert quantity.reason == "1.4g recorded"      # the stored review row stays English

    box = QDoubleSpinBox()
    qtbot.addWidget(box)
    assert box.textFromValue(box.value()) == "0,00"


def test_english_numbers_keep_their_commas(qtbot, locale_kept):
    QLocale.setDefault(translations.number_locale("en", QLocale.Country.UnitedStates))
    field = QPlainTextEdit("x" * 1234)
    counter = LengthCounter(field)
    qtbot.addWidget(field)
    qtbot.addWidget(counter)
    assert counter.text() == "1,234 of 20,000 characters"
