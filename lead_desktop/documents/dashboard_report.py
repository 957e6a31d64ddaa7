"""A report of the Reports page as a PDF (any dashboard: operations and caseload,
evaluation, providers, disparity): for each section its charts, each with the table of its
bars beside it, then every figure of the section in a table. Drawn with reportlab's own
graphics, as the grant report (documents/grant_report.py)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from lead_desktop.documents import fonts
from lead_desktop.documents.page import Stamp, para, render, styles

TEMPLATE = "report v1"
MAX_BARS = 25   # a chart fits on one page
BESIDE = 12     # up to this many bars, their table beside the chart; more, under it
_LEVEL_COLORS = {"above_target": colors.HexColor("#ffe08a"),
                 "over_max": colors.HexColor("#f4a6a6")}
# the tables' own words, in the language of the user who saves the PDF (Dashboard.language)
TABLE_WORDS = {
    "en": {"bar": "Bar", "value": "Value", "measure": "Measure", "level": "Caseload level",
           "largest": "{title} (the {shown} largest of {total}; every one is in the table "
                      "below)", "none": "none recorded"},
    "es": {"bar": "Barra", "value": "Valor", "measure": "Medida",
           "level": "Nivel de carga de casos",
           "largest": "{title} (las {shown} mayores de {total}; todas están en la tabla de "
                      "abajo)", "none": "sin registro"},
}


@dataclass(frozen=True)
class Grouped:
    """A chart of rows (months) with a bar per series (referral types), its table beside."""
    title: str
    series: tuple[str, ...]
    rows: tuple[tuple[str, tuple[object, ...]], ...]   # (row label, a value per series)
    charted: tuple[int, ...] = ()                      # the series drawn (all: ())

    def drawn(self) -> tuple[int, ...]:
        return self.charted or tuple(range(len(self.series)))


@dataclass(frozen=True)
class Section:
    title: str
    charts: tuple[tuple[str, tuple[tuple[str, object], ...]], ...]   # (title, bars)
    rows: tuple[tuple[str, str, str], ...]                          # (measure, value, level)
    grouped: tuple[Grouped, ...] = ()


@dataclass(frozen=True)
class Dashboard:
    title: str
    period: str
    filters: tuple[str, ...]      # "Case manager: every one", ... in words
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()
    language: str = "en"           # of the tables' own words (the rest comes in words)
    level_words: tuple[tuple[str, str], ...] = ()   # a row's level code -> its words


def build(dashboard: Dashboard, stamp: Stamp) -> bytes:
    s = styles()
    words = TABLE_WORDS.get(dashboard.language, TABLE_WORDS["en"])
    story = [para(dashboard.title, s["title"], "title"),
             para(f"{stamp.program} · {dashboard.period}", s["body"], "period")]
    story += [para(line, s["small"]) for line in dashboard.filters]
    story += [para(note, s["small"]) for note in dashboard.notes]
    for section in dashboard.sections:
        story += [Spacer(1, 10), CondPageBreak(2.6 * inch), para(section.title, s["heading"])]
        for chart in section.grouped:
            head = [para(chart.title, s["small"], "chart")] if chart.title else []
            story += [KeepTogether(head + [grouped_chart(chart, 6.9 * inch)]),
                      _grouped_table(chart, s, words), Spacer(1, 6)]
        for title, bars in section.charts:
            if len(bars) > MAX_BARS:   # a county's officers: the largest, the rest in the table
                title = words["largest"].format(title=title, shown=MAX_BARS,
                                                total=len(bars))
                bars = tuple(sorted(bars, key=lambda b: -_number(b[1]))[:MAX_BARS])
            if len(bars) <= BESIDE:
                story.append(KeepTogether([para(title, s["small"], "chart"),
                                           _chart_with_table(bars, s, words)]))
            else:   # a long table goes under its chart, where it may run onto the next page
                story.append(KeepTogether([para(title, s["small"], "chart"),
                                           bar_chart(bars, 6.9 * inch)]))
                story.append(_bar_table(bars, s, 4.6 * inch, words))
            story.append(Spacer(1, 6))
        if section.rows or not section.grouped:
            story.append(_figures_table(section.rows, s, words,
                                        dict(dashboard.level_words)))
    return render(story, stamp, dashboard.title)


def bar_chart(bars: tuple[tuple[str, object], ...], width: float) -> Drawing:
    """Horizontal bars: a measure's words fit on the left, however long (cut at 34
    characters; the table beside has them whole), first bar at the top."""
    label_width, each = 2.1 * inch, 15
    height = len(bars) * each + 34
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 20
    chart.width, chart.height = width - label_width - 12, len(bars) * each
    values = [float(v) if isinstance(v, (int, float)) else 0.0 for _, v in bars]
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [_short(str(label)) for label, _ in reversed(bars)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    top = max(values or [0])
    chart.valueAxis.valueMax = top * 1.15 if top > 0 else 1
    if all(isinstance(v, int) for _, v in bars):   # counts: whole steps only
        chart.valueAxis.valueStep = max(1, round((top or 1) / 4))
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = colors.HexColor("#3b6ea5")
    drawing.add(chart)
    return drawing


SERIES_COLORS = [colors.HexColor(c) for c in ("#3b6ea5", "#e08a3b", "#5aa05a", "#b04a4a",
                                              "#8a6bb0", "#4aa6a6", "#a68a3b")]


def grouped_chart(chart: Grouped, width: float) -> Drawing:
    """Vertical bars, a group per row and a color per series, with a legend; a value that
    is not a number (a hidden "<11") draws no bar. At most 25 rows (the table has all)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend

    rows = chart.rows[-MAX_BARS:]
    height = 150 + 14 * ((len(chart.drawn()) + 3) // 4)
    drawing = Drawing(width, height)
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 30, 30, width - 40, 110
    drawn = chart.drawn()
    bars.data = [[_number(values[i]) for _, values in rows] for i in drawn]
    bars.categoryAxis.categoryNames = [_short(label) for label, _ in rows]
    bars.categoryAxis.labels.fontName = fonts.REGULAR
    bars.categoryAxis.labels.fontSize = 6
    bars.valueAxis.valueMin = 0
    top = max([v for series in bars.data for v in series] + [0])
    bars.valueAxis.valueMax = top * 1.15 if top > 0 else 1
    if all(isinstance(values[i], int) for _, values in rows for i in drawn):
        bars.valueAxis.valueStep = max(1, round((top or 1) / 4))   # counts: whole steps
    bars.valueAxis.labels.fontName = fonts.REGULAR
    bars.valueAxis.labels.fontSize = 7
    for i in range(len(drawn)):
        bars.bars[i].fillColor = SERIES_COLORS[i % len(SERIES_COLORS)]
    drawing.add(bars)
    if len(drawn) > 1:
        legend = Legend()
        legend.x, legend.y = 30, height - 4
        legend.fontName, legend.fontSize = fonts.REGULAR, 7
        legend.columnMaximum, legend.alignment = 1, "right"
        legend.dx = legend.dy = 6
        legend.deltax = max(60, 6 * max(len(chart.series[i]) for i in drawn))
        legend.colorNamePairs = [(SERIES_COLORS[n % len(SERIES_COLORS)], chart.series[i])
                                 for n, i in enumerate(drawn)]
        drawing.add(legend)
    return drawing


def _grouped_table(chart: Grouped, s, words: dict[str, str] = TABLE_WORDS["en"]) -> Table:
    head = [""] + [para(name, s["small"]) for name in chart.series]
    body = [head] + [[para(label, s["small"], "bar")] + [para(value_text(v, words["none"]),
                                                              s["small"])
                                                        for v in values]
                     for label, values in chart.rows]
    first = 1.6 * inch
    rest = (6.9 * inch - first) / max(1, len(chart.series))
    table = Table(body, colWidths=[first] + [rest] * len(chart.series), repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5"))]))
    return table


def _number(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


def _short(label: str) -> str:
    return label if len(label) <= 34 else label[:33] + "…"


def _bar_table(bars: tuple[tuple[str, object], ...], s, label_width: float,
               words: dict[str, str] = TABLE_WORDS["en"]) -> Table:
    table = Table([[para(words["bar"], s["small"]), para(words["value"], s["small"])]] + [
        [para(str(label), s["small"], "bar"), para(value_text(value), s["small"])]
        for label, value in bars], colWidths=[label_width, 0.7 * inch], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _chart_with_table(bars: tuple[tuple[str, object], ...], s, words) -> Table:
    return Table([[bar_chart(bars, 4.4 * inch), _bar_table(bars, s, 1.5 * inch, words)]],
                 colWidths=[4.6 * inch, 2.3 * inch],
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP")])


def _figures_table(rows: tuple[tuple[str, str, str], ...], s,
                   words: dict[str, str] = TABLE_WORDS["en"],
                   level_words: dict[str, str] | None = None) -> Table:
    """`level_words`: a row's level is a code shown in these words (else words already)."""
    level_words = level_words or {}
    levels = any(level for _, _, level in rows)   # only the caseload has levels
    head = [para(words["measure"], s["small"]), para(words["value"], s["small"])]
    body = [head + [para(words["level"], s["small"])] if levels else head]
    for label, value, level in rows:
        line = [para(label, s["small"], "measure"), para(value, s["small"])]
        shown = level_words.get(level, level)
        body.append(line + [para(shown, s["small"]) if level else ""] if levels else line)
    widths = [4.6 * inch, 1.0 * inch, 1.3 * inch] if levels else [5.9 * inch, 1.0 * inch]
    table = Table(body, colWidths=widths, repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5"))]
    for i, (_, _, level) in enumerate(rows, start=1):
        color = _LEVEL_COLORS.get(level) or _LEVEL_COLORS.get(
            {"above target": "above_target", "over maximum": "over_max"}.get(level, ""))
        if color is not None:
            style.append(("BACKGROUND", (0, i), (-1, i), color))
    table.setStyle(TableStyle(style))
    return table


def value_text(value: object, none: str = "none recorded") -> str:
    if value is None:
        return none
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    return str(value)
