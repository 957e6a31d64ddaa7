"""First-run setup as use cases the wizard calls: a new program database with its first
administrator and profile, or an existing one (enrolled with its recovery key if needed)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import URL

from lead_desktop.db import backup as backups
from lead_desktop.db import enrollment, keys, sqlcipher_file
from lead_desktop.db.database import CreatedDatabase, Database, create_database, open_database
from lead_desktop.db.server import ServerDatabase, Transport, open_server_database, store_password
from lead_desktop.db.server_address import ServerAddress
from lead_desktop.errors import (
    AlreadyExists,
    InvalidInput,
    KeyMissing,
    LeadError,
    RecoveryKeyInvalid,
    StaleKey,
)
from lead_desktop.models import DatabaseInfo, ProfileVersion
from lead_desktop.security import audit
from lead_desktop.security.accounts import AccountService, clean_username
from lead_desktop.security.actor import Actor
from lead_desktop.security.key_store import KeyStore
from lead_desktop.security.passwords import PasswordPolicy
from lead_desktop.security.roles import Role
from lead_desktop.services.program.profile import Profile
from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message, message
from lead_desktop.services.messages import next_step as _next


@dataclass(frozen=True)
class NewProgram:
    path: Path
    name: str
    profile: Profile
    admin_username: str
    admin_name: str
    admin_password: str


def _say(text: str, **values: object) -> Message:
    """A message of the setup wizard (the UI shows it in the user's language)."""
    return message("Setup", text, **values)


def check_new_program(data: NewProgram) -> None:
    """Everything that can be checked before a file is made, so a refusal creates nothing."""
    if data.path.exists():
        raise AlreadyExists(_say(QT_TRANSLATE_NOOP(
            "Setup", "{path} already exists. Choose “Open an existing database”, or another "
            "file name."), path=str(data.path)))
    if not data.name.strip():
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Setup", "Give the database a name (for example the program's name).")))
    username = clean_username(data.admin_username)
    if not data.admin_name.strip():
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Setup", "Enter the administrator's full name.")))
    PasswordPolicy(context_words=(data.name,)).check(
        data.admin_password, username=username, display_name=data.admin_name)


def create_program(data: NewProgram, key_store: KeyStore) -> CreatedDatabase:
    check_new_program(data)
    actor = Actor.system("setup")
    created = create_database(data.path, key_store, name=data.name.strip(), actor=actor)
    database = created.database
    AccountService(database).create_user(actor, data.admin_username, data.admin_name,
                                         Role.ADMINISTRATOR, data.admin_password)
    set_program_profile(database, data.profile, actor)
    return created


def set_program_profile(database: Database, profile: Profile, actor: Actor) -> None:
    """The version new referrals follow: one the database holds (the presets are copied in
    when the database is made; a site's own versions are added as `ProfileVersion`s)."""
    with database.write() as session:
        if session.scalar(select(ProfileVersion.id).where(
                ProfileVersion.profile_id == profile.id,
                ProfileVersion.version == profile.version)) is None:
            raise InvalidInput(_say(QT_TRANSLATE_NOOP(
                "Setup", "The program profile {profile} is not in this database."),
                profile=profile.key))
        info = session.get(DatabaseInfo, 1)
        info.program_profile = profile.key
        audit.record(session, actor, "configuration.profile", record_type="database",
                     record_id=database.fingerprint, details={"profile": profile.key})


def needs_recovery_key(error: LeadError) -> bool:
    """Whether typing the recovery key can fix this refusal: this workstation has no key for
    the database (a new workstation, a new credential store), or a stale one (the file was
    re-keyed on another workstation, `StaleKey`). A key for another database cannot."""
    return isinstance(error, (KeyMissing, StaleKey))


def open_existing(path: Path, key_store: KeyStore, recovery_key: str | None = None) -> Database:
    """Open a database; with a recovery key (or an administrator's one-time enrollment
    code, db/enrollment.py), first enroll this workstation when its key is missing or stale
    (see `needs_recovery_key`), the same as `lead-admin enroll`. Never creates anything; a
    key or code that does not open this file changes nothing."""
    try:
        return open_database(path, key_store)
    except (KeyMissing, StaleKey) as exc:
        if not recovery_key or not needs_recovery_key(exc):
            raise
    if enrollment.looks_like_code(recovery_key):  # an administrator's one-time code
        return enrollment.accept(Path(path), recovery_key, key_store)
    header = sqlcipher_file.read_header(Path(path))
    if not header.accepts(keys.parse_recovery_key(recovery_key)):
        raise RecoveryKeyInvalid(_say(QT_TRANSLATE_NOOP(
            "Setup", "This recovery key does not open this database. If the database was "
            "re-keyed, use the newest recovery-key sheet.")),
            next_step=_next(QT_TRANSLATE_NOOP(
                "NextSteps", "Type the recovery key from the newest sheet, or ask your "
                      "administrator to enroll this workstation (`lead-admin enroll`).")))
    return backups.enroll(path, recovery_key, key_store, Actor.system("setup"))


@dataclass(frozen=True)
class ServerChoice:
    """A department's PostgreSQL server, as typed in the setup wizard."""

    host: str
    port: int
    database: str
    role: str
    password: str
    ca_file: str | None = None
    #: only for a server on this computer, and only if an administrator recorded it
    plaintext_loopback: bool = False

    def url(self) -> str:
        """The address without the password (the password goes to the credential store)."""
        return URL.create("postgresql", username=self.role.strip(), host=self.host.strip(),
                          port=self.port, database=self.database.strip()).render_as_string()

    @property
    def transport(self) -> Transport:
        return Transport(plaintext_loopback=self.plaintext_loopback,
                         ca_file=self.ca_file or None)


def check_server_choice(choice: ServerChoice) -> None:
    if not (choice.host.strip() and choice.database.strip() and choice.role.strip()):
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Setup", "Enter the server's address, the database and the user name your IT "
            "department gave you.")))
    if not 0 < choice.port < 65536:
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Setup", "The port is a number from 1 to 65535 (usually 5432).")))
    if not choice.password:
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Setup", "Enter the password of the database user.")))
    if choice.ca_file and not Path(choice.ca_file).is_file():
        raise InvalidInput(_say(QT_TRANSLATE_NOOP(
            "Setup", "The certificate file {path} was not found."), path=choice.ca_file))


def connect_server(choice: ServerChoice, key_store: KeyStore) -> ServerDatabase:
    """Open the department's server database; the password is kept in this workstation's
    credential store (never the settings) only when it opens. Verified TLS unless the
    server is on this computer and an administrator recorded the downgrade."""
    check_server_choice(choice)
    url = choice.url()
    address, _ = ServerAddress.parse(url)
    before = key_store.get(address.credential_account)
    store_password(key_store, address, choice.password)
    try:
        return open_server_database(url, key_store, transport=choice.transport)
    except BaseException:
        if before is None:  # a password that did not open anything is not kept
            key_store.delete(address.credential_account)
        else:
            key_store.put(address.credential_account, before)
        raise
