"""Plan goals and the monthly snapshot through their widgets."""

from datetime import datetime, timezone

from PySide6.QtCore import QDate, QItemSelectionModel
from sqlalchemy import select

from lead_desktop.models import OutcomeSnapshot, PlanGoal
from lead_desktop.security.roles import Role
from lead_desktop.services.care.outcome_service import OutcomeService
from lead_desktop.ui.forms.plan_outcomes import PlanAndOutcomes
from tests.support import steps


def test_goals_and_snapshot(qtbot, program, staff, db):
    cm = staff[Role.CASE_MANAGER]
    case = steps.active_case(program, staff, "seattle-lead@1")
    program.clock.now = datetime.now(timezone.utc)
    page = PlanAndOutcomes(program.intake, OutcomeService(db, program.clock), cm, case.id)
    qtbot.addWidget(page)
    assert not page.add_goal() and "own words" in page.message.text()
    qtbot.keyClicks(page.goal_text, "Get my own place before winter")
    page.domain.setCurrentIndex(page.domain.findData("housing"))
    page.horizon.setCurrentIndex(page.horizon.findData("long_term"))
    assert page.add_goal()
    page.table.selectionModel().select(page.model.index(0, 0),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)
    page.status.setCurrentIndex(page.status.findData("progressing"))
    assert page.set_status()
    assert page.model.row(0).status == "progressing"

    page.month.setDate(QDate.currentDate().addMonths(-1))
    page.housing.setCurrentIndex(page.housing.findData("emergency_shelter"))
    assert not page.record_snapshot()  # no income ticked: said in words, nothing saved
    assert page.message.text().startswith("Tick at least one kind of income")
    assert "income_benefits" not in page.message.text()
    assert OutcomeService(db, program.clock).snapshots(cm, case.id) == []
    page.income["SNAP"].setChecked(True)
    page.income["Medicaid"].setChecked(True)
    assert page.record_snapshot()
    assert not page.record_snapshot() and "already recorded" in page.message.text()
    with db.read() as session:
        goal = session.scalars(select(PlanGoal)).one()
        snapshot = session.scalars(select(OutcomeSnapshot)).one()
    assert (goal.goal_text, goal.status) == ("Get my own place before winter", "progressing")
    assert snapshot.housing == "emergency_shelter" and set(snapshot.income_benefits) == {
        "SNAP", "Medicaid"}
