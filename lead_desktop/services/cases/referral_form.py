"""The referral form's data (forms.md "Referral") and its validation against the profile."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from lead_desktop.documents.fonts import entry_problem
from lead_desktop.services import text_input
from lead_desktop.services.program.eligibility import no_drugs_involved
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.program.vocabulary import ReferralType
from lead_desktop.services.records import Problems

OFFENSE_KINDS = ("drug", "prostitution")


@dataclass(frozen=True)
class Offense:
    code: str
    description: str
    kind: str = "drug"   # one of OFFENSE_KINDS: a prostitution arrest has no drug quantity


@dataclass(frozen=True)
class ReferralInput:
    referral_type: ReferralType
    referred_at: datetime
    officer_name: str
    officer_badge: str
    agency: str
    location: str
    incident_number: str | None = None
    origin_area: str | None = None
    catchment_override_reason: str | None = None
    offenses: tuple[Offense, ...] = ()
    substance: str | None = None
    quantity: Decimal | None = None
    quantity_unit: str | None = None
    distribution: str | None = None
    probable_cause_summary: str | None = None
    person_agreed: bool = True
    declined_reason: str | None = None
    referrer_name: str | None = None
    referrer_organisation: str | None = None
    approved_by: str | None = None
    prior_activity_verification: dict | None = field(default=None)
    needs_now: str | None = None
    #: Who came to the scene with the case manager (Worcester: the social-services
    #: representative): name and organization.
    second_responder: str | None = None


def in_catchment(profile: Profile, origin_area: str | None) -> bool | None:
    if not profile.exclusions.catchment_required or not origin_area:
        return None
    return origin_area.casefold() in {a.casefold() for a in profile.exclusions.catchment_areas}


def validate(data: ReferralInput, profile: Profile, now: datetime) -> None:
    p = Problems()
    text_input.check_all(p, data, names=("officer_name", "referrer_name", "second_responder",
                                              "approved_by"),
                         texts=("probable_cause_summary", "needs_now"))
    if not profile.accepts(data.referral_type):
        accepted = ", ".join(t.value for t in profile.referral_types)
        p.add("referral_type", f"{profile.name} accepts: {accepted}")
    if "referred_at" not in p.by_field and data.referred_at > now:
        p.add("referred_at", "cannot be in the future")
    for name in ("officer_name", "officer_badge", "agency", "location"):
        if not (getattr(data, name) or "").strip():
            p.add(name, "required")
    arrest = data.referral_type is ReferralType.ARREST_DIVERSION
    if arrest and not (data.incident_number or "").strip():
        p.add("incident_number", "required for an arrest diversion")
    if arrest and not data.offenses:
        p.add("offenses", "required for an arrest diversion")
    ex = profile.exclusions
    for offense in data.offenses:
        if offense.kind not in profile.arrest_offense_kinds:
            p.add("offenses", f"{profile.name} diverts arrests for: "
                              f"{', '.join(profile.arrest_offense_kinds)}")
    drugs = not no_drugs_involved([o.kind for o in data.offenses])
    if (ex.max_quantity_g is not None or ex.max_dosage_units is not None) and arrest and drugs:
        if data.quantity is None:
            p.add("quantity", f"required: {profile.name} has a quantity threshold")
        elif not data.quantity_unit:  # the amount is there: say what is missing
            p.add("quantity_unit", f"required with the quantity: grams (g) or dosage units "
                                   f"({profile.name} has a quantity threshold)")
    if data.quantity is not None and data.quantity < 0:
        p.add("quantity", "cannot be negative")
    if data.quantity_unit not in (None, "g", "dosage_units"):
        p.add("quantity_unit", "grams (g) or dosage units")
    if ex.catchment_required:
        # Outside the area is not refused here: the DA's checklist marks it ineligible
        # unless an override reason is given.
        if not (data.origin_area or "").strip():
            p.add("origin_area", "required: where the referral originates")
    if not data.person_agreed and not (data.declined_reason or "").strip():
        p.add("declined_reason", "required when the person did not agree")
    if data.referral_type is ReferralType.COMMUNITY:
        for name in ("referrer_name", "approved_by"):
            if not (getattr(data, name) or "").strip():
                p.add(name, "required for a community referral")
    if ex.prior_activity_window_months is not None and \
            data.referral_type is ReferralType.SOCIAL_CONTACT and not data.prior_activity_verification:
        p.add("prior_activity_verification", "required: verified prior activity in the area")
    _check_printable(data, p)
    p.raise_if_any()


# what the summons and the complaint packet print of a referral
PRINTED_FIELDS = ("officer_name", "officer_badge", "agency", "location", "incident_number",
                  "substance", "probable_cause_summary")


def _check_printable(data: ReferralInput, p: Problems) -> None:
    """What the documents print must be printable, so it is refused here, not at print."""
    for name in PRINTED_FIELDS:
        problem = entry_problem(getattr(data, name, None))
        if problem:
            p.add(name, problem)
    for i, offense in enumerate(data.offenses or ()):
        problem = entry_problem(f"{offense.code} {offense.description}")
        if problem:
            p.add(f"offenses[{i}]", problem)
