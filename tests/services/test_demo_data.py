"""Synthetic data covers every profile and state, and the real services work on it."""

from sqlalchemy import func, select

from lead_desktop.models import Case, CaseNote, CaseTransition, Person, Provider, User
from lead_desktop.security import audit
from lead_desktop.security.roles import Role
from lead_desktop.services.demo_data.generator import DemoDataGenerator
from lead_desktop.services.people.records import PersonInput
from lead_desktop.services.program.profile import bundled_profiles
from lead_desktop.services.program.vocabulary import CaseState


def test_demo_data(db, staff, program):
    summary = DemoDataGenerator(db, bundled_profiles(), seed=7).run(400)
    assert summary.participants == 400
    assert set(summary.by_state) == {s.value for s in CaseState}
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 400
        profiles = set(session.scalars(select(Case.profile_id).distinct()))
        names = " ".join(session.scalars(select(Person.last_name)))
        # every case's history ends in its state
        for case in session.scalars(select(Case)).all()[:50]:
            last = session.scalar(select(CaseTransition.to_state).where(
                CaseTransition.case_id == case.id).order_by(CaseTransition.seq.desc()))
            assert last == case.state
        assert session.scalar(select(func.max(func.length(CaseNote.text)))) > 500
        assert audit.verify_chain(session).ok
        demo_teams = dict(session.execute(select(User.username, User.team).where(
            User.username.like("demo.%"), User.role.in_(["case_manager", "supervisor"]))).all())
    assert profiles == {p.id for p in bundled_profiles().values()}
    # demo case managers come in teams of ten; the existing case manager keeps no team
    assert demo_teams["demo.case002"] == "Team 1" and demo_teams["demo.case011"] == "Team 2"
    assert any(ch in names for ch in "ễøñ'-") and any(ord(ch) > 0x400 for ch in names)
    # the real services work on it: search, queues, a transition
    assert program.people.search(staff[Role.CASE_MANAGER], "smith")
    with db.read() as session:
        someone = session.execute(select(Person.id, Person.last_name, Person.first_name,
                                         Person.dob)).first()
    found = program.people.find_candidates(staff[Role.CASE_MANAGER], PersonInput(
        someone.last_name, someone.first_name, someone.dob))  # filed under the same keys
    assert someone.id in [c.person_id for c in found]
    assert program.work_queue.for_user(staff[Role.SUPERVISOR])
    # the providers page has something to show: days to admission, payers
    choices = program.providers.choices(staff[Role.CASE_MANAGER])
    assert any(c.median_days_to_admission is not None for c in choices)
    assert all(c.insurance_accepted for c in choices)


def test_same_seed_same_data(tmp_path, key_store, system_actor):
    from lead_desktop.db.database import create_database

    firsts = []
    for n in range(2):
        created = create_database(tmp_path / f"d{n}.db", key_store, name="d", actor=system_actor)
        with created.database as db:
            DemoDataGenerator(db, bundled_profiles(), seed=11).run(30)
            with db.read() as session:
                firsts.append(sorted(session.scalars(select(Person.last_name))))
    assert firsts[0] == firsts[1]


def test_running_twice_on_one_database_adds_more(db):
    for _ in range(2):
        DemoDataGenerator(db, bundled_profiles(), seed=1).run(20)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 40
        assert session.scalar(select(func.count()).select_from(Provider)) == 6


def test_the_demo_looks_like_a_program_at_work_today(db, staff, program):
    """A handful overdue, this week's appointments, reviews waiting for the DA, summonses
    to print (with their court): not an archive of cases referred years ago."""
    import io
    from datetime import timedelta

    from pypdf import PdfReader

    from lead_desktop.models import Appointment
    from lead_desktop.services.cases.summons_service import SummonsService
    from lead_desktop.services.documents_service import DocumentService

    today = program.clock.now.date()
    DemoDataGenerator(db, bundled_profiles(), seed=2011, today=today).run(400)
    program.clock.now = program.clock.now.replace(hour=21)
    supervisor = program.work_queue.for_user(staff[Role.SUPERVISOR])
    overdue = [i for i in supervisor if i.kind == "intake_due" and i.due < today]
    assert 1 <= len(overdue) <= 10
    new = [i for i in supervisor if i.kind == "new_referral"]
    assert new and all(today - i.due <= timedelta(days=2) for i in new)
    reviews = [i for i in program.work_queue.for_user(staff[Role.PROSECUTOR_REVIEWER])
               if i.kind.startswith("da_review")]
    assert len(reviews) >= 3
    with db.read() as session:
        this_week = session.scalars(select(Appointment).where(
            Appointment.attendance.is_(None),
            Appointment.scheduled_at >= program.clock.now.replace(hour=0),
            Appointment.scheduled_at < program.clock.now + timedelta(days=7))).all()
    assert len(this_week) >= 10
    clerk = staff[Role.CLERK]
    drafted = SummonsService(db, program.clock).queue(clerk, ("drafted",))
    assert drafted and all(r.court and r.return_date > today for r in drafted)
    printable = next(r for r in drafted if all(ord(ch) < 0x1100 for ch in r.person))
    made = DocumentService(db, program.clock).summons(clerk, printable.id)
    text = " ".join(PdfReader(io.BytesIO(made.pdf)).pages[0].extract_text().split())
    assert "Demo County District Court" in text
