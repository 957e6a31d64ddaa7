"""A role's dashboard (issue 17): the charts people would rather look at than read, each a
table of rows by columns whose cells keep the cases behind them. Pure functions over the
rows a report loads (rows.py) and the evaluation's figures (housing by month since entry)."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date

from lead_desktop.services.care.outcome_service import HOUSING
from lead_desktop.services.labels import Coded
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message
from lead_desktop.services.program.vocabulary import ReferralType

from .caseload import ON_CASELOAD, level
from .disparity import SMALL_CELL, SUPPRESSED
from .figures import Figure, Report, ReportFilter
from .operations import ENROLLED, EXIT_STATES
from .rows import Loaded

ATTENDANCE = ("attended", "missed", "excused")
# The words of the dashboard are messages (context "Dashboard"): English as text, the
# screen and the exports in the language of the user who looks (ui/pages/dashboard_page.py)
WORDS = "Dashboard"


def _w(text: str, **values: object) -> Message:
    return message(WORDS, text, **values)


LEVEL_WORDS = {"ok": _w(QT_TRANSLATE_NOOP("Dashboard", "within target")),
               "above_target": _w(QT_TRANSLATE_NOOP("Dashboard", "above target")),
               "over_max": _w(QT_TRANSLATE_NOOP("Dashboard", "over maximum"))}
MANY_MANAGERS = 25   # more case managers than this: the chart shows how many in each level


@dataclass(frozen=True)
class Cell:
    value: int | float | str | None
    case_ids: tuple[str, ...] = ()
    people: int | None = None   # how many people the value rests on (None: not people)


Words = str | Message   # a month, a person's name, or words the UI translates


@dataclass(frozen=True)
class Panel:
    key: str
    title: Message
    columns: tuple[Words, ...]
    rows: tuple[tuple[Words, tuple[Cell, ...]], ...]  # (row label, a cell per column)
    charted: tuple[int, ...] = ()                    # the columns the chart draws (all: ())
    lines: tuple[tuple[Words, float], ...] = ()      # reference lines: capacity, target
    note: Words = ""
    kind: str = ""                                   # the columns are codes of this kind
    codes: tuple[str, ...] = ()                      # (services/labels.py), for the screen

    def chart_columns(self) -> tuple[int, ...]:
        return self.charted or tuple(range(len(self.columns)))

    def column_words(self) -> tuple[object, ...]:
        """The columns as said to a reader: a code's label, or the column's words."""
        if self.codes:
            return tuple(Coded(self.kind, code) for code in self.codes)
        return self.columns


@dataclass(frozen=True)
class Dashboard:
    filters: ReportFilter
    view: str                      # "program" | "caseload" | "totals" | "deidentified"
    panels: tuple[Panel, ...]
    drill_down: bool

    def panel(self, key: str) -> Panel:
        return next(p for p in self.panels if p.key == key)

    def as_report(self, say=str) -> Report:
        """The same numbers as a report's figures (CSV, XLSX and PDF exports); `say` gives
        the words in the exporting user's language (English: str). The keys stay English."""
        figures = []
        for p in self.panels:
            for label, cells in p.rows:
                for column, words, cell in zip(p.columns, p.column_words(), cells):
                    value = say(LEVEL_WORDS[cell.value]) if isinstance(cell.value, str) \
                        and cell.value in LEVEL_WORDS else cell.value
                    figures.append(Figure(p.key, f"{p.key}.{label}.{column}",
                                          f"{say(p.title)}: {say(label)}, {say(words)}", value,
                                          cell.case_ids if self.drill_down else ()))
        notes = () if self.drill_down else (
            say(_w(QT_TRANSLATE_NOOP("Dashboard", "Counts of 1 to 10 people are shown as <11."))),)
        return Report(self.filters, tuple(figures), self.drill_down, notes, kind="dashboard")


def months(period: ReportFilter) -> list[tuple[str, date, date]]:
    """(label, first day, last day) of each month the period touches, cut to the period."""
    out, day = [], period.start.replace(day=1)
    while day <= period.end:
        last = day.replace(day=monthrange(day.year, day.month)[1])
        out.append((f"{day:%Y-%m}", max(day, period.start), min(last, period.end)))
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return out


def _cell(ids) -> Cell:
    ids = tuple(sorted(set(ids)))
    return Cell(len(ids), ids, len(ids))


def _month_of(day: date, spans) -> str | None:
    for label, first, last in spans:
        if first <= day <= last:
            return label
    return None


def referrals_by_month(loaded: Loaded, spans) -> Panel:
    kinds = [k.value for k in ReferralType]
    got: dict[tuple[str, str], list[str]] = {}
    for c in loaded.cases:
        month = c.referred_at and _month_of(c.referred_at.date(), spans)
        if month:
            got.setdefault((month, c.referral_type), []).append(c.id)
    return Panel("referrals_by_month",
                 _w(QT_TRANSLATE_NOOP("Dashboard", "Referrals per month by type")),
                 tuple(k.replace("_", " ") for k in kinds),
                 tuple((m, tuple(_cell(got.get((m, k), ())) for k in kinds))
                       for m, _, _ in spans), kind="referral_type", codes=tuple(kinds))


def active_against_capacity(loaded: Loaded, spans, capacity: int | None) -> Panel:
    rows = []
    for month, _, last in spans:
        active = [c.id for c in loaded.cases if c.state_on(last) in ENROLLED]
        cells = (_cell(active),) + ((Cell(capacity),) if capacity else ())
        rows.append((month, cells))
    capacity_words = _w(QT_TRANSLATE_NOOP("Dashboard", "capacity"))
    columns = (_w(QT_TRANSLATE_NOOP("Dashboard", "active at the month's end")),) + (
        (capacity_words,) if capacity else ())
    return Panel("active_capacity", _w(QT_TRANSLATE_NOOP(
                     "Dashboard", "Active participants against the program's capacity")),
                 columns, tuple(rows), charted=(0,),
                 lines=((capacity_words, float(capacity)),) if capacity else (),
                 note="" if capacity else _w(QT_TRANSLATE_NOOP(
                     "Dashboard", "The program profile sets no capacity.")))


def intake_on_time(loaded: Loaded, spans) -> Panel:
    rows = []
    for month, first, last in spans:
        entered = [c for c in loaded.cases if c.entered_on and first <= c.entered_on <= last
                   and c.intake_on_time is not None]
        on_time = [c.id for c in entered if c.intake_on_time]
        share = round(100.0 * len(on_time) / len(entered), 1) if entered else None
        rows.append((month, (_cell(c.id for c in entered), _cell(on_time),
                             Cell(share, tuple(sorted(on_time)), len(entered)))))
    return Panel("intake_on_time",
                 _w(QT_TRANSLATE_NOOP("Dashboard", "Intakes within the deadline")),
                 (_w(QT_TRANSLATE_NOOP("Dashboard", "intakes")),
                  _w(QT_TRANSLATE_NOOP("Dashboard", "within the deadline")),
                  _w(QT_TRANSLATE_NOOP("Dashboard", "within the deadline, %"))), tuple(rows),
                 charted=(0, 1))


def attendance(loaded: Loaded, spans) -> Panel:
    values = list(ATTENDANCE) + sorted({a.attendance for a in loaded.appointments
                                        if a.attendance} - set(ATTENDANCE))
    got: dict[tuple[str, str], list[str]] = {}
    for a in loaded.appointments:
        month = a.attendance and _month_of(a.day, spans)
        if month:
            got.setdefault((month, a.attendance), []).append(a.case_id)
    rows = []
    for m, _, _ in spans:  # appointments counted, the people behind them kept
        rows.append((m, tuple(Cell(len(got.get((m, v), ())), tuple(sorted(set(got.get(
            (m, v), ())))), len(set(got.get((m, v), ())))) for v in values)))
    return Panel("attendance", _w(QT_TRANSLATE_NOOP("Dashboard", "Appointments by attendance")),
                 tuple(v.replace("_", " ") for v in values), tuple(rows), kind="attendance",
                 codes=tuple(values))


def exits_by_type(loaded: Loaded, spans) -> Panel:
    states = [s.value for s in EXIT_STATES]
    got: dict[tuple[str, str], list[str]] = {}
    for c in loaded.cases:
        for move in c.moves:
            month = move.to_state in states and _month_of(move.at.date(), spans)
            if month:
                got.setdefault((month, move.to_state), []).append(c.id)
    return Panel("exits_by_type", _w(QT_TRANSLATE_NOOP("Dashboard", "Exits by type")),
                 tuple(s.replace("_", " ") for s in states),
                 tuple((m, tuple(_cell(got.get((m, s), ())) for s in states))
                       for m, _, _ in spans), kind="state", codes=tuple(states))


def housing_by_month(evaluation: list[Figure]) -> Panel:
    """From the evaluation's figures of the people who entered in the period: the share in
    each housing category at each month since entry."""
    by_key = {f.key: f for f in evaluation}
    rows = []
    for m in range(0, 19):
        recorded = by_key.get(f"snapshots.m{m}.recorded")
        if recorded is None:
            continue
        cells = []
        for value in HOUSING:
            f = by_key.get(f"snapshots.m{m}.housing.{value}")
            cells.append(Cell(f.value if f else None, f.case_ids if f else (),
                              recorded.value))
        rows.append((_w(QT_TRANSLATE_NOOP("Dashboard", "month {number}"), number=m),
                     tuple(cells)))
    return Panel("housing_by_month", _w(QT_TRANSLATE_NOOP(
                     "Dashboard", "Housing by month since entry, % of snapshots")),
                 tuple(h.replace("_", " ") for h in HOUSING), tuple(rows),
                 note="" if rows else _w(QT_TRANSLATE_NOOP(
                     "Dashboard", "No monthly snapshot of the people who entered in the "
                                  "period.")), kind="housing", codes=HOUSING)


def caseloads(loaded: Loaded, period: ReportFilter, target: int, maximum: int,
              by_name: bool) -> list[Panel]:
    """How many case managers are within the target, above it and over the maximum; and,
    for the roles that see cases, each case manager's caseload against the standard."""
    held: dict[str, list[str]] = {}
    for c in loaded.cases:
        if c.case_manager_id and c.state_on(period.end) in ON_CASELOAD:
            held.setdefault(c.case_manager_id, []).append(c.id)
    people = sorted(loaded.case_managers.items(), key=lambda kv: kv[1])
    levels = {"ok": [], "above_target": [], "over_max": []}
    for user_id, _ in people:
        levels[level(len(held.get(user_id, ())), target, maximum)].append(user_id)
    words = {"ok": _w(QT_TRANSLATE_NOOP("Dashboard", "within target (0-{target})"),
                      target=target),
             "above_target": _w(QT_TRANSLATE_NOOP("Dashboard", "above target ({low}-{high})"),
                                low=target + 1, high=maximum),
             "over_max": _w(QT_TRANSLATE_NOOP("Dashboard", "over maximum ({low} or more)"),
                            low=maximum + 1)}
    out = [Panel("caseload_levels", _w(QT_TRANSLATE_NOOP(
                     "Dashboard", "Case managers by caseload against the standard")),
                 (_w(QT_TRANSLATE_NOOP("Dashboard", "case managers")),
                  _w(QT_TRANSLATE_NOOP("Dashboard", "their cases"))),
                 tuple((words[k], (Cell(len(ids)), _cell(c for u in ids for c in held.get(
                     u, ())))) for k, ids in levels.items()), charted=(0,))]
    if by_name:
        rows = tuple((name, (_cell(held.get(u, ())),
                             Cell(level(len(held.get(u, ())), target, maximum))))
                     for u, name in people)
        out.append(Panel("caseload", _w(QT_TRANSLATE_NOOP(
                             "Dashboard", "Caseload per case manager against the standard")),
                         (_w(QT_TRANSLATE_NOOP("Dashboard", "cases")),
                          _w(QT_TRANSLATE_NOOP("Dashboard", "level"))), rows, charted=(0,),
                         lines=((_w(QT_TRANSLATE_NOOP("Dashboard", "target")), float(target)),
                                (_w(QT_TRANSLATE_NOOP("Dashboard", "maximum")), float(maximum))),
                         note="" if len(rows) <= MANY_MANAGERS else _w(QT_TRANSLATE_NOOP(
                             "Dashboard", "{count} case managers: the chart shows the {shown} "
                                          "largest caseloads; every one is in the table."),
                             count=len(rows), shown=MANY_MANAGERS)))
    return out


def suppressed(panel: Panel) -> Panel:
    """For shared figures (program totals, the evaluator's view): a value resting on 1 to
    10 people is shown as <11, and no cell keeps its cases."""
    rows = []
    for label, cells in panel.rows:
        rows.append((label, tuple(
            Cell(SUPPRESSED if c.people is not None and 0 < c.people < SMALL_CELL
                 and c.value not in (None, 0) else c.value, (), c.people)
            for c in cells)))
    return replace(panel, rows=tuple(rows))
