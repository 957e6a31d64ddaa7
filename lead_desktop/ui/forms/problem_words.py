"""The services' field messages in the user's language. The services (Qt-free) say what is
wrong in English; each literal message they can give is listed here once, so the
translation tool finds it and a Spanish-speaking user reads it in Spanish. A message with a
value inside (a length, a program's name, a list of choices) is matched by its pattern: the
value stays as the service wrote it, the words around it are translated.
tests/ui/test_problem_words.py checks that every literal message of the services is here."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def _words() -> dict[str, str]:
    return {
        '"any and all records" is not specific enough':
            QCoreApplication.translate(
                "FieldProblems", '"any and all records" is not specific enough'),
        '0 to 600 minutes':
            QCoreApplication.translate(
                "FieldProblems", '0 to 600 minutes'),
        'a Saturday or Sunday is never a business day already':
            QCoreApplication.translate(
                "FieldProblems", 'a Saturday or Sunday is never a business day already'),
        'a named recipient needs an address':
            QCoreApplication.translate(
                "FieldProblems", 'a named recipient needs an address'),
        'an alias needs a last name':
            QCoreApplication.translate(
                "FieldProblems", 'an alias needs a last name'),
        'at most 100 characters':
            QCoreApplication.translate(
                "FieldProblems", 'at most 100 characters'),
        'attach the signed copy before the consent becomes active':
            QCoreApplication.translate(
                "FieldProblems", 'attach the signed copy before the consent becomes active'),
        'before the event':
            QCoreApplication.translate(
                "FieldProblems", 'before the event'),
        'cannot be in the future':
            QCoreApplication.translate(
                "FieldProblems", 'cannot be in the future'),
        'cannot be negative':
            QCoreApplication.translate(
                "FieldProblems", 'cannot be negative'),
        'describe the information specifically (20+ characters)':
            QCoreApplication.translate(
                "FieldProblems", 'describe the information specifically (20+ characters)'),
        'funded slots and vacancies cannot exceed the total':
            QCoreApplication.translate(
                "FieldProblems", 'funded slots and vacancies cannot exceed the total'),
        'give an expiry date or event':
            QCoreApplication.translate(
                "FieldProblems", 'give an expiry date or event'),
        'give the estimated year':
            QCoreApplication.translate(
                "FieldProblems", 'give the estimated year'),
        'gives an age outside 10 to 110':
            QCoreApplication.translate(
                "FieldProblems", 'gives an age outside 10 to 110'),
        'grams (g) or dosage units':
            QCoreApplication.translate(
                "FieldProblems", 'grams (g) or dosage units'),
        'immediate or long term':
            QCoreApplication.translate(
                "FieldProblems", 'immediate or long term'),
        'name each recipient, or its class':
            QCoreApplication.translate(
                "FieldProblems", 'name each recipient, or its class'),
        'needs a time zone (a time without one is ambiguous)':
            QCoreApplication.translate(
                "FieldProblems", 'needs a time zone (a time without one is ambiguous)'),
        'needs a value':
            QCoreApplication.translate(
                "FieldProblems", 'needs a value'),
        "print the signer's name":
            QCoreApplication.translate(
                "FieldProblems", "print the signer's name"),
        'required':
            QCoreApplication.translate(
                "FieldProblems", 'required'),
        'required for a community referral':
            QCoreApplication.translate(
                "FieldProblems", 'required for a community referral'),
        'required for a §2.35 consent (no later than final disposition)':
            QCoreApplication.translate(
                "FieldProblems", 'required for a §2.35 consent (no later than final disposition)'),
        'required for an arrest diversion':
            QCoreApplication.translate(
                "FieldProblems", 'required for an arrest diversion'),
        'required for an offense code':
            QCoreApplication.translate(
                "FieldProblems", 'required for an offense code'),
        'required when the absence is excused':
            QCoreApplication.translate(
                "FieldProblems", 'required when the absence is excused'),
        'required when the person did not agree':
            QCoreApplication.translate(
                "FieldProblems", 'required when the person did not agree'),
        'required: it prints on every summons':
            QCoreApplication.translate(
                "FieldProblems", 'required: it prints on every summons'),
        "required: the holiday's name in English":
            QCoreApplication.translate(
                "FieldProblems", "required: the holiday's name in English"),
        'required: verified prior activity in the area':
            QCoreApplication.translate(
                "FieldProblems", 'required: verified prior activity in the area'),
        'required: what the code means, in English':
            QCoreApplication.translate(
                "FieldProblems", 'required: what the code means, in English'),
        'required: where the referral originates':
            QCoreApplication.translate(
                "FieldProblems", 'required: where the referral originates'),
        'say where you looked (court, jail, state records)':
            QCoreApplication.translate(
                "FieldProblems", 'say where you looked (court, jail, state records)'),
        'sign on the pad':
            QCoreApplication.translate(
                "FieldProblems", 'sign on the pad'),
        "the goal, in the participant's own words":
            QCoreApplication.translate(
                "FieldProblems", "the goal, in the participant's own words"),
        'the last 4 digits of the SSN only':
            QCoreApplication.translate(
                "FieldProblems", 'the last 4 digits of the SSN only'),
        'the participant signs':
            QCoreApplication.translate(
                "FieldProblems", 'the participant signs'),
        'unknown level of care':
            QCoreApplication.translate(
                "FieldProblems", 'unknown level of care'),
        'wet ink (scanned) or e-signature':
            QCoreApplication.translate(
                "FieldProblems", 'wet ink (scanned) or e-signature'),
        'contains a broken character (a lone surrogate); please type it again':
            QCoreApplication.translate(
                "FieldProblems",
                'contains a broken character (a lone surrogate); please type it again'),
        'must stay on one line':
            QCoreApplication.translate(
                "FieldProblems", 'must stay on one line'),
        'must contain at least one letter':
            QCoreApplication.translate(
                "FieldProblems", 'must contain at least one letter'),
        'required: say what the paper is':
            QCoreApplication.translate(
                "FieldProblems", 'required: say what the paper is'),
        'another agency has this name':
            QCoreApplication.translate(
                "FieldProblems", 'another agency has this name'),
        "choose a court of the program's directory":
            QCoreApplication.translate(
                "FieldProblems", "choose a court of the program's directory"),
    }


def _patterns() -> tuple[tuple[str, str], ...]:
    """Messages with a value inside (a length, a program's name, a list of codes): the
    value is kept, the words around it translated (a tester saw them in English)."""
    translate = QCoreApplication.translate
    return (
        (r"at most (?P<limit>[\d,.]+) characters \(this has (?P<count>[\d,.]+)\)",
         translate("FieldProblems", "at most {limit} characters (this has {count})")),
        (r"required: (?P<program>.+) has a quantity threshold",
         translate("FieldProblems", "required: {program} has a quantity threshold")),
        (r"required with the quantity: grams \(g\) or dosage units "
         r"\((?P<program>.+) has a quantity threshold\)",
         translate("FieldProblems", "required with the quantity: grams (g) or dosage units "
                                    "({program} has a quantity threshold)")),
        (r"(?P<program>.+) accepts: (?P<choices>.+)",
         translate("FieldProblems", "{program} accepts: {choices}")),
        (r"(?P<program>.+) diverts arrests for: (?P<choices>.+)",
         translate("FieldProblems", "{program} diverts arrests for: {choices}")),
        (r"one of (?P<choices>.+)", translate("FieldProblems", "one of {choices}")),
        (r"“(?P<typed>.+)” is not a day and time like “Mon 09:00”",
         translate("FieldProblems", "“{typed}” is not a day and time like “Mon 09:00”")),
    )


def _with_values(message: str) -> str:
    for pattern, words in _patterns():
        found = re.fullmatch(pattern, message)
        if found:
            try:
                return words.format(**found.groupdict())
            except (KeyError, IndexError, ValueError):  # a translation that broke a {name}
                return message
    return message


def in_user_language(message: str) -> str:
    """The message in the language the app is shown in; unchanged if it is not a known one."""
    return _words().get(message) or _with_values(message)


def all_in_user_language(problems: dict[str, str]) -> dict[str, str]:
    words = _words()
    return {field: words.get(text) or _with_values(text) for field, text in problems.items()}


def in_one_line(problems: dict[str, str]) -> str:
    """For a form with one message line instead of a message under each field."""
    return "; ".join(all_in_user_language(problems).values())
