"""Drop-downs offer codes in words in the user's language, never the stored code (issue 15,
tester's findings 4 and 12): the justice tab's level and look-up window, the person
form's sex and language. A marking translator shows each translated label as «…»."""

from __future__ import annotations

import pytest

from lead_desktop.security.roles import Role
from lead_desktop.services.care.outcome_service import OutcomeService
from lead_desktop.ui.forms.justice_tab import JusticeTab
from lead_desktop.ui.forms.person_form import PersonForm
from tests.support import steps
from tests.support.marking import marked


@pytest.fixture
def marking(qapp):
    with marked(("Labels",)) as translator:
        yield translator


def offered(combo) -> list[tuple[str, object]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_the_justice_tab_offers_levels_and_windows_in_words(qtbot, program, staff, db,
                                                            marking):
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    tab = JusticeTab(OutcomeService(db, program.clock), staff[Role.CASE_MANAGER],
                     case.person_id, case.id)
    qtbot.addWidget(tab)
    assert offered(tab.level)[1:] == [("«Felony»", "felony"),
                                      ("«Misdemeanor»", "misdemeanor"),
                                      ("«Violation»", "violation")]
    assert offered(tab.window) == [("«6 months»", "6_months"), ("«18 months»", "18_months"),
                                   ("«2 years»", "2_years")]


def test_the_person_form_offers_sex_and_language_in_words(qtbot, program, staff, marking):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    form = PersonForm(program.people, cm, case.person_id)
    qtbot.addWidget(form)
    assert offered(form.sex) == [("", None), ("«Female»", "F"), ("«Male»", "M"),
                                 ("«X»", "X"), ("«Not known»", "unknown")]
    assert offered(form.language) == [("«English»", "en"), ("«Spanish»", "es")]
    stored = program.people.get(cm, case.person_id)
    assert form.language.currentData() == stored.preferred_language
    # the code, not the words, is what is saved
    form.language.setCurrentIndex(form.language.findData("es"))
    form.sex.setCurrentIndex(form.sex.findData("unknown"))
    assert form.data().preferred_language == "es" and form.data().sex == "unknown"
    assert form.save()
    saved = program.people.get(cm, case.person_id)
    assert (saved.preferred_language, saved.sex) == ("es", "unknown")
