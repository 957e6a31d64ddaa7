"""The grant report as a PDF (outcomes.md §6): the template's measures as a table, and the
referrals per month as a bar chart drawn with reportlab's own graphics (no other charting
library: the same vector drawing prints at any size) with its table beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import Spacer, Table, TableStyle

from lead_desktop.documents import dates, fonts
from lead_desktop.documents.page import Stamp, para, render, styles

if TYPE_CHECKING:  # the figures come in computed: documents do not reach into services
    from lead_desktop.services.reports.grant import GrantReport

TEMPLATE = "grant-report v1"
# the page's own words in the language of the user who saves it (the measures and notes
# come in words: services/reports/grant.in_words)
WORDS = {
    "en": {"period": "{start} to {end}", "measures": "Measures",
           "none_chosen": "No measure chosen in the template.",
           "per_month": "Referrals per month", "month": "Month", "referrals": "Referrals",
           "none": "none recorded"},
    "es": {"period": "del {start} al {end}", "measures": "Medidas",
           "none_chosen": "La plantilla no elige ninguna medida.",
           "per_month": "Remisiones por mes", "month": "Mes", "referrals": "Remisiones",
           "none": "sin registro"},
}


def _value(value, none: str = "none recorded") -> str:
    if value is None:
        return none
    return f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"


def bar_chart(points: tuple[tuple[str, int], ...], width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 30
    chart.width, chart.height = width - 40, height - 45
    chart.data = [[count for _, count in points] or [0]]
    chart.categoryAxis.categoryNames = [label[2:] for label, _ in points] or [""]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 45 if len(points) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(points) > 6 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    top = max([count for _, count in points] or [0])
    chart.valueAxis.valueMax = max(top, 1) * 1.15
    chart.valueAxis.valueStep = max(1, round(top / 4)) if top else 1
    chart.bars[0].fillColor = colors.HexColor("#3b6ea5")
    drawing.add(chart)
    return drawing


def build(report: "GrantReport", stamp: Stamp) -> bytes:
    """In the stamp's language: its dates and the page's own words."""
    s = styles()
    words = WORDS.get(stamp.language, WORDS["en"])
    t = report.template
    f = report.filters
    title = t.title + (f": {t.funder}" if t.funder else "")
    period = words["period"].format(start=dates.day(f.start, stamp.language),
                                    end=dates.day(f.end, stamp.language))
    story = [para(title, s["title"], "title"),
             para(f"{stamp.program} · {period}", s["body"], "period"),
             Spacer(1, 8), para(words["measures"], s["heading"])]
    rows = [[para(label, s["body"], key), para(_value(value, words["none"]), s["body"])]
            for key, label, value in report.rows]
    table = Table(rows or [[para(words["none_chosen"], s["body"]), ""]],
                  colWidths=[5.0 * inch, 1.8 * inch])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [table, Spacer(1, 10), para(words["per_month"], s["heading"])]
    months = [[para(words["month"], s["small"]), para(words["referrals"], s["small"])]] + [
        [para(label, s["small"]), para(str(count), s["small"])]
        for label, count in report.referrals_by_month]
    beside = Table(months, colWidths=[0.75 * inch, 1.05 * inch])
    beside.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
    story.append(Table([[bar_chart(report.referrals_by_month, 4.6 * inch, 2.4 * inch),
                         beside]], colWidths=[4.8 * inch, 2.0 * inch],
                       style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(Spacer(1, 10))
    story += [para(note, s["small"]) for note in report.notes]
    return render(story, stamp, title)
