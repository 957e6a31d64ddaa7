"""What documents print about a person and a referral, as a US court paper prints it:
full aliases, a description in feet, inches and pounds, the ID, the offense's local time,
and one number per document that reprints keep."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from lead_desktop.documents import dates
from lead_desktop.models import GeneratedDocument, Person, Referral

ID_NAMES = {"state_id": "State ID", "drivers_license": "Driver's license", "sid": "SID",
            "fbi": "FBI", "booking": "Booking", "medicaid": "Medicaid", "ssn_last4": "SSN (last 4)"}
# what a police-facing paper may print: never Medicaid (health data) or SSN digits
POLICE_IDS = ("drivers_license", "state_id", "sid", "fbi", "booking")


def height(cm: int | None) -> str:
    """5 ft 10 in, from centimeters."""
    if not cm:
        return ""
    inches = round(cm / 2.54)
    return f"{inches // 12} ft {inches % 12} in"


def weight(kg: int | None) -> str:
    return f"{round(kg * 2.20462)} lb" if kg else ""


def description(person: Person) -> str:
    """Height, weight, hair and eyes, as an officer writes them on a summons."""
    parts = [height(person.height_cm), weight(person.weight_kg),
             f"{person.hair} hair" if person.hair else "",
             f"{person.eyes} eyes" if person.eyes else ""]
    return ", ".join(p for p in parts if p)


def identification(person: Person) -> str:
    found = []
    for kind in POLICE_IDS:
        for ident in person.identifiers:
            if ident.kind == kind:
                state = f" ({ident.issuing_state})" if ident.issuing_state else ""
                found.append(f"{ID_NAMES[kind]}{state} {ident.value}")
    return "; ".join(found)


def aliases(person: Person) -> tuple[str, ...]:
    """Each alias as a whole name: "Pepe Rivera", never just "Rivera"."""
    return tuple(" ".join(v for v in (a.first_name, a.last_name) if v) for a in person.aliases)


def offense_at(referral: Referral, zone: str | None) -> datetime:
    """When the offense happened, in the program's time zone (the referral's time)."""
    return dates.local(referral.referred_at, zone)


def next_copy(session: Session, number: str) -> tuple[str, int]:
    """The row number of the next print of document `number`, and which copy it is: the
    first print is `number` itself, a reprint `number/2`, `number/3`…, so every print is
    recorded while the paper keeps one number."""
    printed = session.scalar(select(func.count()).select_from(GeneratedDocument).where(
        or_(GeneratedDocument.number == number,
            GeneratedDocument.number.like(f"{number}/%"))))
    copy = (printed or 0) + 1
    return (number if copy == 1 else f"{number}/{copy}"), copy


def consent_number(consent_id: str) -> str:
    """A consent's number, the same on every print: from its record's id."""
    return "CON-" + consent_id.replace("-", "")[:8].upper()
