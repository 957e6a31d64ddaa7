"""Database.one_unit: the services a use case calls join one transaction (the import)."""

from __future__ import annotations

import threading
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from lead_desktop.models import ProgramSetting

WHEN = datetime(2026, 3, 2, tzinfo=timezone.utc)


def put(db, key):
    with db.write() as session:    # what a service does
        session.add(ProgramSetting(key=key, value="v", updated_at=WHEN))


def keys(db):
    with db.read() as session:
        return sorted(session.scalars(select(ProgramSetting.key).where(
            ProgramSetting.key.like("t_%"))))


@pytest.mark.postgres
def test_a_failed_service_leaves_nothing_and_the_unit_commits_the_rest(db):
    with db.one_unit():
        put(db, "t_a")
        with pytest.raises(RuntimeError):
            with db.write() as session:
                session.add(ProgramSetting(key="t_b", value="v", updated_at=WHEN))
                session.flush()
                raise RuntimeError("the service refused")
        put(db, "t_c")
        assert keys(db) == ["t_a", "t_c"]          # reads inside see the unit's own writes
        seen = []
        other = threading.Thread(target=lambda: seen.append(keys(db)))
        other.start()
        other.join(30)
        assert seen == [[]]                        # another thread is not part of it
    assert keys(db) == ["t_a", "t_c"]


@pytest.mark.postgres
def test_an_error_in_the_unit_undoes_every_service_in_it(db):
    with pytest.raises(KeyError):
        with db.one_unit():
            put(db, "t_a")
            put(db, "t_b")
            raise KeyError("a dry run ends here")
    assert keys(db) == []
    put(db, "t_after")                             # the thread is free of the unit again
    assert keys(db) == ["t_after"]
