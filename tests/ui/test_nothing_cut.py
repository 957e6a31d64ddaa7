"""Issue 15 (Spanish tester, defects 14-16): Spanish words shown whole, not cut by the width
their widget was given: drop-downs, table headers and cells, form labels."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from lead_desktop.security.roles import Role
from lead_desktop.services.cases.proposals import ProposalService
from lead_desktop.services.records import StaleRecord
from lead_desktop.ui.forms.conflict_dialog import ConflictDialog
from lead_desktop.ui.person_window import CaseServices, PersonWindow
from tests.support import steps
from tests.ui.test_fits_the_screen import (  # noqa: F401 (fixtures)
    main_window_at,
    spanish,
    themed,
)


def cut_items(combo: QComboBox) -> list[str]:
    """Item texts wider than the combo box's text field as it is laid out now."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    texts = (combo.itemText(i) for i in range(combo.count()))
    return [t for t in texts if combo.fontMetrics().horizontalAdvance(t) > field.width()]


def cut_headers(view, scrolled_is_cut: bool = False) -> list[str]:
    """Column headers narrower than their words (`scrolled_is_cut`: and a header wider than
    the view, which a small dialog must not need)."""
    header, model = view.horizontalHeader(), view.model()
    cut = [str(model.headerData(c, header.orientation()))
           for c in range(header.count())
           if header.sectionSize(c) < header.sectionSizeFromContents(c).width()]
    if scrolled_is_cut and header.length() > view.viewport().width():
        cut.append("(wider than the table)")
    return cut


def test_the_proposal_drop_down_shows_exited_the_program_whole(qtbot, spanish, db, program,
                                                               staff):
    """Seen: "[Expulsac▾] Proponer al supervisor(a)…": the list was as wide as its first
    words, before the steps of an active case came."""
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    window = PersonWindow(CaseServices(program.people, program.cases, program.notes,
                                       proposals=ProposalService(db, program.cases,
                                                                 program.clock)),
                          cm, case.person_id)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()  # shown at once, as the app does, and filled when read
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)
    box = window.proposals.step
    assert box.count() >= 2
    assert any(box.itemData(i) == "exited" for i in range(box.count()))
    qtbot.waitUntil(lambda: not cut_items(box), timeout=2000)  # once laid out


def test_the_conflict_dialog_shows_its_three_headers_whole(qtbot, spanish):
    """Seen: "Lo suyo, a…" and a sideways scroll bar in a 400-pixel dialog."""
    conflict = StaleRecord("person", {"address": "12 Main St", "row_version": 2},
                           {"address": "14 Elm St, apartment 3"})
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.table.model().headerData(2, dialog.table.horizontalHeader().orientation()) \
        == "Lo suyo, aún sin guardar"
    assert not cut_headers(dialog.table, scrolled_is_cut=True)


def section(qtbot, db, staff, role, name: str, width: int = 1024):
    """The main window of `role` at `width`, showing its section `name` (objectName)."""
    window = main_window_at(qtbot, db, staff, role, width)
    names = [window.pages.widget(i).objectName() for i in range(window.pages.count())]
    window.nav.setCurrentRow(names.index(name))
    window.layout().activate()
    return window.pages.currentWidget()


def test_the_providers_and_agencies_headers_show_whole(qtbot, themed, spanish, db, program,
                                                      staff):
    """Seen at 1024: "Seguro / pagadores" (131 px of words in 100) and "Formato de placa"
    (118 in 112): the last column stretched into a room the other columns had taken."""
    program.providers.add(staff[Role.CASE_MANAGER], "Baltimore Crisis Response Incorporated",
                          levels_of_care=("detox",), provider_type="treatment provider",
                          insurance_accepted=("Medicaid", "Medicare"))
    page = section(qtbot, db, staff, Role.CASE_MANAGER, "providersPage")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1)
    assert not cut_headers(page.table)
    page = section(qtbot, db, staff, Role.ADMINISTRATOR, "directoryPage")
    assert not cut_headers(page.court_table)
    assert not cut_headers(page.agency_table)


def test_the_report_kinds_show_whole(qtbot, themed, spanish, db, staff):
    """Seen at 1024: "Evaluación (personas que ingresaron en el período)" needs 310 px and
    had 248."""
    page = section(qtbot, db, staff, Role.CASE_MANAGER, "reportsPage")
    qtbot.waitUntil(lambda: not cut_items(page.kind), timeout=2000)


def cut_cells(view) -> list[str]:
    """Cell texts wider than their column (less the item's margin of 3 px each side)."""
    model, header, metrics = view.model(), view.horizontalHeader(), view.fontMetrics()
    return [str(model.index(r, c).data()) for r in range(model.rowCount())
            for c in range(model.columnCount())
            if metrics.horizontalAdvance(str(model.index(r, c).data() or "")) + 6
            > header.sectionSize(c)]


def test_provider_follow_up_shows_the_provider_and_its_referrals_whole(qtbot, themed, spanish,
                                                                       program, staff):
    """Seen in the person window: the provider drop-down cut mid-date ("… 5 plazas libres
    (al 2026-1") with room to spare on its row, and the cells "Baltimore Crisis …" and
    "Desintoxicaci…"."""
    from lead_desktop.ui.forms.provider_followup import ProviderFollowUp

    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    today = program.clock.now.date()
    baltimore = program.providers.add(cm, "Baltimore Crisis Response", provider_type=
                                      "treatment provider", levels_of_care=("detox",))
    program.providers.update_capacity(cm, baltimore, "detox", total_slots=20,
                                      funded_slots=18, vacancies=5, as_of=today)
    page = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(page)
    page.resize(1000, 600)  # the person window's tab at 1024
    page.show()
    qtbot.waitExposed(page)
    assert page.draft()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.layout().activate()
    assert not cut_items(page.provider)
    assert page.provider.toolTip() == page.provider.currentText()  # whole, whatever the width
    qtbot.waitUntil(lambda: not cut_cells(page.table), timeout=2000)


def test_the_dashboards_tables_show_every_column_at_1366(qtbot, themed, spanish, db, staff):
    """Seen at 1366: the first table's "Contacto social" column behind a sideways scroll
    (the table had two fifths of the chart's row, whatever its columns needed). A table
    that cannot sit whole beside its chart goes under it; only one wider than the whole
    box may scroll."""
    from lead_desktop.services.demo_data.generator import DemoDataGenerator
    from lead_desktop.services.program.profile import bundled_profiles

    DemoDataGenerator(db, bundled_profiles(), seed=4).run(40)
    page = section(qtbot, db, staff, Role.SUPERVISOR, "dashboardPage", width=1366)
    page.refresh()
    qtbot.waitUntil(lambda: bool(page.boxes), timeout=20000)

    def hidden():
        return {key: cut_headers(box.table, scrolled_is_cut=True)
                for key, box in page.boxes.items()
                if box.table.sizeHint().width() <= box.contentsRect().width() - 20
                and cut_headers(box.table, scrolled_is_cut=True)}

    qtbot.waitUntil(lambda: not hidden(), timeout=3000)  # once the boxes are laid out
    assert not cut_headers(page.boxes["referrals_by_month"].table, scrolled_is_cut=True)
