"""`build.py --sign`: a certificate from the environment signs a Windows executable and the
signature verifies (installer/signing.py). The certificate is a self-signed one made here;
the executable is a real PE file that every pip carries (distlib's launcher)."""

from __future__ import annotations

import datetime
import shutil
import sys
from pathlib import Path

import pip
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))
import signing  # noqa: E402  (installer/signing.py is a script, not a package)

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32",
                       reason="signtool trusts only the certificate store; CI signs on Linux"),
    pytest.mark.skipif(shutil.which("osslsigncode") is None,
                       reason="osslsigncode is not installed (apt-get install osslsigncode)"),
]
PASSWORD = "a test pfx password"


def _self_signed(folder: Path) -> tuple[Path, Path]:
    """A code-signing certificate and key in a PFX, and the certificate as PEM to trust."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "LEAD Desktop test signer")])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True,
                                     content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False,
                                     crl_sign=False, encipher_only=False,
                                     decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]),
                       critical=False)
        .sign(key, hashes.SHA256()))
    pfx, pem = folder / "signer.pfx", folder / "signer.pem"
    pfx.write_bytes(pkcs12.serialize_key_and_certificates(
        b"signer", key, certificate, None,
        serialization.BestAvailableEncryption(PASSWORD.encode())))
    pem.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return pfx, pem


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[Path, Path]:
    return _self_signed(tmp_path_factory.mktemp("signer"))


@pytest.fixture
def executable(tmp_path: Path) -> Path:
    launcher = Path(pip.__file__).parent / "_vendor" / "distlib" / "t64.exe"
    if not launcher.exists():
        pytest.skip("this pip carries no distlib launcher to sign")
    return Path(shutil.copy(launcher, tmp_path / "setup.exe"))


def test_a_file_signed_with_the_environments_certificate_verifies(
        certificate, executable, monkeypatch):
    pfx, pem = certificate
    monkeypatch.setenv("LEAD_SIGN_PFX", str(pfx))
    monkeypatch.setenv("LEAD_SIGN_PASSWORD", PASSWORD)
    with pytest.raises(signing.SigningFailed):  # unsigned: nothing to verify
        signing.verify(executable, pem)
    assert signing.configured()
    signing.sign(executable)
    report = signing.verify(executable, pem)
    assert "LEAD Desktop test signer" in report
    assert "Signature verification: ok" in report


def test_a_tampered_file_no_longer_verifies(certificate, executable, monkeypatch):
    pfx, pem = certificate
    monkeypatch.setenv("LEAD_SIGN_PFX", str(pfx))
    monkeypatch.setenv("LEAD_SIGN_PASSWORD", PASSWORD)
    signing.sign(executable)
    data = bytearray(executable.read_bytes())
    data[0x400] ^= 0xFF  # a byte of code, inside what the signature covers
    executable.write_bytes(bytes(data))
    with pytest.raises(signing.SigningFailed):
        signing.verify(executable, pem)


def test_a_wrong_password_fails_without_showing_it(certificate, executable, monkeypatch):
    pfx, _ = certificate
    monkeypatch.setenv("LEAD_SIGN_PFX", str(pfx))
    monkeypatch.setenv("LEAD_SIGN_PASSWORD", "not the password")
    with pytest.raises(signing.SigningFailed) as failure:
        signing.sign(executable)
    assert "not the password" not in str(failure.value)
    assert not executable.with_name("setup.exe.signed").exists()
