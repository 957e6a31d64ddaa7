"""A report figure's name in the user's language. The reports (services/reports) name each
figure in English words built from a few patterns ("Referrals from %1", "Month %1 after
entry: housing unsheltered, %"); here each pattern is recognised and said again in the
user's language, the codes inside it (a state, a referral type, a sex) as their labels
(services/labels.py through ui/labels.py), names and numbers as they are. A name no
pattern knows stays as the report wrote it."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lead_desktop.ui.labels import shown_label

CONTEXT = "ReportWords"


def _code(kind: str):
    """Words for a code the label wrote with spaces for its underscores."""
    def words(text: str) -> str:
        code = text.replace(" ", "_")
        shown = shown_label(kind, code)
        return shown if shown and shown != code.replace("_", " ") else _word(text)
    return words


def _word(text: str) -> str:
    """A small word the reports use as a category (unknown, declined, before, ...)."""
    return QCoreApplication.translate(CONTEXT, WORDS[text]) if text in WORDS else text


def _same(text: str) -> str:
    return text


WORDS = {w: w for w in (
    QT_TRANSLATE_NOOP("ReportWords", "unknown"),
    QT_TRANSLATE_NOOP("ReportWords", "declined"),
    QT_TRANSLATE_NOOP("ReportWords", "two or more"),
    QT_TRANSLATE_NOOP("ReportWords", "under 18"),
    QT_TRANSLATE_NOOP("ReportWords", "65 and over"),
    QT_TRANSLATE_NOOP("ReportWords", "none recorded"),
    QT_TRANSLATE_NOOP("ReportWords", "before"),
    QT_TRANSLATE_NOOP("ReportWords", "after"),
    QT_TRANSLATE_NOOP("ReportWords", "race"),
    QT_TRANSLATE_NOOP("ReportWords", "ethnicity"),
    QT_TRANSLATE_NOOP("ReportWords", "sex"),
    QT_TRANSLATE_NOOP("ReportWords", "age band"),
    QT_TRANSLATE_NOOP("ReportWords", "housing"),
    QT_TRANSLATE_NOOP("ReportWords", "employment"),
    QT_TRANSLATE_NOOP("ReportWords", "referrals"),
    QT_TRANSLATE_NOOP("ReportWords", "offers declined"),
    QT_TRANSLATE_NOOP("ReportWords", "found eligible"),
    QT_TRANSLATE_NOOP("ReportWords", "found ineligible"),
    QT_TRANSLATE_NOOP("ReportWords", "completions"),
    QT_TRANSLATE_NOOP("ReportWords", "disqualifications and removals"),
    QT_TRANSLATE_NOOP("ReportWords", "referrals for charges"),
    QT_TRANSLATE_NOOP("ReportWords", "6 months"),
    QT_TRANSLATE_NOOP("ReportWords", "18 months"),
    QT_TRANSLATE_NOOP("ReportWords", "2 years"),
)}

_SEX = {"F": QT_TRANSLATE_NOOP("ReportWords", "female"),
        "M": QT_TRANSLATE_NOOP("ReportWords", "male"),
        "X": QT_TRANSLATE_NOOP("ReportWords", "X (another sex)")}


def _category(dimension: str, text: str) -> str:
    if dimension == "sex" and text in _SEX:
        return QCoreApplication.translate(CONTEXT, _SEX[text])
    return _word(text)


def _disparity(measure: str, dimension: str, category: str) -> tuple[str, ...]:
    return (_word(measure.lower()), _word(dimension), _category(dimension, category))


# (the English pattern, its words for the translator, how each part is said)
PATTERNS: list[tuple[str, str, tuple]] = [
    (r"Referrals: (.+)", QT_TRANSLATE_NOOP("ReportWords", "Referrals: %1"),
     (_code("referral_type"),)),
    (r"Referrals from the area (.+)",
     QT_TRANSLATE_NOOP("ReportWords", "Referrals from the area %1"), (_same,)),
    (r"Referrals from (.+)", QT_TRANSLATE_NOOP("ReportWords", "Referrals from %1"), (_same,)),
    (r"Referrals by (.+)", QT_TRANSLATE_NOOP("ReportWords", "Referrals by %1"), (_same,)),
    (r"Exits: (.+)", QT_TRANSLATE_NOOP("ReportWords", "Exits: %1"), (_code("state"),)),
    (r"Summonses decided in the period, now (.+)",
     QT_TRANSLATE_NOOP("ReportWords", "Summonses decided in the period, now %1"),
     (_code("summons_status"),)),
    (r"Hand-offs over (\d+) minutes",
     QT_TRANSLATE_NOOP("ReportWords", "Hand-offs over %1 minutes"), (_same,)),
    (r"Ineligible because: (.+)", QT_TRANSLATE_NOOP("ReportWords", "Ineligible because: %1"),
     (_code("eligibility_reason"),)),
    (r"Appointments (.+)", QT_TRANSLATE_NOOP("ReportWords", "Appointments %1"),
     (_code("attendance"),)),
    (r"Caseload of (.+) \(target (\d+), maximum (\d+)\)",
     QT_TRANSLATE_NOOP("ReportWords", "Caseload of %1 (target %2, maximum %3)"),
     (_same, _same, _same)),
    (r"Contacts in the period per case, (.+)",
     QT_TRANSLATE_NOOP("ReportWords", "Contacts in the period per case, %1"), (_same,)),
    (r"Cases without contact for (\d+) days or more, (.+)",
     QT_TRANSLATE_NOOP("ReportWords", "Cases without contact for %1 days or more, %2"),
     (_same, _same)),
    (r"Month (\d+) after entry: snapshots recorded",
     QT_TRANSLATE_NOOP("ReportWords", "Month %1 after entry: snapshots recorded"), (_same,)),
    (r"Month (\d+) after entry: housing (.+), %",
     QT_TRANSLATE_NOOP("ReportWords", "Month %1 after entry: housing %2, %"),
     (_same, _code("housing"))),
    (r"Month (\d+) after entry: employment (.+), %",
     QT_TRANSLATE_NOOP("ReportWords", "Month %1 after entry: employment %2, %"),
     (_same, _code("employment"))),
    (r"Month (\d+) after entry: legitimate income or benefits, %",
     QT_TRANSLATE_NOOP("ReportWords", "Month %1 after entry: legitimate income or benefits, %"),
     (_same,)),
    (r"Month (\d+) after entry: contacts",
     QT_TRANSLATE_NOOP("ReportWords", "Month %1 after entry: contacts"), (_same,)),
    (r"Month (\d+) after entry: minutes of contact",
     QT_TRANSLATE_NOOP("ReportWords", "Month %1 after entry: minutes of contact"), (_same,)),
    (r"(6 months|18 months|2 years): people followed that long after entry",
     QT_TRANSLATE_NOOP("ReportWords", "%1: people followed that long after entry"), (_word,)),
    (r"(6 months|18 months|2 years) (before|after) entry: (.+)",
     QT_TRANSLATE_NOOP("ReportWords", "%1 %2 entry: %3"), (_word, _word, _word)),
    (r"Vacancies at (.+), (.+), as of (\d{4}-\d\d-\d\d), (\d+) waiting, stale \((\d+) days old\)",
     QT_TRANSLATE_NOOP("ReportWords",
                       "Vacancies at %1, %2, as of %3, %4 waiting, stale (%5 days old)"),
     (_same, _code("level_of_care"), _same, _same, _same)),
    (r"Vacancies at (.+), (.+), as of (\d{4}-\d\d-\d\d), stale \((\d+) days old\)",
     QT_TRANSLATE_NOOP("ReportWords", "Vacancies at %1, %2, as of %3, stale (%4 days old)"),
     (_same, _code("level_of_care"), _same, _same)),
    (r"Vacancies at (.+), (.+), as of (\d{4}-\d\d-\d\d), (\d+) waiting",
     QT_TRANSLATE_NOOP("ReportWords", "Vacancies at %1, %2, as of %3, %4 waiting"),
     (_same, _code("level_of_care"), _same, _same)),
    (r"Vacancies at (.+), (.+), as of (\d{4}-\d\d-\d\d)",
     QT_TRANSLATE_NOOP("ReportWords", "Vacancies at %1, %2, as of %3"),
     (_same, _code("level_of_care"), _same)),
    (r"Days from referral sent to admission, median, (.+)",
     QT_TRANSLATE_NOOP("ReportWords", "Days from referral sent to admission, median, %1"),
     (_same,)),
    (r"Declined because: (.+)", QT_TRANSLATE_NOOP("ReportWords", "Declined because: %1"),
     (_word,)),
    (r"On the waitlist of (.+) now",
     QT_TRANSLATE_NOOP("ReportWords", "On the waitlist of %1 now"), (_same,)),
]
_DISPARITY = re.compile(r"(.+) by (race|ethnicity|sex|age band): (.+)")
DISPARITY_WORDS = QT_TRANSLATE_NOOP("ReportWords", "%1 by %2: %3")

# figures whose whole name is fixed
PLAIN = {w: w for w in (
    QT_TRANSLATE_NOOP("ReportWords", "Referrals in the period"),
    QT_TRANSLATE_NOOP("ReportWords",
                      "Referrals in the catchment area, % of those with a known area"),
    QT_TRANSLATE_NOOP("ReportWords", "Offers declined"),
    QT_TRANSLATE_NOOP("ReportWords", "Active at the end of the period (active, lost contact, "
                                     "compliance review)"),
    QT_TRANSLATE_NOOP("ReportWords", "Median days since entry of those active"),
    QT_TRANSLATE_NOOP("ReportWords", "Hand-off time, median minutes"),
    QT_TRANSLATE_NOOP("ReportWords", "Hand-off time, 90th percentile minutes (nearest rank)"),
    QT_TRANSLATE_NOOP("ReportWords",
                      "Eligibility review time (review to decision), median hours"),
    QT_TRANSLATE_NOOP("ReportWords", "Eligibility decisions in the period"),
    QT_TRANSLATE_NOOP("ReportWords", "Found eligible"),
    QT_TRANSLATE_NOOP("ReportWords", "Found ineligible"),
    QT_TRANSLATE_NOOP("ReportWords", "Eligibility rate, % of decisions"),
    QT_TRANSLATE_NOOP("ReportWords", "Days from referral to entry, median"),
    QT_TRANSLATE_NOOP("ReportWords", "Intakes completed (entered) in the period"),
    QT_TRANSLATE_NOOP("ReportWords", "Intakes within the deadline"),
    QT_TRANSLATE_NOOP("ReportWords", "Intakes within the deadline, %"),
    QT_TRANSLATE_NOOP("ReportWords", "Entered the program in the period"),
    QT_TRANSLATE_NOOP("ReportWords",
                      "Days from referral sent to admission, median (admitted in the period)"),
    QT_TRANSLATE_NOOP("ReportWords", "Referrals declined by the provider in the period"),
    QT_TRANSLATE_NOOP("ReportWords", "On a provider's waitlist now"),
)}
_COMPILED = [(re.compile(pattern + r"\Z"), words, parts) for pattern, words, parts in PATTERNS]


def _fill(words: str, parts) -> str:
    text = QCoreApplication.translate(CONTEXT, words)
    for n in range(len(parts), 0, -1):  # %10 before %1, were there ten
        text = text.replace(f"%{n}", parts[n - 1])
    return text


def figure_words(label: str) -> str:
    """The figure's name in the user's language (as written when no pattern knows it)."""
    if label in PLAIN:
        return QCoreApplication.translate(CONTEXT, PLAIN[label])
    disparity = _DISPARITY.fullmatch(label)
    if disparity:
        return _capital(_fill(DISPARITY_WORDS, _disparity(*disparity.groups())))
    for pattern, words, say in _COMPILED:
        found = pattern.match(label)
        if found:
            return _fill(words, [s(g) for s, g in zip(say, found.groups())])
    return label


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def chart_title_words(title: str) -> str:
    """A chart's title: a figure's name or the shared start of its bars' names."""
    suffix = ", by month since entry"
    if title.endswith(suffix):
        return QCoreApplication.translate(CONTEXT, "%1, by month since entry").replace(
            "%1", figure_words(title[:-len(suffix)]))
    return figure_words(title)


def in_words(figures):
    """The figures with their names in the user's language (the table and the charts)."""
    return tuple(replace(f, label=figure_words(f.label)) for f in figures)
