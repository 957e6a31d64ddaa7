"""The kinds of paper kept, and which cell of the role x data matrix governs each: who may
add, view, print and remove it follows from that cell (security/roles.py). Part 2
material (treatment records, Part 2 consents) follows the Part 2 rows; clerks see identity
documents and court papers, not treatment records."""

from __future__ import annotations

from dataclasses import dataclass

from lead_desktop.security.roles import Data

IDENTITY, COURT, CONSENT, TREATMENT, CASE_PAPER, AGREEMENT = (
    "identity_document", "court_paper", "signed_consent", "treatment_record", "case_paper",
    "signed_agreement")


@dataclass(frozen=True)
class Kind:
    name: str
    data: Data          # the matrix row: READ to view and print, WRITE to add and remove
    needs: str          # what it must be attached to: person | case | consent
    label: str          # for lists and messages (the UI translates its own labels)
    part2: bool = False


KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind(IDENTITY, Data.IDENTITY, "person", "Identity document"),
    Kind(COURT, Data.SUMMONS, "case", "Court paper"),
    Kind(CONSENT, Data.CONSENTS, "consent", "Signed consent or revocation", part2=True),
    Kind(TREATMENT, Data.PART2_NOTES, "case", "Treatment record (Part 2)", part2=True),
    Kind(CASE_PAPER, Data.INTAKE_PLAN_NOTES, "case",
         "Case paper (benefits, housing, letters)"),
    # keeping it records the agreement as signed (the compliance model's step to Active)
    Kind(AGREEMENT, Data.INTAKE_PLAN_NOTES, "case", "Signed participation agreement"),
)}


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        from lead_desktop.errors import InvalidInput

        raise InvalidInput(f"Unknown kind of attachment {name!r}; one of "
                           f"{', '.join(KINDS)}.") from None
