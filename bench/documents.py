"""Benchmark: how long documents take to generate, against a bare reportlab page made in
the same run (the baseline), so the ratios hold on any machine.

    .venv/bin/python bench/documents.py
"""

from __future__ import annotations

import io
import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from bench.timing import measure_with_cpu  # noqa: E402
from lead_desktop.documents import consent, summons  # noqa: E402
from lead_desktop.documents.page import Stamp  # noqa: E402
from tests.documents.test_consent_documents import document  # noqa: E402
from tests.documents.test_summons import DATA  # noqa: E402

STAMP = Stamp(program="Bench LEAD", document_id="B-1", template="bench v1",
              generated_by="bench", generated_at=datetime.now(timezone.utc))


def bare_page() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Hello")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def one_summons() -> bytes:
    return summons.build(DATA, STAMP)


def consent_packet() -> bytes:
    parts = [consent.build(document(kind, "en"), STAMP)
             for kind in ("part2_general", "part2_cj_referral", "hipaa_authorization")]
    return b"".join(parts)


def summons_batch() -> bytes:
    return b"".join(summons.build(DATA, STAMP) for _ in range(500))


def main() -> None:
    base, base_cpu, base_mem = measure_with_cpu(bare_page, 20)
    rows = [("bare reportlab page (baseline)", base, base_mem, 1.0, base_cpu)]
    for name, fn, repeat in (("one summons", one_summons, 10),
                             ("consent packet (3 forms)", consent_packet, 5),
                             ("500 summonses", summons_batch, 1)):
        seconds, cpu, memory = measure_with_cpu(fn, repeat)
        rows.append((name, seconds, memory, seconds / base, cpu))
    print(f"{'document':<32}{'median s':>10}{'peak MB':>10}{'x baseline':>12}{'CPU s':>10}")
    for name, seconds, memory, ratio, cpu in rows:
        print(f"{name:<32}{seconds:>10.4f}{memory:>10.1f}{ratio:>12.0f}{cpu:>10.4f}")


if __name__ == "__main__":
    main()
