"""Printable documents (reportlab, no Qt): one module per document on a shared page."""
