"""The audit log's codes, read from the code that records them (so a new event without a
label fails tests/services/test_labels.py)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import lead_desktop

SOURCE = Path(lead_desktop.__file__).parent
_ARG = r'[^,()]+(?:\([^()]*\))?'  # a plain argument, or one call such as Actor.system("x")
_RECORD = re.compile(rf'audit\.record\(\s*{_ARG},\s*{_ARG},\s*"([a-z_.]+)"'
                     r'(?:\s+if\s[^"]*else\s+"([a-z_.]+)")?')
# events named from a variable: the source line that makes the name, and what it makes
BUILT = {'f"case.proposal_{outcome}"': ("case.proposal_approved", "case.proposal_declined"),
         'f"export.{kind}"': ("export.csv", "export.xlsx")}


@cache
def _texts() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in sorted(SOURCE.rglob("*.py")))


def audit_events() -> list[str]:
    events: set[str] = set()
    for text in _texts():
        for match in _RECORD.finditer(text):
            events |= {name for name in match.groups() if name}
        events |= set(re.findall(r'deferred_audit\.add\(\s*\w+,\s*"([a-z_.]+)"', text))
        events |= set(re.findall(r'audit_event(?::[^=\n]+)?=\s*"([a-z_.]+)"', text))
        events |= set(re.findall(r'_count_failure\([^"]*"([a-z_.]+)"', text))
        events |= set(re.findall(r'_finish\(\s*\w+,\s*\w+,\s*"([a-z_.]+)"', text))
        for names in re.findall(r'for event in \(([^)]*)\)', text):
            events |= set(re.findall(r'"([a-z_.]+)"', names))
        events |= set(re.findall(r'^[A-Z_]*EVENT = "([a-z_.]+)"', text, re.M))
    everything = "".join(_texts())
    for line, names in BUILT.items():
        assert line in everything, f"{line} is gone: update BUILT"
        events |= set(names)
    assert len(events) > 100  # the reading above still finds them
    return sorted(events)


def audit_records() -> list[str]:
    found = {kind for text in _texts() for kind in re.findall(r'record_type="([a-z_]+)"', text)}
    assert len(found) > 20
    return sorted(found)


def audit_reasons() -> list[str]:
    """The coded reasons (snake_case) the code records: `reason="not_in_caseload"` in an
    audit call or a refusal, the failures counted and the ends of sessions."""
    reasons: set[str] = set()
    for text in _texts():
        reasons |= set(re.findall(r'\breason="([a-z]+(?:_[a-z]+)*)"', text))
        reasons |= set(re.findall(r'_count_failure\([^)]*"([a-z_]+)"\)', text))
        reasons |= set(re.findall(r'"(password_re[a-z]+)"', text))
    session_check = (SOURCE / "security" / "session_check.py").read_text(encoding="utf-8")
    reasons |= set(re.findall(r'return "([a-z_]+)"', session_check))
    assert len(reasons) > 20  # the reading above still finds them
    return sorted(reasons)
