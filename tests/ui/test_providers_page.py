"""The Providers section as a case manager uses it: add a provider through the widgets,
record what the provider said on the phone about beds, see it in the table, and in the
encrypted database and the audit log."""

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from lead_desktop.models import AuditEntry, Provider, ProviderCapacity
from lead_desktop.security.roles import Role
from lead_desktop.ui.pages.providers_page import ProvidersPage


def test_add_a_provider_and_record_its_capacity(qtbot, program, staff, db):
    cm = staff[Role.CASE_MANAGER]
    page = ProvidersPage(program.providers, cm)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 0

    assert not page.add_provider()                     # no name: a clear message, nothing saved
    assert "needs a name" in page.message.text()
    QTest.keyClicks(page.name, "Evergreen Recovery")
    QTest.keyClicks(page.address, "12 Pine St")
    QTest.keyClicks(page.payers, "MassHealth, self-pay")
    for i in range(page.levels.count()):
        if page.levels.item(i).data(Qt.ItemDataRole.UserRole) in ("detox", "outpatient"):
            page.levels.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.findChild(QPushButton, "addProvider"), Qt.MouseButton.LeftButton)
    assert "Added Evergreen Recovery." in page.message.text()
    assert page.model.rowCount() == 2                  # one row per level of care
    assert page.name.text() == ""

    page.table.selectionModel().select(page.model.index(0, 0),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)
    page.level.setCurrentIndex(page.level.findData("detox"))
    page.total.setValue(20)
    page.funded.setValue(18)
    page.vacancies.setValue(25)                        # more than the total: refused
    assert not page.record_capacity()
    assert "cannot exceed the total" in page.message.text()
    page.vacancies.setValue(3)
    page.waitlist.setValue(40)
    page.as_of.setDate(QDate(program.clock.now.date()))
    assert page.record_capacity(), page.message.text()
    detox = next(page.model.row(i) for i in range(page.model.rowCount())
                 if page.model.row(i).level == "detox")
    assert (detox.vacancies, detox.waitlist, detox.total) == (3, 40, 20)

    with db.read() as session:
        provider = session.scalars(select(Provider)).one()
        capacity = session.scalars(select(ProviderCapacity)).one()
        events = session.scalars(select(AuditEntry.event).where(
            AuditEntry.record_id == provider.id)).all()
    assert (provider.name, provider.address, sorted(provider.levels_of_care)) == (
        "Evergreen Recovery", "12 Pine St", ["detox", "outpatient"])
    assert provider.insurance_accepted == ["MassHealth", "self-pay"]
    assert detox.payers == ("MassHealth", "self-pay")
    assert (capacity.level, capacity.vacancies) == ("detox", 3)
    assert "provider.create" in events and "provider.capacity" in events
