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


def test_a_provider_typed_on_the_page_is_covered_by_a_consent_to_its_class(
        qtbot, program, staff, db):
    """T7 defect 5: a provider added in the app had no type, so a consent to "treatment
    provider" never covered it. Its type is chosen on the page (and changed there)."""
    from lead_desktop.ui.forms.provider_followup import ProviderFollowUp
    from tests.support import steps

    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")  # consent: "treatment provider"
    page = ProvidersPage(program.providers, cm)
    qtbot.addWidget(page)
    assert [page.provider_type.itemText(i) for i in range(page.provider_type.count())] == [
        "Not set (covered only by a consent naming it)", "Treatment provider",
        "Housing provider", "Primary care provider"]
    QTest.keyClicks(page.name, "Coastal Horizons")
    page.provider_type.setCurrentIndex(page.provider_type.findData("housing provider"))
    page.levels.item(0).setCheckState(Qt.CheckState.Checked)
    assert page.add_provider(), page.message.text()
    assert page.model.index(0, 1).data() == "Housing provider"
    assert page.provider_type.currentData() is None       # the next provider starts unset

    follow = ProviderFollowUp(program.providers, program.provider_referrals, cm, case.id)
    qtbot.addWidget(follow)

    def send() -> bool:
        follow.refresh()
        if not follow.model.total:
            assert follow.draft(), follow.message.text()
        follow.next_status.setCurrentIndex(follow.next_status.findData("sent"))
        follow.detail.setText("secure fax")
        return follow.advance()
    assert not send()                   # a housing provider: the consent does not cover it
    assert "No consent valid today names Coastal Horizons" in follow.message.text()

    # the case manager corrects the type on the page's "Provider details" tab
    page.table.selectRow(0)
    assert page.edit_type.currentData() == "housing provider"
    page.edit_type.setCurrentIndex(page.edit_type.findData("treatment provider"))
    QTest.keyClicks(page.edit_phone, "910-555-0142")
    assert page.save_details(), page.message.text()
    assert page.message.text() == "Saved the details of Coastal Horizons."
    assert page.model.index(0, 1).data() == "Treatment provider"

    assert send(), follow.message.text()
    assert follow.model.row(0).status == "sent" and follow.model.row(0).consent_id
    with db.read() as session:
        provider = session.scalars(select(Provider)).one()
        events = session.scalars(select(AuditEntry.event).where(
            AuditEntry.record_id == provider.id)).all()
    assert (provider.provider_type, provider.phone) == ("treatment provider", "910-555-0142")
    assert "provider.update" in events


def test_provider_details_reopen_with_what_is_stored_and_a_change_made_elsewhere_wins_no_overwrite(
        qtbot, program, staff, db):
    cm = staff[Role.CASE_MANAGER]
    provider = program.providers.add(cm, "Evergreen", levels_of_care=("detox",),
                                     provider_type="treatment provider", phone="555-0100",
                                     contact_person="Pat Lane")
    page = ProvidersPage(program.providers, cm)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    assert (page.edit_type.currentData(), page.edit_phone.text(), page.edit_contact.text()) == (
        "treatment provider", "555-0100", "Pat Lane")
    assert page.save_details(), page.message.text()        # unchanged: nothing written

    def updates():
        with db.read() as session:
            return session.scalars(select(AuditEntry).where(
                AuditEntry.event == "provider.update")).all()
    assert updates() == []

    other = ProvidersPage(program.providers, cm)           # another workstation, same moment
    qtbot.addWidget(other)
    other.table.selectRow(0)
    page.edit_phone.setText("555-0199")
    assert page.save_details(), page.message.text()
    other.edit_type.setCurrentIndex(other.edit_type.findData("housing provider"))
    assert not other.save_details()                        # it showed the older version
    assert other.edit_type.currentData() == "housing provider"   # what was chosen stays
    assert "saved" in other.message.text().lower(), other.message.text()
    assert other.edit_phone.text() == "555-0100"                   # as it was shown
    assert other.model.index(0, 1).data() == "Treatment provider"  # the table: as stored
    with db.read() as session:
        stored = session.get(Provider, provider)
    assert (stored.phone, stored.provider_type) == ("555-0199", "treatment provider")
    assert len(updates()) == 1
