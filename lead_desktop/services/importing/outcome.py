"""What an import did, or would do, row by row: the dry run's and the import's report."""

from __future__ import annotations

from dataclasses import dataclass

CREATE = "create"      # the row makes a new person and their case
MATCHED = "matched"    # someone on file may be this person: the row is skipped
LINKED = "linked"      # the row's referral and case attached to a person already on file
BAD = "bad"            # the row cannot be imported: `problems` says why

# What an import never brings in (the services have no way to write it without the
# person, the paper or the decision behind it): said in every report.
NOT_IMPORTED = (
    "Eligibility decisions, consents, intake, plans, notes, provider referrals, snapshots "
    "and justice events are not imported: they are recorded in the app, each with its own "
    "signature or decision.",
    "A case reaches only what the case steps allow without them: referred (with the "
    "hand-off to its case manager), declined offer, or exited (with its exit date, type "
    "and reason). A row with another status is imported up to there, and says so.",
    "A row that matches someone already on file (or an earlier row of the file) is not "
    "imported unless you choose, for that row, to attach its case to the person on file, "
    "or to add such rows as new people.",
)


@dataclass(frozen=True)
class Match:
    person_id: str
    name: str
    dob: str
    score: int
    reasons: tuple[str, ...]
    file_row: int | None = None   # the person was added by this earlier row of the file


@dataclass(frozen=True)
class RowOutcome:
    row: int                      # the row's number in the spreadsheet
    name: str
    action: str                   # CREATE, MATCHED or BAD
    problems: tuple[str, ...] = ()
    matches: tuple[Match, ...] = ()
    notes: tuple[str, ...] = ()   # what of the row was not imported
    person_id: str | None = None
    case_id: str | None = None


@dataclass(frozen=True)
class ImportReport:
    file: str
    sha256: str
    dry_run: bool
    committed: bool
    rows: tuple[RowOutcome, ...]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def bad(self) -> tuple[RowOutcome, ...]:
        return tuple(r for r in self.rows if r.action == BAD)

    @property
    def with_notes(self) -> int:
        return sum(1 for r in self.rows if r.notes)

    def summary(self) -> dict:
        """For the audit entry: counts only, never a name."""
        return {"file": self.file[:200], "sha256": self.sha256, "rows": len(self.rows),
                "create": self.count(CREATE), "matched": self.count(MATCHED),
                "linked": self.count(LINKED),
                "linked_rows": [r.row for r in self.rows if r.action == LINKED],
                "bad": self.count(BAD), "partly": self.with_notes}

    def lines(self) -> list[str]:
        """The report as text (lead-admin prints it; the dialog shows the same counts)."""
        head = "Dry run (nothing was saved)" if self.dry_run else (
            "Imported" if self.committed else "Not imported: the file has bad rows, nothing "
                                              "was saved")
        out = [f"{head}: {self.file}",
               f"  {len(self.rows)} rows: {self.count(CREATE)} new people with their case, "
               f"{self.count(MATCHED)} matching someone on file (skipped), "
               f"{self.count(BAD)} bad, {self.with_notes} imported only in part, "
               f"{self.count(LINKED)} attached to someone on file"]
        for r in self.rows:
            if r.action == BAD:
                out.append(f"  row {r.row} ({r.name}): bad: {'; '.join(r.problems)}")
            elif r.action == MATCHED:
                who = "; ".join(_match_text(m) for m in r.matches)
                out.append(f"  row {r.row} ({r.name}): matches {who}")
            elif r.action == LINKED:
                out.append(f"  row {r.row} ({r.name}): case attached to the person on file "
                           f"{r.person_id}")
            for note in r.notes:
                out.append(f"  row {r.row} ({r.name}): {note}")
        out.append("Not imported by design:")
        out.extend(f"  - {line}" for line in NOT_IMPORTED)
        return out


def _match_text(m: Match) -> str:
    where = f"row {m.file_row} of this file" if m.file_row else "on file"
    return f"{m.name} ({m.dob}), {where}, score {m.score}, person {m.person_id}"
