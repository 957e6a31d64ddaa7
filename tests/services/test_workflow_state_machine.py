"""Random sequences of actions by random roles, on the real encrypted database and on
PostgreSQL: a case never reaches an invalid state, no recorded transition is ever lost, and
no timer closes a case."""

import os
import tempfile
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from lead_desktop.errors import LeadError
from lead_desktop.models import Case, CaseTransition, User
from lead_desktop.security import audit
from lead_desktop.security.actor import Actor
from lead_desktop.security.key_store import KeyringKeyStore
from lead_desktop.security.passwords import hash_password
from lead_desktop.security.roles import Role
from lead_desktop.services.cases.timers import run_timers
from lead_desktop.services.program.vocabulary import TERMINAL_STATES, CaseState
from lead_desktop.services.program.workflow import COMPLIANCE_TRIGGERS, EXIT_TYPES
from tests.support import steps
from tests.support.program import build_program
from tests.support.template import SqliteTemplate

PROFILES = ["worcester-buyer-diversion@1", "seattle-lead@1", "wilmington-nc@1",
            "baltimore-pilot@1"]
ACTING_ROLES = [Role.OFFICER, Role.CASE_MANAGER, Role.SUPERVISOR, Role.PROSECUTOR_REVIEWER,
                Role.CLERK]
_HASH = hash_password("state machine password")
_TEMPLATES: dict[str, SqliteTemplate] = {}


def _template() -> SqliteTemplate:
    """A database made by create_database once a test, in the test's own folder, copied for
    each example (0.3 s of CPU a database made, 0.02 s a copy: the examples' time goes to
    the case's life instead)."""
    home = os.environ["LEAD_DESKTOP_HOME"]  # the test's folder (tests/conftest.py)
    if home not in _TEMPLATES:
        _TEMPLATES[home] = SqliteTemplate.make(Path(home).parent / "sm-template" / "sm.db",
                                               name="sm")
    return _TEMPLATES[home]


class NewFile:
    """A new encrypted file per run of the machine (a copy of the test's template)."""

    def __call__(self):  # noqa: ANN204
        self.folder = tempfile.TemporaryDirectory()
        return _template().copy_to(Path(self.folder.name) / "sm.db", KeyringKeyStore()).database

    def discard(self) -> None:
        self.folder.cleanup()


class NewServerDatabase:
    """A copy of the test server's migrated template per run, opened through the test's
    credential store as a workstation opens it."""

    def __init__(self, server) -> None:  # noqa: ANN001
        self.server = server

    def __call__(self):  # noqa: ANN204
        from lead_desktop.db.server import open_server_database, store_password
        from lead_desktop.db.server_address import ServerAddress
        from tests.support import postgres

        self.name = f"sm_{uuid.uuid4().hex[:12]}"
        address, password = ServerAddress.parse(postgres.copy_of_template(self.server,
                                                                          self.name))
        store_password(KeyringKeyStore(), address, password)
        return open_server_database(address.display, KeyringKeyStore(),
                                    transport=postgres.loopback())

    def discard(self) -> None:
        from tests.support import postgres

        postgres.drop(self.server, self.name)


class CaseLife(RuleBasedStateMachine):
    def __init__(self, storage):  # noqa: ANN001
        super().__init__()
        self.storage = storage
        self.db = storage()
        self.program = build_program(self.db)
        self.program.clock.now = datetime(2026, 1, 5, 12, tzinfo=timezone.utc)
        self.staff = {}
        with self.db.write() as session:
            for role in Role:
                user = User(username=role.value, display_name=role.label, role=role.value,
                            password_hash=_HASH)
                session.add(user)
                session.flush()
                self.staff[role] = Actor(user.id, user.username, role, "ws")
        self.case_id = None
        self.recorded = 0

    def teardown(self):
        with self.db.read() as session:
            assert audit.verify_chain(session).ok
        self.db.close()
        self.storage.discard()

    @initialize(profile=st.sampled_from(PROFILES))
    def refer(self, profile):
        officer, cm = self.staff[Role.OFFICER], self.staff[Role.CASE_MANAGER]
        person = steps.person(self.program, officer)
        area = self.program.cases.profiles[profile].exclusions.catchment_areas
        case = steps.arrest_referral(self.program, officer, person.id, profile,
                                     origin_area=area[0] if area else None,
                                     quantity=1 if "wilmington" in profile else 0.5,
                                     quantity_unit="dosage_units" if "wilmington" in profile
                                     else "g")
        self.program.cases.record_handoff(cm, case.id, cm.user_id)
        self.case_id, self.recorded = case.id, 1
        self.person_id = person.id

    @precondition(lambda self: self.case_id is not None)
    @rule(data=st.data(), role=st.sampled_from(ACTING_ROLES),
          reason=st.sampled_from(["a reason", "a reason", ""]),
          code=st.sampled_from([None, "quantity", *COMPLIANCE_TRIGGERS]),
          exit_type=st.sampled_from(EXIT_TYPES), incident=st.booleans(),
          due_in=st.integers(min_value=1, max_value=40))
    def person_acts(self, data, role, reason, code, exit_type, incident, due_in):
        """Mostly a step the UI would offer this role; sometimes any state at all."""
        actor = self.staff[role]
        offered = self.program.cases.offered_steps(actor, self.case_id)
        to = data.draw(st.sampled_from(offered) if offered and data.draw(st.booleans())
                       else st.sampled_from(list(CaseState)))
        details = {"exit_type": exit_type,
                   "new_due_date": (self.program.clock.now.date() + timedelta(days=due_in))
                   .isoformat()}
        if incident:
            details |= {"incident_date": "2026-01-05", "description": "threat",
                        "staff_involved": "CM"}
        try:
            self.program.cases.transition(actor, self.case_id, to, reason_code=code,
                                          reason_text=reason, details=details)
        except LeadError:
            return
        self.recorded += 1

    @rule()
    def progress(self):
        """The usual next step, by the role that takes it, so runs reach the deep states."""
        cm, da = self.staff[Role.CASE_MANAGER], self.staff[Role.PROSECUTOR_REVIEWER]
        state = self.program.cases.get(cm, self.case_id).state
        if state is CaseState.INTAKE_PENDING:
            self.intake_done()
        target = {CaseState.REFERRED: (cm, CaseState.ELIGIBILITY_REVIEW),
                  CaseState.ELIGIBILITY_REVIEW: (da, CaseState.INTAKE_PENDING),
                  CaseState.INTAKE_PENDING: (cm, CaseState.ACTIVE)}.get(state)
        if target is None:
            return
        try:
            if state is CaseState.ELIGIBILITY_REVIEW:
                self.program.eligibility.decide(da, self.case_id, "eligible")
            else:
                self.program.cases.transition(target[0], self.case_id, target[1])
        except LeadError:
            return
        self.recorded += 1

    @precondition(lambda self: self.case_id is not None)
    @rule(decision=st.sampled_from(["eligible", "ineligible"]))
    def prosecutor_decides(self, decision):
        try:
            self.program.eligibility.decide(self.staff[Role.PROSECUTOR_REVIEWER], self.case_id,
                                            decision, "other" if decision == "ineligible" else None)
        except LeadError:
            return
        self.recorded += 1

    @precondition(lambda self: self.case_id is not None)
    @rule()
    def intake_done(self):
        cm = self.staff[Role.CASE_MANAGER]
        try:
            consent = steps.signed_consent(self.program, cm, self.person_id,
                                           [{"class": "treatment provider"}])
            steps.complete_intake(self.program, cm, self.case_id, consent, agreement=True)
        except LeadError:
            pass

    @precondition(lambda self: self.case_id is not None)
    @rule(attendance=st.sampled_from(["missed", "attended"]))
    def appointment(self, attendance):
        cm = self.staff[Role.CASE_MANAGER]
        try:
            appointment = self.program.provider_referrals.schedule(
                cm, self.case_id, self.program.clock.now - timedelta(hours=1), "provider")
            self.program.provider_referrals.record_attendance(cm, appointment, attendance,
                                                              "observed")
        except LeadError:
            pass

    @precondition(lambda self: self.case_id is not None)
    @rule(days=st.integers(min_value=0, max_value=45), contact=st.booleans())
    def time_passes(self, days, contact):
        self.program.clock.advance(days=days)
        if contact:
            try:
                steps.note(self.program, self.staff[Role.CASE_MANAGER], self.case_id, "contact")
            except LeadError:
                pass
        self.recorded += len(run_timers(self.program.cases))

    @invariant()
    def history_is_whole_and_matches_the_state(self):
        if self.case_id is None:
            return
        with self.db.read() as session:
            rows = session.scalars(select(CaseTransition).where(
                CaseTransition.case_id == self.case_id).order_by(CaseTransition.seq)).all()
            state = session.get(Case, self.case_id).state
        assert len(rows) == self.recorded, "a recorded transition was lost or invented"
        assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
        assert rows[-1].to_state == state and CaseState(state)
        for before, after in zip(rows, rows[1:]):
            assert after.from_state == before.to_state
        for row in rows:
            if row.proposer == "timer":
                assert CaseState(row.to_state) not in TERMINAL_STATES, "a timer closed a case"


@pytest.mark.postgres
def test_a_case_life_stays_whole(request, db_backend):
    """30 random lives on the file; 10 on the server, where the rules are the same code and
    what is checked is the storage (each life costs a database there)."""
    on_server = db_backend == "postgresql"
    storage = (NewServerDatabase(request.getfixturevalue("postgres_template")) if on_server
               else NewFile())
    run_state_machine_as_test(lambda: CaseLife(storage), settings=settings(
        max_examples=10 if on_server else 30, stateful_step_count=30, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]))
