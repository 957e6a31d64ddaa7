"""The kinds of paper kept, and which cell of the role x data matrix governs each: who may
add, view, print and remove it follows from that cell (security/roles.py). Part 2
material (treatment records, Part 2 consents) follows the Part 2 rows; clerks see identity
documents and court papers, not treatment records."""

from __future__ import annotations

from dataclasses import dataclass

from lead_desktop.security.roles import Data
from lead_desktop.services.messages import QT_TRANSLATE_NOOP

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
    #: the refusal when it is added without what it needs (context "Attachments")
    misplaced: str = ""


KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind(IDENTITY, Data.IDENTITY, "person", "Identity document"),
    Kind(COURT, Data.SUMMONS, "case", "Court paper", misplaced=QT_TRANSLATE_NOOP(
        "Attachments", "A court paper is attached to a case.")),
    Kind(CONSENT, Data.CONSENTS, "consent", "Signed consent or revocation", part2=True,
         misplaced=QT_TRANSLATE_NOOP(
             "Attachments", "A signed consent or revocation is attached to its consent.")),
    Kind(TREATMENT, Data.PART2_NOTES, "case", "Treatment record (Part 2)", part2=True,
         misplaced=QT_TRANSLATE_NOOP(
             "Attachments", "A treatment record (part 2) is attached to a case.")),
    Kind(CASE_PAPER, Data.INTAKE_PLAN_NOTES, "case",
         "Case paper (benefits, housing, letters)", misplaced=QT_TRANSLATE_NOOP(
             "Attachments", "A case paper (benefits, housing, letters) is attached to a case.")),
    # keeping it records the agreement as signed (the compliance model's step to Active)
    Kind(AGREEMENT, Data.INTAKE_PLAN_NOTES, "case", "Signed participation agreement",
         misplaced=QT_TRANSLATE_NOOP(
             "Attachments", "A signed participation agreement is attached to a case.")),
)}


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        from lead_desktop.errors import InvalidInput
        from lead_desktop.services.labels import Coded
        from lead_desktop.services.messages import Listed, message

        raise InvalidInput(message("Attachments", QT_TRANSLATE_NOOP(
            "Attachments", "Unknown kind of attachment {name}; one of {kinds}."),
            name=repr(name), kinds=Listed(tuple(Coded("attachment_kind", k) for k in KINDS))
        )) from None
