"""The offense-code list (resources/documents/offense_codes.toml): what a court paper prints
for a code the referral recorded — the statute citation ("G.L. c.94C §34", never the
internal "94C-34"), the level and the charging language in the document's language."""

from __future__ import annotations

from dataclasses import dataclass

from lead_desktop.documents.wording import load

LEVELS = {"en": {"felony": "Felony", "misdemeanor": "Misdemeanor", "violation": "Violation",
                 "infraction": "Infraction"},
          "es": {"felony": "Delito grave", "misdemeanor": "Delito menor",
                 "violation": "Contravención", "infraction": "Infracción"}}


@dataclass(frozen=True)
class Offense:
    code: str
    citation: str
    level: str          # "felony", "misdemeanor" or "" when the code is not on the list
    description: str


def lookup(code: str, recorded_description: str = "", language: str = "en",
           statute: str = "", level: str = "") -> Offense:
    """The listed offense; a code not on the list prints as recorded: with the statute and
    level the referral kept from the program's own code list (Administration → Code
    lists), else the code itself and no level."""
    entry = load("offense_codes.toml")["codes"].get((code or "").strip())
    if entry is None:
        return Offense(code, statute or code, level, recorded_description)
    description = entry.get(language) or entry["en"]
    if recorded_description and recorded_description.strip() != entry["en"] and language == "en":
        description = recorded_description   # the officer's own wording wins in English
    return Offense(code, entry["citation"], entry["level"], description)


def level_label(level: str, language: str = "en") -> str:
    return LEVELS.get(language, LEVELS["en"]).get(level, "")
