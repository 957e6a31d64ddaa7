"""Tester's defect 9 on the Reports page: every figure's name, the chart's title and bars,
and the drill-down's states go through the UI's translation (a translator that marks what
it translates stands in for the Spanish one, whose new words the lead fills in later); the
Disparity report says the sex in words, not F / M / X; the filters are never cut off."""

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTranslator

from lead_desktop.security.roles import Role
from lead_desktop.services.people.records import PersonInput
from lead_desktop.services.reports.report_service import DISPARITY, EVALUATION, PROVIDERS
from lead_desktop.ui.pages.report_words import figure_words
from tests.support import steps
from tests.support.marking import Marking, marked

from .test_courts_and_agencies import window_for
from .test_reports_page import _go_to_reports

MARKED = ("ReportWords", "Labels", "ProgramRules")


@pytest.fixture
def marking(qapp):
    """Installed once the window is built (`marking.install()`), removed at the end."""
    translator = Marking(MARKED)
    translator.install = lambda: QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def names(page):
    return [page.model.index(i, 1).data() for i in range(page.model.total)]


def run(qtbot, page, kind):
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.start.setDate(QDate(2025, 1, 1))
    page.end.setDate(QDate(2026, 12, 31))
    asked = page.filters()
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None and page.report.filters == asked
                    and page.report.kind == kind, timeout=20000)


def test_every_figure_name_chart_and_state_is_translated(qtbot, db, staff, program, marking):
    steps.active_case(program, staff, "seattle-lead@1", "Rivera", "Ana")
    steps.eligible_case(program, staff, "seattle-lead@1", "Doe", "Sam")
    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    page = _go_to_reports(window)
    marking.install()
    for kind in (page.kind.itemData(0), EVALUATION, PROVIDERS, DISPARITY):
        run(qtbot, page, kind)
        untranslated = [n for n in names(page) if not n.startswith("«")]
        assert not untranslated, (kind, untranslated)
    run(qtbot, page, page.kind.itemData(0))
    row = [page.model.row(i).key for i in range(page.model.total)].index("referrals.total")
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.cases.count() == 2)
    assert {page.cases.item(i).text() for i in range(2)} == {
        "Doe, Sam · «Waiting for intake»", "Rivera, Ana · «Active»"}
    by_type = [page.model.row(i).key for i in range(page.model.total)].index(
        "referrals.type.arrest_diversion")
    page.table.selectRow(by_type)
    assert page.chart.title.startswith("«") and all("«" in bar for bar, _ in page.chart.bars)


def test_the_disparity_report_says_the_sex_in_words(qtbot, db, staff, program):
    officer = staff[Role.OFFICER]
    found = program.people.create(officer, PersonInput(last_name="Le", first_name="Casey", dob=date(1990, 1, 1),
                                                      sex="F"), confirmed_new=True)
    steps.arrest_referral(program, officer, found.id, "seattle-lead@1")
    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    page = _go_to_reports(window)
    run(qtbot, page, DISPARITY)
    by_sex = [n for n in names(page) if " by sex: " in n]
    assert by_sex == ["Referrals by sex: female"]
    assert figure_words("Completions by sex: X") == "Completions by sex: X (another sex)"
    assert figure_words("Referrals from Harbor PD") == "Referrals from Harbor PD"


def test_the_filters_show_their_whole_words(qtbot, db, staff, program):
    window = window_for(qtbot, db, staff, Role.SUPERVISOR, program.clock)
    page = _go_to_reports(window)
    for combo in (page.manager, page.referral_type):
        assert combo.minimumContentsLength() >= len(combo.itemText(0)), combo.itemText(0)
        assert combo.width() >= combo.minimumSizeHint().width()


def test_the_program_rules_say_languages_and_referral_types_in_words(qapp, db):
    """The Program page's rules: every sentence through the translation, no code inside."""
    from lead_desktop.services.program.profile_store import ProfileStore
    from lead_desktop.ui.pages.program_rules_words import rules_in_words

    profile = ProfileStore(db)["seattle-lead@1"]
    sentences = [s for _, lines in rules_in_words(profile) for s in lines]
    languages = next(s for s in sentences if s.startswith("Forms and letters in"))
    assert "English" in languages and " en" not in languages
    with marked(MARKED):
        in_words = rules_in_words(profile)
    assert "«English»" in next(s for _, lines in in_words for s in lines if "English" in s)


def test_lupdate_extracts_every_program_rule_sentence(qapp, db, tmp_path):
    """The Program page's sentences reach the Spanish file: each text rules_in_words
    translates in the "ProgramRules" context is one lupdate finds in the code (issue 15)."""
    import subprocess

    from lead_desktop.services.program.profile_store import ProfileStore
    from lead_desktop.ui.pages.program_rules_words import rules_in_words
    from tests.ui.test_translations import ROOT, current_sources, translation_tool

    asked: set[tuple[str, str]] = set()

    class Recording(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
            asked.add((context, source))

        def isEmpty(self):  # noqa: N802
            return False

    translator = Recording()
    QCoreApplication.installTranslator(translator)
    try:
        store = ProfileStore(db)
        for key in store:
            rules_in_words(store[key])
    finally:
        QCoreApplication.removeTranslator(translator)
    wanted = {pair for pair in asked if pair[0] == "ProgramRules"}
    assert len(wanted) > 30
    ts = tmp_path / "rules.ts"
    subprocess.run([translation_tool.tool("lupdate"), "-silent", "-locations", "none",
                    "lead_desktop/ui/pages/program_rules_words.py", "-ts", str(ts)],
                   cwd=ROOT, check=True)
    assert not wanted - current_sources(ts), sorted(wanted - current_sources(ts))[:5]


def test_the_program_rules_write_numbers_as_the_ui_language_does(qapp):
    """A tester read "Más de 3.0 g" on the Spanish Program page."""
    from PySide6.QtCore import QLocale

    from lead_desktop.ui.pages.program_rules_words import _fill

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish))
    try:
        assert _fill("%1 g, %2 g, %3 dosis", 3.0, 1.4, 20) == "3 g, 1,4 g, 20 dosis"
    finally:
        QLocale.setDefault(before)
