"""Work-queue items that wait for a decision by someone other than the case manager: a case
manager's proposal (the supervisor decides) and an exit a summons program may still file on
(the DA decides). Kept apart so the work queue stays one module of rules per role."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.models import Case, CaseProposal, ExitRecord, Person
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, message
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import CaseState, NoncomplianceOutcome
from lead_desktop.services.program.workflow import FILE_AFTER_EXIT

FILE_AFTER_EXIT_DAYS = 90   # the reopen window: older exits are settled


def proposals(session: Session) -> list:
    """A case manager's proposal (removal, exit, completion) waits for a supervisor."""
    from lead_desktop.services.cases.work_queue import QueueItem

    rows = session.execute(select(CaseProposal, Case.person_id, Person.last_name,
                                  Person.first_name)
                           .join(Case, Case.id == CaseProposal.case_id)
                           .join(Person, Person.id == Case.person_id)
                           .where(CaseProposal.status == "open",
                                  CaseProposal.voided_at.is_(None))).all()
    return [QueueItem(3, "proposal", proposal.case_id, f"{last}, {first}",
                      proposal.created_at.date(), message(
                          "WorkQueue", QT_TRANSLATE_NOOP(
                              "WorkQueue", "proposed: {step}; a supervisor decides"),
                          step=Coded("state", proposal.to_state)),
                      "proposal", person_id=person_id)
            for proposal, person_id, last, first in rows]


def exits_to_file_on(session: Session, profiles: dict[str, Profile],
                     today_start: datetime) -> list:
    """A summons program may file after a lost-contact or declined-to-continue exit (a
    buyer who never came back): such recent exits wait for the DA."""
    from lead_desktop.services.cases.work_queue import QueueItem

    since = today_start - timedelta(days=FILE_AFTER_EXIT_DAYS)
    rows = session.execute(select(Case, Person.last_name, Person.first_name,
                                  ExitRecord.exit_type)
                           .join(Person, Person.id == Case.person_id)
                           .join(ExitRecord, ExitRecord.case_id == Case.id)
                           .where(Case.state == CaseState.EXITED.value,
                                  Case.state_since >= since, ExitRecord.voided_at.is_(None),
                                  ExitRecord.exit_type.in_(FILE_AFTER_EXIT))).all()
    out = []
    for case, last, first, exit_type in rows:
        profile = profiles.get(f"{case.profile_id}@{case.profile_version}")
        if profile is None or profile.noncompliance_outcome is not NoncomplianceOutcome.SUMMONS:
            continue
        out.append(QueueItem(3, "compliance_decision", case.id, f"{last}, {first}", None,
                             message("WorkQueue", QT_TRANSLATE_NOOP(
                                 "WorkQueue", "exited ({why}): decide whether to file"),
                                 why=Coded("exit_type", exit_type)),
                             "compliance_review", person_id=case.person_id))
    return out
