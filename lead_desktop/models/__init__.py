"""SQLAlchemy 2.0 typed entities. No Qt, no services: tables and their columns only.

Importing this package registers every table on `Base.metadata` (alembic relies on it).
"""

from lead_desktop.models.base import Base
from lead_desktop.models.database_info import DatabaseInfo
from lead_desktop.models.accounts import PasswordHistory, User
from lead_desktop.models.audit import AuditEntry

__all__ = ["Base", "DatabaseInfo", "User", "PasswordHistory", "AuditEntry"]
