"""A person in the program (forms.md "Person"), their aliases and identifiers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lead_desktop.models.base import Base, Tracked


class Person(Tracked, Base):
    __tablename__ = "persons"
    # covering: the search ranks people from the index alone, not a wide row each (0032)
    __table_args__ = (Index("ix_persons_search_row", "id", "last_name", "first_name", "dob",
                            "dob_estimated"),)

    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    middle_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    suffix: Mapped[str | None] = mapped_column(String(20), nullable=True)
    #: None when unknown; with `dob_estimated`, only the year is meant (stored as 1 January)
    dob: Mapped[date | None] = mapped_column(Date, index=True, nullable=True)
    dob_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    sex: Mapped[str | None] = mapped_column(String(10), nullable=True)
    gender_identity: Mapped[str | None] = mapped_column(String(100), nullable=True)
    height_cm: Mapped[int | None] = mapped_column(Integer, nullable=True)
    weight_kg: Mapped[int | None] = mapped_column(Integer, nullable=True)
    hair: Mapped[str | None] = mapped_column(String(30), nullable=True)
    eyes: Mapped[str | None] = mapped_column(String(30), nullable=True)
    preferred_language: Mapped[str] = mapped_column(String(10), default="en")
    needs_interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    race: Mapped[list] = mapped_column(JSON, default=list)       # self-reported; never a rule input
    ethnicity: Mapped[str | None] = mapped_column(String(40), nullable=True)
    phones: Mapped[list] = mapped_column(JSON, default=list)     # [{number, ok_to_text, ok_to_leave_message}]
    email: Mapped[str | None] = mapped_column(String(200), nullable=True)
    address: Mapped[str | None] = mapped_column(Text, nullable=True)
    unhoused: Mapped[bool] = mapped_column(Boolean, default=False)
    usual_location: Mapped[str | None] = mapped_column(String(300), nullable=True)
    emergency_contact: Mapped[str | None] = mapped_column(String(300), nullable=True)
    safe_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Set on the tombstone of a merged person: the survivor.
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"), nullable=True)

    aliases: Mapped[list["PersonAlias"]] = relationship(back_populates="person",
                                                        cascade="all, delete-orphan")
    identifiers: Mapped[list["PersonIdentifier"]] = relationship(back_populates="person",
                                                                 cascade="all, delete-orphan")
    name_keys: Mapped[list["PersonNameKey"]] = relationship(cascade="all, delete-orphan")

    @property
    def display_name(self) -> str:
        return f"{self.last_name or '?'}, {self.first_name or '?'}"


class PersonAlias(Base):
    __tablename__ = "person_aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    kind: Mapped[str] = mapped_column(String(10), default="alias")  # alias | maiden | street
    person: Mapped[Person] = relationship(back_populates="aliases")


class PersonIdentifier(Base):
    """State ID/DL, SID, FBI number, booking number, Medicaid id, SSN last 4. SID and FBI
    numbers are CJI."""

    __tablename__ = "person_identifiers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(64), index=True)
    issuing_state: Mapped[str | None] = mapped_column(String(2), nullable=True)
    person: Mapped[Person] = relationship(back_populates="identifiers")


IDENTIFIER_KINDS = ("state_id", "drivers_license", "sid", "fbi", "booking", "medicaid",
                    "ssn_last4")


class PersonNameKey(Base):
    """Blocking keys (services/people/blocking.py): phonetic keys of every name and alias,
    given name + birth year, date of birth, birth month-day + initial; for duplicate
    detection and sound-alike search through an index instead of a scan."""

    __tablename__ = "person_name_keys"
    # covering: a check reads the ids of a block from the index alone (revision 0032)
    __table_args__ = (Index("ix_person_name_keys_blocks", "field", "key", "person_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    field: Mapped[str] = mapped_column(String(5))   # last | first | fy | dob | md
    key: Mapped[str] = mapped_column(String(100), index=True)
