"""The closed loop of a provider referral (workflow.md §6), as data."""

from __future__ import annotations

LEVELS_OF_CARE = ("detox", "residential", "intensive_outpatient", "outpatient", "mat_methadone",
                  "mat_buprenorphine", "mat_naltrexone", "recovery_support", "mental_health",
                  "housing", "benefits", "id_documents", "employment", "other")
# left_against_advice: admitted, then walked out (a detox walk-out), before attending began
DISCHARGE_REASONS = ("left_early", "left_against_advice", "administrative", "transferred",
                     "incarcerated", "other")
DECLINE_REASONS = ("no_capacity", "not_appropriate", "insurance", "no_show", "other")

NEXT = {
    "draft": {"sent", "cancelled"},
    "sent": {"accepted", "waitlisted", "declined", "cancelled"},
    "waitlisted": {"accepted", "declined", "cancelled"},
    "accepted": {"admitted", "cancelled"},
    "admitted": {"attending", "discharged", "cancelled"},
    "attending": {"completed", "discharged", "cancelled"},
}
ENDED = {"declined", "completed", "discharged", "cancelled"}


def can_move(current: str, target: str) -> bool:
    return target in NEXT.get(current, set())
