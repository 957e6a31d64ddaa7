"""Which figures a chart shows beside the chosen one: its siblings (the same breakdown:
referrals by type, caseload per case manager, housing categories of one month), or, for a
month after entry, the same measure month by month (housing by month since entry)."""

from __future__ import annotations

import re

from .figures import Figure

_MONTH = re.compile(r"^(?P<head>[a-z_]+)\.m(?P<month>\d+)\.(?P<tail>.+)$")


def series(figures: tuple[Figure, ...] | list[Figure], chosen: Figure,
           ) -> tuple[str, list[tuple[str, float]]]:
    """(title, [(bar label, value)]): numbers only (no suppressed or empty cell)."""
    month = _MONTH.match(chosen.key)
    if month:
        bars = []
        for f in figures:
            m = _MONTH.match(f.key)
            if m and (m["head"], m["tail"]) == (month["head"], month["tail"]) and _number(f):
                bars.append((int(m["month"]), f.value))
        title = chosen.label.split(": ", 1)[-1]
        return f"{title}, by month since entry", [(f"m{m}", v) for m, v in sorted(bars)]
    group = chosen.key.rsplit(".", 1)[0]
    siblings = [f for f in figures if f.key.rsplit(".", 1)[0] == group and _number(f)
                and f.key.count(".") == chosen.key.count(".")]
    if len(siblings) < 2:
        return chosen.label, [(chosen.label, chosen.value)] if _number(chosen) else []
    common = _common_prefix([f.label for f in siblings])
    return common.rstrip(" :,") or chosen.label, [
        (f.label[len(common):] or f.label, f.value) for f in siblings]


def _number(f: Figure) -> bool:
    return isinstance(f.value, (int, float)) and not isinstance(f.value, bool)


def _common_prefix(labels: list[str]) -> str:
    first, last = min(labels), max(labels)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    prefix = first[:n]
    cut = max(prefix.rfind(" "), prefix.rfind(":"))  # whole words only
    return prefix[:cut + 1] if n < len(first) and cut >= 0 else prefix


def charts(figures: tuple[Figure, ...] | list[Figure],
           ) -> list[tuple[str, str, list[tuple[str, float]]]]:
    """Every chart a report has, once each, in the report's order: (section, title, bars)
    for each breakdown of two numbers or more (the page draws the one of the chosen figure;
    a PDF of the report draws them all)."""
    seen, out = set(), []
    for f in figures:
        month = _MONTH.match(f.key)
        group = (month["head"], month["tail"]) if month else \
            (f.key.rsplit(".", 1)[0], f.key.count("."))
        if group in seen or not _number(f):
            continue
        seen.add(group)
        title, bars = series(figures, f)
        # minutes beside counts (the hand-off's median and the hand-offs over 30 minutes)
        # share no scale: such a group stays a table
        # and a chart of nothing but zeros says no more than its table
        if len(bars) >= 2 and len({type(v) for _, v in bars}) == 1 and any(v for _, v in bars):
            out.append((f.section, title, bars))
    return out
