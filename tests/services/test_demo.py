"""The demo database: made on first use, opened again while fresh, and made anew (the old
file kept under another name) once it is more than a week old."""

from datetime import timedelta

import pytest

from lead_desktop.services import demo


@pytest.mark.slow  # makes two demo databases (eight accounts each)
def test_an_old_demo_is_set_aside_and_made_again(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "DEMO_PARTICIPANTS", 20)
    first = demo.open_demo(tmp_path)
    fingerprint = first.database.fingerprint
    made = first.database.info().created_at.date()
    first.database.close()
    again = demo.open_demo(tmp_path, today=made + timedelta(days=7))
    assert again.database.fingerprint == fingerprint
    again.database.close()
    renewed = demo.open_demo(tmp_path, today=made + timedelta(days=8))
    assert renewed.database.fingerprint != fingerprint
    renewed.database.close()
    kept = list(tmp_path.glob(f"lead-demo-{made.isoformat()}-*.db"))
    assert len(kept) == 1   # the old demo, renamed, not deleted
