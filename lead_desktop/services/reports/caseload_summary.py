"""The caseload section of a report's PDF for a program with many case managers: a county
has thousands, and a row each (four figures each) made a month's PDF 568 pages. Instead:
how many case managers are within the target, above it and over the maximum, how their
caseloads spread, and by name only those above the target (the ones a supervisor acts on).
Every row stays on the Reports page and in the CSV and XLSX exports."""

from __future__ import annotations

from statistics import median

from .figures import Figure

MANY = 25          # more case managers than this: the PDF summarizes
BIN = 5            # caseload sizes counted in bins of five


def is_many(figures) -> bool:
    return len(_loads(figures)) > MANY


def _loads(figures) -> list[Figure]:
    """The caseload figure of each case manager ("caseload.<user id>")."""
    return [f for f in figures if f.section == "caseload" and f.key.count(".") == 1]


def summary(figures, target: int | None = None, maximum: int | None = None,
            ) -> tuple[list[tuple[str, list[tuple[str, int]]]], list[tuple[str, object, str]]]:
    """(charts, rows) of the caseload section: charts as (title, bars), rows as
    (measure, value, level) with the case managers above target last, largest first."""
    loads = _loads(figures)
    sizes = [int(f.value or 0) for f in loads]
    levels = {"ok": 0, "above_target": 0, "over_max": 0}
    for f in loads:
        levels[f.level or "ok"] += 1
    top = max(sizes or [0])
    bins = [(f"{low}-{low + BIN - 1}", sum(1 for s in sizes if low <= s < low + BIN))
            for low in range(0, top + 1, BIN)]
    level_bars = [("within target", levels["ok"]), ("above target", levels["above_target"]),
                  ("over maximum", levels["over_max"])]
    charts = [("Case managers by caseload level", level_bars),
              (f"Case managers by caseload size (cases, in bins of {BIN})", bins)]
    standard = f" (target {target}, maximum {maximum})" if target is not None else ""
    rows: list[tuple[str, object, str]] = [
        ("Case managers" + standard, len(loads), ""),
        ("Cases on a caseload at the end of the period", sum(sizes), ""),
        ("Median caseload", median(sizes) if sizes else None, ""),
        ("Largest caseload", top if sizes else None, ""),
        ("Case managers within target", levels["ok"], ""),
        ("Case managers above target", levels["above_target"], ""),
        ("Case managers over the maximum", levels["over_max"], ""),
    ]
    for days in (14, 30):
        quiet = [f for f in figures if f.key.startswith(f"caseload.no_contact_{days}.")]
        rows.append((f"Cases without contact for {days} days or more, every caseload",
                     sum(int(f.value or 0) for f in quiet), ""))
    above = sorted((f for f in loads if f.level in ("above_target", "over_max")),
                   key=lambda f: (-int(f.value or 0), f.label))
    rows += [(f.label, f.value, f.level) for f in above]
    return charts, rows
