"""Errors a user or an administrator can meet, each with a clear message and its own exit code.

The exit codes are part of `lead-admin`'s documented interface (see `lead-admin --help`),
so IT scripts can tell a wrong key from a damaged file without parsing text.
"""

from __future__ import annotations

from lead_desktop.services.messages import QT_TRANSLATE_NOOP, Message


class LeadError(Exception):
    """Base of every error LEAD Desktop reports to a person."""

    exit_code = 1
    #: What the person can safely do next; shown under the message. A class's own default
    #: is marked for translation (context "NextSteps"), so the screen shows it translated.
    next_step = ""
    _next_said = None

    def __init__(self, message: object, *, next_step: object = None) -> None:
        # A message of the rules layer (services/messages.py: English text with its codes
        # and values) is kept as `said`, so the UI shows it in the user's language
        # (ui/messages.error_words); logs and lead-admin read the English text.
        super().__init__(message if isinstance(message, str) else str(message))
        self.said = None if isinstance(message, str) else message
        if next_step is not None:  # a message too (services/messages.next_step)
            self.next_step = str(next_step)
            self._next_said = None if isinstance(next_step, str) else next_step

    @property
    def next_said(self) -> Message | None:
        """What to do next as a message the UI translates (ui/messages.next_step_words): the
        one given to this error, else the class's own default; None for a plain string."""
        if self._next_said is not None:
            return self._next_said
        default = type(self).next_step
        if default and self.next_step == default:
            return Message("NextSteps", default)
        return None

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.__class__.__name__


# --- opening a database (Signal Desktop lessons: each failure distinct, file never touched) ---

class DatabaseOpenError(LeadError):
    """The database file could not be opened. The file was not modified."""


class DatabaseNotFound(DatabaseOpenError):
    exit_code = 3
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Check the path. A new database is only ever created by the setup wizard "
        "or `lead-admin init`.")


class NoBackup(DatabaseNotFound):
    """No backup of this database in the backup set (restore --latest)."""

    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Check the backup folder (the administration page shows it), or name the "
        "file with --backup.")


class KeyMissing(DatabaseOpenError):
    exit_code = 4
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Unlock with the recovery key (`lead-admin enroll`), "
        "or contact your administrator.")


class WrongKey(DatabaseOpenError):
    exit_code = 5
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "The stored key does not open this database (it may have been rekeyed). "
        "Unlock with the current recovery key, or contact your administrator.")


class StaleKey(WrongKey):
    """This workstation holds a key for this database, but not the one that opens the file:
    the database was rekeyed since this workstation enrolled (or the file is an older copy
    from before a rekey). Entering the file's recovery key re-enrolls the workstation.
    (A `WrongKey` that is not a `StaleKey` is a key for some other database.)"""

    exit_code = 16
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "The database was re-encrypted with a new key (on another workstation, or "
        "after this copy was made). Enter its current recovery key (in the app, or "
        "`lead-admin enroll`), or ask your administrator to enroll this workstation.")


class UnencryptedDatabase(DatabaseOpenError):
    exit_code = 6
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "LEAD Desktop refuses to open unencrypted files. Move the file somewhere safe "
        "and contact your administrator.")


class TruncatedDatabase(DatabaseOpenError):
    exit_code = 7
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "The file is incomplete. Restore the latest backup (`lead-admin restore`).")


class CorruptDatabase(DatabaseOpenError):
    exit_code = 8
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "The file is damaged; nothing was written to it. Restore the latest backup "
        "(`lead-admin restore --latest --db <file> --force`: the damaged file is "
        "kept aside), or ask your administrator.")


class NotALeadDatabase(DatabaseOpenError):
    exit_code = 8
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Choose the LEAD Desktop database file.")


# --- credential store ---

class KeyringUnavailable(LeadError):
    exit_code = 9
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "LEAD Desktop keeps database keys only in the operating system's credential "
        "store. Ask IT to enable it (Windows Credential Manager, macOS Keychain, "
        "Secret Service), or configure a backend explicitly through keyring's settings.")


# --- checks ---

class VerificationFailed(LeadError):
    exit_code = 10


class RecoveryKeyInvalid(LeadError):
    exit_code = 13
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Check the recovery key sheet and type all groups again; letters O and I "
        "may be typed as 0 and 1.")


class EnrollmentCodeInvalid(RecoveryKeyInvalid):
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Type the code again as shown on the administrator's screen, or ask for a "
        "new one (each code works once, for 15 minutes).")


# --- people and permissions ---

class AuthenticationFailed(LeadError):
    exit_code = 11


class PasswordChangeRequired(AuthenticationFailed):
    """A temporary password (new account, or reset) signs in nowhere but to be changed:
    `lead-admin` refuses it, as the app asks for the change before anything else."""

    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Change it first: sign in to LEAD Desktop, or run `lead-admin users "
        "change-password --db PATH --as NAME` (the temporary password, then the new "
        "one twice).")


class AccountLocked(AuthenticationFailed):
    def __init__(self, message: object, *, seconds_left: int) -> None:
        super().__init__(message)
        self.seconds_left = seconds_left


class SessionEnded(AuthenticationFailed):
    """The signed-in account was disabled, locked, reset or given another role since this
    session began: nothing more is done in its name; the user signs in again."""

    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Sign in again, or contact your administrator.")


class PermissionDenied(LeadError):
    exit_code = 11


class AlreadyExists(LeadError):
    exit_code = 12
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Nothing was overwritten. Choose another path, or pass --force where offered.")


class InvalidInput(LeadError):
    exit_code = 13


class PasswordRejected(InvalidInput):
    pass


class ConflictError(LeadError):
    """Someone else saved the record first; nothing was overwritten."""

    exit_code = 14


class NewerSchema(DatabaseOpenError):
    exit_code = 15
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "This database was upgraded by a newer LEAD Desktop. Install that version "
        "here.")


class OlderSchema(DatabaseOpenError):
    """The database's schema is older than this program: opened only after an administrator
    upgrades it (`lead-admin upgrade`), never by a workstation on its own."""

    exit_code = 21
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Ask an administrator to run `lead-admin upgrade` when no one else is "
        "connected; until then use the program version the other workstations use.")


class UpgradeFailed(LeadError):
    """A schema upgrade did not complete; it was rolled back, nothing was half-migrated."""

    exit_code = 1
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Check that the URL names the owner role (schema changes need it), then "
        "try again; the database is as it was.")


class DatabaseBusy(LeadError):
    """Another workstation held the database longer than we waited; nothing was saved, and
    what the user typed is kept in the form."""

    exit_code = 17
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Another workstation is saving. Try again in a moment; your input is kept.")


class OthersConnected(LeadError):
    """An exclusive operation (restore, rekey, schema upgrade) refused to start because
    other workstations have the database open."""

    exit_code = 18
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Ask them to close LEAD Desktop (or wait until their entries expire, if a "
        "workstation crashed), then try again.")


# --- PostgreSQL mode (db/server.py) ---

class ServerUnavailable(DatabaseOpenError):
    """The PostgreSQL server did not accept the connection (down, unreachable, refused the
    password or the certificate). Nothing was changed."""

    exit_code = 19
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Check the server address and that the server is running; an administrator "
        "can store the password again with `lead-admin server-password`.")


class InsecureConnection(DatabaseOpenError):
    """A connection without verified TLS was asked for where it is not allowed."""

    exit_code = 20
    next_step = QT_TRANSLATE_NOOP(
        "NextSteps", "Use the department's CA certificate (sslmode=verify-full). Only a server on "
        "this workstation (loopback) may run without TLS, and only when an "
        "administrator records it.")


class DatabaseMoved(DatabaseOpenError):
    """The file's program moved onto a server (`lead-admin migrate-to`): the file is kept
    as the record of the program before the move, and no one writes to it any more."""

    exit_code = 22
