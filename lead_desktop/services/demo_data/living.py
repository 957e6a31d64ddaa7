"""What makes demo data look like a program at work on today's date, not an archive: cases
in the early states were referred days ago (a handful past their intake deadline), active
participants have appointments this week, the DA has reviews waiting, recent filings wait
in the clerk's print queue with a court and a date, and the directory holds the courts and
agencies the documents print.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_desktop.models import Agency, Court, ProgramSetting
from lead_desktop.services.cases.effects import tracking_number
from lead_desktop.services.program.directory import PHONE_24H
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import CaseState

S = CaseState
# target state -> (fewest, most) days since the referral
DAYS_AGO = {S.REFERRED: (0, 1), S.ELIGIBILITY_REVIEW: (1, 6), S.WAITLISTED: (5, 60),
            S.INTAKE_PENDING: (2, 25), S.ACTIVE: (30, 540), S.LOST_CONTACT: (45, 400),
            S.COMPLIANCE_REVIEW: (40, 300), S.REFERRED_FOR_CHARGES: (20, 200),
            S.AWAITING_TREATMENT: (20, 120)}
OVERDUE_SHARE = 0.15   # of intakes pending: past the deadline (the handful to chase)
DRAFTED_WITHIN_DAYS = 40  # filings this recent are still to print
IN_PROGRESS_WITHIN_DAYS = 120  # then printed, filed or issued; older ones were served
LOOKUP_DONE_SHARE = 0.8  # of the 6/18-month look-ups due: already recorded
SUMMONS_KINDS = {"generic": "generic_notice", "ma_complaint": "ma_application_summons",
                 "agency_template": "agency_template"}
DEMO_COURT = ("Demo County District Court", "Criminal Session",
              "800 Fifth Avenue, Room 1200\nSeattle, WA 98104", "206-555-0110",
              [{"weekday": 0, "time": "09:00"}, {"weekday": 3, "time": "13:30"}])


def days_ago(rng: random.Random, target: CaseState, profile: Profile, steps: int) -> int:
    if target is S.INTAKE_PENDING and rng.random() < OVERDUE_SHARE:
        return profile.intake_deadline_days + rng.randint(1, 8)
    low, high = DAYS_AGO.get(target, (steps * 12, 900))
    if target is S.INTAKE_PENDING:
        high = min(high, profile.intake_deadline_days - 3)
    if target is S.ACTIVE and profile.completion_deadline_days:  # not yet past its end
        high = min(high, profile.completion_deadline_days - 20)
    return rng.randint(low, max(low, high))


def referred_at(rng: random.Random, now: datetime, days: int) -> datetime:
    """A referral `days` ago, during the day (a referral made today is a few hours old)."""
    if days == 0:
        return now - timedelta(hours=rng.randint(1, 10), minutes=rng.randint(0, 59))
    day = datetime.combine(now.date() - timedelta(days=days), time(), timezone.utc)
    return day + timedelta(hours=rng.randint(13, 23))


def step_gap(rng: random.Random, start: datetime, now: datetime, steps: int) -> timedelta:
    """Time between two steps of a case's path, so the whole path ends before now."""
    room = (now - start) / max(1, steps)
    return min(timedelta(days=12), room) * rng.uniform(0.3, 0.95)


def upcoming_appointments(rng: random.Random, today: date) -> list[tuple[datetime, str | None]]:
    """This week's appointments of an active participant (and, now and then, yesterday's,
    whose attendance is still to record)."""
    found = []
    for _ in range(rng.choice([0, 1, 1, 2])):
        day = today + timedelta(days=rng.randint(0, 6))
        found.append((datetime.combine(day, time(rng.randint(14, 22)), timezone.utc), None))
    if rng.random() < 0.1:
        found.append((datetime.combine(today - timedelta(days=1), time(17)), None))
    return [(at.replace(tzinfo=timezone.utc), att) for at, att in found]


def attendance(rng: random.Random, profile: Profile, target: CaseState) -> str:
    """Past appointments: active participants of a compliance-based program are the ones
    keeping theirs (those who did not are in compliance review already)."""
    if profile.compliance_based and target is S.ACTIVE:
        return rng.choice(["attended", "attended", "attended", "excused"])
    return rng.choice(["attended", "attended", "missed", "excused"])


def lookups_done(rng: random.Random, entered: date, months: list[int], today: date,
                 ) -> list[tuple[str, date]]:
    """The evaluation look-ups already recorded ("nothing found") for a participant who
    entered on `entered`: most of those whose milestone has passed."""
    done = []
    for count in months:
        month = entered.month - 1 + count  # as the work queue counts months
        milestone = date(entered.year + month // 12, month % 12 + 1, min(entered.day, 28))
        looked = milestone + timedelta(days=rng.randint(0, 20))
        if looked <= today and rng.random() < LOOKUP_DONE_SHARE:
            done.append((f"{count}_months" if count in (6, 18) else "2_years", looked))
    return done


def ensure_directory(session: Session, profiles: list[Profile], now: datetime) -> Court:
    """The demo court, an agency per profile (named as the demo referrals name them), and
    the 24-hour number: what summonses and agreements print."""
    name, division, address, phone, sessions = DEMO_COURT
    court = session.scalar(select(Court).where(Court.name == name))
    if court is None:
        court = Court(name=name, division=division, address=address, phone=phone,
                      sessions=sessions, active=True, created_at=now)
        session.add(court)
    known = set(session.scalars(select(Agency.name)))
    for profile in profiles:
        agency = agency_name(profile)
        if agency not in known:
            session.add(Agency(name=agency, address="610 Fifth Avenue, Seattle, WA 98104",
                               phone="206-555-0100", badge_format=r"\d{3,4}", active=True,
                               created_at=now))
            known.add(agency)
    if session.get(ProgramSetting, PHONE_24H) is None:
        session.add(ProgramSetting(key=PHONE_24H, value="206-555-0199", updated_at=now))
    session.flush()
    return court


def agency_name(profile: Profile) -> str:
    return profile.name + " police"


def next_session(court: Court, after: date) -> tuple[date, str]:
    day = after
    while True:
        day += timedelta(days=1)
        for session in court.sessions:
            if session["weekday"] == day.weekday():
                return day, session["time"]


def summons_row(rng: random.Random, court: Court, profile: Profile, case_id: str,
                decided_by: str, decided_at: datetime, offenses: list, today: date) -> dict:
    """The summons of a case referred for charges: recent ones drafted (the clerk's print
    queue), older ones further along."""
    age = (today - decided_at.date()).days
    drafted = age <= DRAFTED_WITHIN_DAYS
    # recent ones on their way to court; older ones served on their day
    status = "drafted" if drafted else rng.choice(["printed", "filed", "issued"]) \
        if age <= IN_PROGRESS_WITHIN_DAYS else "served"
    appear, at = next_session(court, decided_at.date() + timedelta(days=21)
                              if status == "served" else today + timedelta(rng.randint(3, 40)))
    history = [{"status": "drafted", "at": decided_at.isoformat(), "by": decided_by}]
    if not drafted:
        history.append({"status": status, "at": (decided_at + timedelta(days=3)).isoformat(),
                        "by": decided_by, "reason": None})
    return dict(case_id=case_id, decision_by=decided_by, decided_at=decided_at,
                document_kind=SUMMONS_KINDS[profile.summons_document], offenses=list(offenses),
                court_id=court.id, court=court.name, division=court.division,
                return_date=appear, return_time=at,
                tracking_number=tracking_number(decided_at.date()), status=status,
                status_history=history, created_at=decided_at, created_by=decided_by,
                row_version=1, served_by="Officer on duty" if status == "served" else None,
                service_method="in hand" if status == "served" else None,
                served_at=decided_at + timedelta(days=10) if status == "served" else None)
