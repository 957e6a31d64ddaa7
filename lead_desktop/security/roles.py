"""Roles and the role × data matrix of security.md, as data the service layer checks."""

from __future__ import annotations

from enum import Enum


class Role(str, Enum):
    OFFICER = "officer"
    CASE_MANAGER = "case_manager"
    SUPERVISOR = "supervisor"
    PROSECUTOR_REVIEWER = "prosecutor_reviewer"
    CLERK = "clerk"
    EVALUATOR = "evaluator"
    ADMINISTRATOR = "administrator"
    AUDITOR = "auditor"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, value: str) -> "Role":
        wanted = value.strip().lower().replace("-", "_").replace(" ", "_")
        for role in cls:
            if wanted in (role.value, role.name.lower()):
                return role
        raise ValueError(f"unknown role {value!r}; roles are: {', '.join(r.value for r in cls)}")


_LABELS = {
    Role.OFFICER: "Officer",
    Role.CASE_MANAGER: "Case manager",
    Role.SUPERVISOR: "Supervisor",
    Role.PROSECUTOR_REVIEWER: "Prosecutor reviewer",
    Role.CLERK: "Clerk",
    Role.EVALUATOR: "Evaluator",
    Role.ADMINISTRATOR: "Administrator",
    Role.AUDITOR: "Auditor",
}


class Data(str, Enum):
    """The rows of the matrix."""

    REFERRAL_ENTRY = "referral_entry"
    CASE_STATUS = "case_status"
    CASE_SUMMARY = "case_summary"  # the prosecutor summary: the "+ summary" of the DA's cell
    IDENTITY = "identity"
    ELIGIBILITY = "eligibility"
    INTAKE_PLAN_NOTES = "intake_plan_notes"
    PART2_NOTES = "part2_notes"
    CONSENTS = "consents"
    PROVIDER_REFERRALS = "provider_referrals"
    SNAPSHOTS_EVENTS = "snapshots_events"
    SUMMONS = "summons"
    REPORTS = "reports"
    CONFIGURATION = "configuration"
    ACCOUNTS = "accounts"
    AUDIT_LOG = "audit_log"


class Access(str, Enum):
    """What a role may do with a kind of data. Ordered: each level includes the ones before."""

    NONE = "none"
    DEIDENTIFIED = "deidentified"  # evaluator extracts: no direct identifiers, no free text
    STATUS = "status"              # status and dates only (or a narrow subset noted in the matrix)
    READ = "read"
    WRITE = "write"                # read and write

    def includes(self, other: "Access") -> bool:
        return _ORDER.index(self) >= _ORDER.index(other)


_ORDER = [Access.NONE, Access.DEIDENTIFIED, Access.STATUS, Access.READ, Access.WRITE]

_N, _D, _S, _R, _W = Access.NONE, Access.DEIDENTIFIED, Access.STATUS, Access.READ, Access.WRITE
_COLUMNS = [Role.OFFICER, Role.CASE_MANAGER, Role.SUPERVISOR, Role.PROSECUTOR_REVIEWER,
            Role.CLERK, Role.EVALUATOR, Role.ADMINISTRATOR, Role.AUDITOR]

# Scope limits ("own referrals", "caseload", "§2.35 they receive") are enforced by the
# services that know the record; this table gives the ceiling per role.
_MATRIX: dict[Data, list[Access]] = {
    #                          Off  CM   Sup  DA   Clerk Eval Admin Aud
    Data.REFERRAL_ENTRY:      [_W,  _W,  _W,  _N,  _N,  _N,  _N,  _N],
    Data.CASE_STATUS:         [_S,  _W,  _W,  _S,  _S,  _D,  _N,  _N],
    Data.CASE_SUMMARY:        [_N,  _R,  _R,  _R,  _N,  _N,  _N,  _N],
    Data.IDENTITY:            [_W,  _W,  _W,  _S,  _W,  _N,  _N,  _N],
    Data.ELIGIBILITY:         [_N,  _R,  _W,  _W,  _N,  _N,  _N,  _N],
    Data.INTAKE_PLAN_NOTES:   [_N,  _W,  _W,  _N,  _N,  _N,  _N,  _N],
    Data.PART2_NOTES:         [_N,  _W,  _R,  _N,  _N,  _N,  _N,  _N],
    Data.CONSENTS:            [_N,  _W,  _W,  _R,  _R,  _N,  _N,  _N],
    Data.PROVIDER_REFERRALS:  [_N,  _W,  _W,  _S,  _N,  _D,  _N,  _N],
    Data.SNAPSHOTS_EVENTS:    [_N,  _W,  _W,  _N,  _N,  _D,  _N,  _N],
    Data.SUMMONS:             [_S,  _R,  _W,  _W,  _W,  _D,  _N,  _N],
    Data.REPORTS:             [_N,  _R,  _R,  _R,  _N,  _D,  _N,  _N],
    Data.CONFIGURATION:       [_N,  _N,  _R,  _N,  _N,  _N,  _W,  _R],
    Data.ACCOUNTS:            [_N,  _N,  _N,  _N,  _N,  _N,  _W,  _R],
    Data.AUDIT_LOG:           [_N,  _N,  _N,  _N,  _N,  _N,  _N,  _R],
}


class Scope(str, Enum):
    """Which records of a kind a role's cell covers (the words in brackets in the matrix)."""

    ALL = "all"
    OWN_REFERRALS = "own_referrals"    # cases and people the officer referred
    CASELOAD = "caseload"              # cases whose case manager is this user
    RECEIVED_2_35 = "received_2_35"    # §2.35 consents naming the reviewer's office
    PROGRAM_TOTALS = "program_totals"  # counts over the program, no single person
    DEIDENTIFIED = "deidentified"      # no identifiers, no free text, months not dates


_ALL, _OWN, _LOAD, _235, _TOT = (Scope.ALL, Scope.OWN_REFERRALS, Scope.CASELOAD,
                                 Scope.RECEIVED_2_35, Scope.PROGRAM_TOTALS)

# The scope of each cell that is narrower than "all" (every other cell is all, or none).
_SCOPES: dict[tuple[Role, Data], Scope] = {
    (Role.OFFICER, Data.CASE_STATUS): _OWN,
    (Role.OFFICER, Data.IDENTITY): _OWN,
    (Role.OFFICER, Data.SUMMONS): _OWN,
    (Role.CASE_MANAGER, Data.CASE_STATUS): _LOAD,
    (Role.CASE_MANAGER, Data.CASE_SUMMARY): _LOAD,
    (Role.CASE_MANAGER, Data.INTAKE_PLAN_NOTES): _LOAD,
    (Role.CASE_MANAGER, Data.PART2_NOTES): _LOAD,
    (Role.CASE_MANAGER, Data.REPORTS): _LOAD,
    (Role.PROSECUTOR_REVIEWER, Data.CONSENTS): _235,
    (Role.PROSECUTOR_REVIEWER, Data.PROVIDER_REFERRALS): _235,
    (Role.PROSECUTOR_REVIEWER, Data.REPORTS): _TOT,
}


def access(role: Role, data: Data) -> Access:
    return _MATRIX[data][_COLUMNS.index(role)]


def scope(role: Role, data: Data) -> Scope:
    """The records of `data` the role's cell covers; de-identified cells say so."""
    if access(role, data) is Access.DEIDENTIFIED:
        return Scope.DEIDENTIFIED
    return _SCOPES.get((role, data), Scope.ALL)
