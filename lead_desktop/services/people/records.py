"""The person form's data (forms.md "Person") and its validation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lead_desktop.documents.fonts import entry_problem
from lead_desktop.models import Person, PersonAlias, PersonIdentifier
from lead_desktop.models.person import IDENTIFIER_KINDS
from lead_desktop.services import text_input
from lead_desktop.services.program.eligibility import age_on
from lead_desktop.services.records import Problems

SEXES = ("F", "M", "X", "unknown")
ALIAS_KINDS = ("alias", "maiden", "street")
LANGUAGES = ("en", "es")  # the languages documents print in; the profile may list more


@dataclass(frozen=True)
class AliasInput:
    last_name: str
    first_name: str | None = None
    kind: str = "alias"


@dataclass(frozen=True)
class IdentifierInput:
    kind: str
    value: str
    issuing_state: str | None = None


@dataclass(frozen=True)
class PersonInput:
    last_name: str
    first_name: str
    dob: date | None
    middle_name: str | None = None
    suffix: str | None = None
    dob_estimated: bool = False
    sex: str | None = None
    gender_identity: str | None = None
    preferred_language: str = "en"
    needs_interpreter: bool = False
    race: tuple[str, ...] = ()
    ethnicity: str | None = None
    email: str | None = None
    address: str | None = None
    unhoused: bool = False
    usual_location: str | None = None
    emergency_contact: str | None = None
    safe_contact: bool = False
    phones: tuple[dict, ...] = ()
    aliases: tuple[AliasInput, ...] = ()
    identifiers: tuple[IdentifierInput, ...] = ()


# Columns copied one to one between PersonInput, the Person row and PersonView.
SCALAR_FIELDS = ("last_name", "first_name", "middle_name", "suffix", "dob", "dob_estimated",
                 "sex", "gender_identity", "preferred_language", "needs_interpreter",
                 "ethnicity", "email", "address", "unhoused", "usual_location",
                 "emergency_contact", "safe_contact")


@dataclass(frozen=True)
class PersonView:
    id: str
    row_version: int
    last_name: str
    first_name: str
    dob: date | None
    middle_name: str | None
    suffix: str | None
    dob_estimated: bool
    sex: str | None
    gender_identity: str | None
    preferred_language: str
    needs_interpreter: bool
    ethnicity: str | None
    email: str | None
    address: str | None
    unhoused: bool
    usual_location: str | None
    emergency_contact: str | None
    safe_contact: bool
    race: tuple[str, ...] = ()
    phones: tuple[dict, ...] = ()
    aliases: tuple[AliasInput, ...] = ()
    identifiers: tuple[IdentifierInput, ...] = ()
    merged_into_id: str | None = None

    @classmethod
    def of(cls, person: Person) -> "PersonView":
        return cls(
            id=person.id, row_version=person.row_version,
            **{name: getattr(person, name) for name in SCALAR_FIELDS},
            race=tuple(person.race or ()), phones=tuple(person.phones or ()),
            aliases=tuple(AliasInput(a.last_name, a.first_name, a.kind) for a in person.aliases),
            identifiers=tuple(IdentifierInput(i.kind, i.value, i.issuing_state)
                              for i in person.identifiers),
            merged_into_id=person.merged_into_id,
        )

    @property
    def display_name(self) -> str:
        return filed_name(self.last_name, self.first_name)

    @property
    def to_complete(self) -> tuple[str, ...]:
        """Fields recorded as unknown at referral, to be filled in later."""
        return missing_fields(self.first_name, self.dob, last_name=self.last_name)


@dataclass(frozen=True)
class PersonSummary:
    """Minimum necessary: what a prosecutor reviewer sees of identity (name and DOB)."""

    id: str
    last_name: str
    first_name: str
    dob: date | None
    dob_estimated: bool = False


_NOT_CHECKED = object()


def missing_fields(first_name: str | None, dob: date | None,
                   last_name: str | None = _NOT_CHECKED) -> tuple[str, ...]:
    """A person recorded without a last name (one name only), a first name or a date of
    birth is flagged for completion. `last_name` is checked when given."""
    checks = [("first_name", (first_name or "").strip()), ("dob", dob)]
    if last_name is not _NOT_CHECKED:
        checks.insert(0, ("last_name", (last_name or "").strip()))
    return tuple(name for name, known in checks if not known)


def filed_name(last_name: str | None, first_name: str | None) -> str:
    """A name as lists show it: "Muñoz, Zoë"; a part not known yet shows as "?"."""
    return f"{(last_name or '').strip() or '?'}, {(first_name or '').strip() or '?'}"


def dob_text(dob: date | None, estimated: bool = False) -> str:
    """A date of birth as printed and shown: "1988-03-14", "about 1985" or "unknown"."""
    if dob is None:
        return "unknown"
    return f"about {dob.year}" if estimated else dob.isoformat()


NAME_FIELDS = ("last_name", "first_name", "middle_name", "suffix")


def validate(data: PersonInput, today: date) -> None:
    problems = Problems()
    text_input.check_all(problems, data, names=NAME_FIELDS)
    last, first = (data.last_name or "").strip(), (data.first_name or "").strip()
    # one name is enough: a person known by one name (a mononym, or a surname not given yet),
    # an unknown first name or date of birth may be recorded; the person is then flagged for
    # completion (missing_fields), and the duplicate check works on what is known
    if not last and not first:
        problems.add("last_name", "required")
    elif len(last) > 100:
        problems.add("last_name", "at most 100 characters")
    if len((data.first_name or "").strip()) > 100:
        problems.add("first_name", "at most 100 characters")
    if data.dob is None:
        if data.dob_estimated:
            problems.add("dob", "give the estimated year")
    elif data.dob > today:
        problems.add("dob", "cannot be in the future")
    elif not 10 <= age_on(data.dob, today) <= 110:
        problems.add("dob", "gives an age outside 10 to 110")
    if data.sex is not None and data.sex not in SEXES:
        problems.add("sex", f"one of {', '.join(SEXES)}")
    if not data.preferred_language:
        problems.add("preferred_language", "required")
    for i, alias in enumerate(data.aliases):
        if not alias.last_name.strip():
            problems.add(f"aliases[{i}]", "an alias needs a last name")
        if alias.kind not in ALIAS_KINDS:
            problems.add(f"aliases[{i}]", f"kind is one of {', '.join(ALIAS_KINDS)}")
    for i, ident in enumerate(data.identifiers):
        if ident.kind not in IDENTIFIER_KINDS:
            problems.add(f"identifiers[{i}]", f"kind is one of {', '.join(IDENTIFIER_KINDS)}")
        elif not ident.value.strip():
            problems.add(f"identifiers[{i}]", "needs a value")
        elif ident.kind == "ssn_last4" and not (len(ident.value) == 4 and ident.value.isdigit()):
            problems.add(f"identifiers[{i}]", "the last 4 digits of the SSN only")
    _check_printable(data, problems)
    problems.raise_if_any()


# what documents print of a person: a value here must print, or it is refused at entry
PRINTED_FIELDS = ("last_name", "first_name", "middle_name", "suffix", "address",
                  "usual_location")


def _check_printable(data: PersonInput, problems: Problems) -> None:
    """A name the record accepts prints on every document (fonts.entry_problem)."""
    for name in PRINTED_FIELDS:
        problem = entry_problem(getattr(data, name))
        if problem:
            problems.add(name, problem)
    for i, alias in enumerate(data.aliases):
        problem = entry_problem(f"{alias.first_name or ''} {alias.last_name}")
        if problem:
            problems.add(f"aliases[{i}]", problem)
    for i, ident in enumerate(data.identifiers):
        problem = entry_problem(ident.value)
        if problem:
            problems.add(f"identifiers[{i}]", problem)


def apply(person: Person, data: PersonInput) -> None:
    for name in SCALAR_FIELDS:
        value = getattr(data, name)
        setattr(person, name, value.strip() if isinstance(value, str) else value)
    person.first_name = person.first_name or ""  # unknown yet: flagged by missing_fields
    person.last_name = person.last_name or ""
    if data.dob is not None and data.dob_estimated:
        person.dob = date(data.dob.year, 1, 1)   # only the year is meant
    person.race = list(data.race)
    person.phones = [dict(p) for p in data.phones]
    person.aliases = [PersonAlias(last_name=a.last_name.strip(), first_name=a.first_name,
                                  kind=a.kind) for a in data.aliases]
    person.identifiers = [PersonIdentifier(kind=i.kind, value=normalise_identifier(i.value),
                                           issuing_state=i.issuing_state)
                          for i in data.identifiers]


def normalise_identifier(value: str) -> str:
    return "".join(ch for ch in value.upper() if ch.isalnum())
