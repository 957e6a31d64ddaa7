"""Four workstations (processes) edit the same draft note, intake, plan goal and person on
one real SQLCipher file. Each round all four open the same versions, then each saves with
the version it read: every save either lands or is reported as a conflict, and none is
silently overwritten — exactly one save per record lands each round, and the saves that
landed form one chain, each made on the version the one before it wrote."""

import multiprocessing
from datetime import datetime, timezone

import pytest

from lead_desktop.security.roles import Role
from tests.support import steps

WORKERS, ROUNDS = 4, 10
KINDS = ("note", "intake", "plan", "person")


def _read(services, actor, ids, kind):
    """The record as a form opens it (with its version)."""
    notes, intake, people = services
    if kind == "note":
        return next(n for n in notes.list_for_case(actor, ids["case"]) if n.id == ids["note"])
    if kind == "intake":
        return intake.intake(actor, ids["case"])
    if kind == "plan":
        return next(g for g in intake.goals(actor, ids["case"]) if g.id == ids["goal"])
    return people.get(actor, ids["person"])


def _save(services, actor, ids, kind, seen, tag):
    """Save a change made on `seen` with the version read; returns (version read, version
    written, value written)."""
    from dataclasses import replace

    from lead_desktop.services.care.intake_service import GOAL_STATUSES, IntakeInput
    from lead_desktop.services.care.note_service import NoteInput

    notes, intake, people = services
    if kind == "note":
        data = NoteInput(contact_at=seen.contact_at, duration_min=seen.duration_min,
                         contact_type=seen.contact_type, text=f"draft by {tag}")
        return seen.row_version, notes.edit_draft(actor, ids["note"], data, seen.row_version), \
            data.text
    if kind == "intake":
        data = IntakeInput(seen.intake_started, dict(seen.domains), f"needs by {tag}",
                           seen.action_taken)
        return seen.row_version, intake.save(actor, ids["case"], data, seen.row_version), \
            data.immediate_needs
    if kind == "plan":
        status = next(s for s in GOAL_STATUSES if s != seen.status and s != "met")
        return seen.row_version, intake.set_goal_status(actor, ids["goal"], status,
                                                        seen.row_version), status
    data = replace(_person_input(seen), address=f"address by {tag}")
    return seen.row_version, people.update(actor, ids["person"], seen.row_version,
                                           data).row_version, data.address


def _person_input(view):
    from lead_desktop.services.people.records import SCALAR_FIELDS, PersonInput

    return PersonInput(**{name: getattr(view, name) for name in SCALAR_FIELDS}, race=view.race,
                       phones=view.phones, aliases=view.aliases, identifiers=view.identifiers)


def _worker(path, name, actor, ids, ready, start, together, results):
    from lead_desktop.db.database import open_database
    from lead_desktop.security.key_store import KeyringKeyStore
    from lead_desktop.services.care.intake_service import IntakeService
    from lead_desktop.services.care.note_service import NoteService
    from lead_desktop.services.people.person_service import PersonService
    from lead_desktop.services.records import StaleRecord

    outcomes = []
    try:
        with open_database(path, KeyringKeyStore()) as db:
            services = (NoteService(db), IntakeService(db), PersonService(db))
            ready.put(name)
            start.wait(timeout=120)
            for round_ in range(ROUNDS):
                # all four desks open the same versions, then all save: one save per record
                # can land, the other three must be reported as conflicts
                seen = {kind: _read(services, actor, ids, kind) for kind in KINDS}
                together.wait(timeout=120)
                for kind in KINDS:
                    tag = f"{name}/{round_}"
                    try:
                        read, written, value = _save(services, actor, ids, kind, seen[kind],
                                                     tag)
                    except StaleRecord as conflict:
                        outcomes.append((kind, "conflict", conflict.theirs["row_version"],
                                         None, tag))
                    else:
                        outcomes.append((kind, "landed", read, written, value))
                together.wait(timeout=120)  # every save of this round is in
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        outcomes.append(("error", repr(exc), None, None, name))
    results.put((name, outcomes))


@pytest.mark.slow
def test_four_workstations_editing_the_same_records_lose_no_save(program, staff, db):
    cm = staff[Role.CASE_MANAGER]
    program.clock.now = datetime.now(timezone.utc)  # the children use the real clock
    case = steps.active_case(program, staff, "seattle-lead@1", "Okafor", "Chris")
    note = steps.note(program, cm, case.id, "first draft")
    goal = program.intake.add_goal(cm, case.id, "A place of my own", domain="housing")
    ids = {"case": case.id, "note": note, "goal": goal, "person": case.person_id}
    start_versions = {
        "note": next(n for n in program.notes.list_for_case(cm, case.id)
                     if n.id == note).row_version,
        "intake": program.intake.intake(cm, case.id).row_version,
        "plan": program.intake.goals(cm, case.id)[0].row_version,
        "person": program.people.get(cm, case.person_id).row_version}

    context = multiprocessing.get_context("spawn")
    ready, results, start = context.Queue(), context.Queue(), context.Event()
    together = context.Barrier(WORKERS)
    workers = [context.Process(target=_worker,
                               args=(db.path, f"w{i}", cm, ids, ready, start, together, results))
               for i in range(WORKERS)]
    for worker in workers:
        worker.start()
    for _ in workers:               # every workstation has the file open
        ready.get(timeout=120)
    start.set()
    outcomes = [row for _ in workers for row in results.get(timeout=300)[1]]
    for worker in workers:
        worker.join(timeout=60)

    assert [row for row in outcomes if row[0] == "error"] == []
    assert len(outcomes) == WORKERS * ROUNDS * len(KINDS)   # every save was answered
    stored = {
        "note": next(n for n in program.notes.list_for_case(cm, case.id) if n.id == note),
        "intake": program.intake.intake(cm, case.id),
        "plan": program.intake.goals(cm, case.id)[0],
        "person": program.people.get(cm, case.person_id)}
    stored_value = {"note": stored["note"].text, "intake": stored["intake"].immediate_needs,
                    "plan": stored["plan"].status, "person": stored["person"].address}
    for kind in KINDS:
        landed = sorted((row for row in outcomes if row[0] == kind and row[1] == "landed"),
                        key=lambda row: row[3])
        conflicts = [row for row in outcomes if row[0] == kind and row[1] == "conflict"]
        assert (len(landed), len(conflicts)) == (ROUNDS, (WORKERS - 1) * ROUNDS), kind
        # one chain: each landed save was made on the version the previous one wrote, so
        # no save was made on a version someone had already saved over
        chain = [start_versions[kind]] + [row[3] for row in landed]
        assert [row[2] for row in landed] == chain[:-1], kind
        assert stored[kind].row_version == chain[-1], kind
        assert stored_value[kind] == landed[-1][4], kind     # the last save is what is stored
    with db.read() as session:
        from lead_desktop.security import audit

        assert audit.verify_chain(session).ok
