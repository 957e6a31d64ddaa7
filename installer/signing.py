"""Authenticode signing of setup.exe and uninstall.exe, and a check that they verify.

The certificate comes from the environment, never from the repository:

    LEAD_SIGN_PFX           path of a PKCS#12 (.pfx) file with the key and its chain
    LEAD_SIGN_PASSWORD      its password (may be empty)
    LEAD_SIGN_TIMESTAMP_URL optional RFC 3161 time-stamp server, so the signature outlives
                            the certificate
    LEAD_SIGN_THUMBPRINT    on Windows instead of a PFX: a certificate in the user's or
                            machine's store, chosen by its SHA-1 thumbprint (signtool /sha1)

Linux uses osslsigncode, Windows signtool (from the Windows SDK).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DESCRIPTION = "LEAD Desktop"
URL = "https://github.com/lead-desktop"


class SigningFailed(Exception):
    pass


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        hint = ("apt-get install osslsigncode" if name == "osslsigncode"
                else "install the Windows SDK's signing tools")
        raise SigningFailed(f"{name} not found: {hint}")
    return found


def configured() -> bool:
    return bool(os.environ.get("LEAD_SIGN_PFX") or os.environ.get("LEAD_SIGN_THUMBPRINT"))


def sign(path: Path) -> None:
    """Sign one file in place with the certificate the environment names."""
    pfx = os.environ.get("LEAD_SIGN_PFX")
    password = os.environ.get("LEAD_SIGN_PASSWORD", "")
    stamp = os.environ.get("LEAD_SIGN_TIMESTAMP_URL")
    if sys.platform == "win32":
        command = [_tool("signtool"), "sign", "/fd", "SHA256", "/d", DESCRIPTION]
        if pfx:
            command += ["/f", pfx, "/p", password]
        elif os.environ.get("LEAD_SIGN_THUMBPRINT"):
            command += ["/sha1", os.environ["LEAD_SIGN_THUMBPRINT"]]
        else:
            raise SigningFailed("set LEAD_SIGN_PFX or LEAD_SIGN_THUMBPRINT to sign")
        if stamp:
            command += ["/tr", stamp, "/td", "SHA256"]
        _run(command + [str(path)])
        return
    if not pfx:
        raise SigningFailed("set LEAD_SIGN_PFX (and LEAD_SIGN_PASSWORD) to sign")
    signed = path.with_name(path.name + ".signed")
    with tempfile.TemporaryDirectory(prefix="lead-sign-") as folder:
        secret = Path(folder) / "password"   # not on the command line, seen by every user
        secret.touch(mode=0o600)
        secret.write_text(password)
        command = [_tool("osslsigncode"), "sign", "-pkcs12", pfx, "-readpass", str(secret),
                   "-h", "sha256", "-n", DESCRIPTION, "-i", URL]
        if stamp:
            command += ["-ts", stamp]
        signed.unlink(missing_ok=True)
        _run(command + ["-in", str(path), "-out", str(signed)])
    signed.replace(path)


def verify(path: Path, ca_file: Path | None = None) -> str:
    """Check the signature; returns the tool's report. `ca_file` (PEM) trusts a private
    or test root that the system does not."""
    if sys.platform == "win32":
        return _run([_tool("signtool"), "verify", "/pa", "/v", str(path)])
    command = [_tool("osslsigncode"), "verify", "-in", str(path)]
    if ca_file is not None:
        command += ["-CAfile", str(ca_file)]
    return _run(command)


def _run(command: list[str]) -> str:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        secret = os.environ.get("LEAD_SIGN_PASSWORD")
        shown = " ".join("***" if secret and part == secret else part for part in command)
        raise SigningFailed(f"{shown}\n{result.stdout}{result.stderr}".strip())
    return result.stdout


if __name__ == "__main__":  # makensis calls this for setup.exe and uninstall.exe (!finalize)
    try:
        sign(Path(sys.argv[1]))
    except SigningFailed as failure:
        print(f"signing: {failure}", file=sys.stderr)
        sys.exit(1)
