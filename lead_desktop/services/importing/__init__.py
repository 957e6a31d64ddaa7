"""Bringing a program's roster and history in from a spreadsheet (XLSX or CSV)."""
