"""The recovery-key sheet (documents.md §10). Returned as bytes for printing: the app prints
it directly and never saves it to disk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.platypus import Spacer, Table, TableStyle

from lead_desktop.documents import fonts
from lead_desktop.documents.page import Stamp, para, render, styles

TEMPLATE = "recovery-key-sheet v1"
INSTRUCTIONS = [
    "Keep this sheet in a locked safe. Whoever holds this key can open every record in the "
    "database.",
    "Use it when a workstation is replaced or its credential store changes: choose “Unlock "
    "with recovery key” at startup, or run lead-admin enroll.",
    "Replace it when a key holder leaves: an administrator runs lead-admin rekey, prints the "
    "new sheet, and destroys this one.",
    "Letters O, I and L may be typed as 0, 1 and 1; spaces and dashes do not matter.",
]


@dataclass(frozen=True)
class RecoverySheet:
    database_name: str
    location: str
    fingerprint: str
    recovery_key: str
    created_at: datetime
    created_by: str


def build(sheet: RecoverySheet, stamp: Stamp) -> bytes:
    s = styles()
    groups = sheet.recovery_key.split("-")
    rows = [groups[i:i + 4] for i in range(0, len(groups), 4)]
    key_table = Table(rows, colWidths=[1.3 * 72] * 4)
    key_table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.BOLD, 16),
        ("BOX", (0, 0), (-1, -1), 1, "black"),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, "grey"),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ]))
    signatures = Table([["Created by (print name)", "Signature", "Date"],
                        ["", "", ""],
                        ["Witnessed by (print name)", "Signature", "Date"],
                        ["", "", ""]], colWidths=[2.6 * 72, 2.6 * 72, 1.6 * 72],
                       rowHeights=[14, 30, 14, 30])
    signatures.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8),
        ("LINEBELOW", (0, 1), (-1, 1), 0.75, "black"),
        ("LINEBELOW", (0, 3), (-1, 3), 0.75, "black"),
    ]))
    story = [
        para("Database Recovery Key – KEEP LOCKED", s["title"]),
        para(f"Database: {sheet.database_name}", s["body"], "database name"),
        para(f"Location: {sheet.location}", s["body"], "location"),
        para(f"Fingerprint: {sheet.fingerprint}", s["body"]),
        para(f"Created on {sheet.created_at:%Y-%m-%d %H:%M %Z} by {sheet.created_by}",
             s["body"], "created by"),
        Spacer(1, 14), key_table, Spacer(1, 14),
        *[para(f"• {line}", s["body"]) for line in INSTRUCTIONS],
        Spacer(1, 24), signatures,
    ]
    return render(story, stamp, "Database Recovery Key")
