"""The app's side of keeping the database safe: backups on demand and by day, the folder,
and who is connected — with the role checks of the administration page."""

import pytest

from lead_desktop.errors import InvalidInput, PermissionDenied
from lead_desktop.security.roles import Role
from lead_desktop.services.maintenance import MaintenanceService, WorkstationPresence


def test_administrator_backs_up_and_moves_the_folder(db, staff, tmp_path):
    service = MaintenanceService(db)
    admin = staff[Role.ADMINISTRATOR]
    assert service.backup_status(admin).newest is None
    made = service.back_up_now(admin)
    assert service.backup_status(admin).newest.path == made
    assert service.daily_backup(staff[Role.CASE_MANAGER]) is None  # today's exists
    moved = service.set_backup_folder(admin, tmp_path / "nas")
    assert service.backup_status(admin).folder == moved
    assert service.daily_backup(staff[Role.CASE_MANAGER]).parent == moved
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(InvalidInput):
        service.set_backup_folder(admin, blocked)


def test_others_may_not_manage_backups(db, staff):
    service = MaintenanceService(db)
    with pytest.raises(PermissionDenied):
        service.back_up_now(staff[Role.CASE_MANAGER])
    with pytest.raises(PermissionDenied):
        service.connected(staff[Role.OFFICER])


def test_presence_from_open_to_close(db, staff):
    service = MaintenanceService(db)
    here = WorkstationPresence(db)
    here.beat(username="admin")
    assert [p.username for p in service.connected(staff[Role.AUDITOR])] == ["admin"]
    here.leave()
    assert service.connected(staff[Role.AUDITOR]) == []


def test_the_newest_backup_of_a_damaged_file_is_named(db, system_actor):
    from lead_desktop.db import backup_set
    from lead_desktop.services.maintenance import newest_backup_of
    from tests.db.interruptions import damage_a_page_past_the_first

    made = backup_set.make(db, system_actor)
    db.close()
    damage_a_page_past_the_first(db.path, page=2)
    assert newest_backup_of(db.path).path == made
