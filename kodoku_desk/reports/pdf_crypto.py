"""Password protection of PDFs (AES-256) and readable one-time passwords.

reportlab encrypts with AES-256 (``AESV3``, revision 5) only through the small
pure-Python package ``pyaes``; without it, reportlab offers RC4 alone, which is not
an acceptable protection for case files.  The three calls reportlab makes
(``Encrypter``, ``AESModeOfOperationCBC``, ``feed``) are provided here on top of
``cryptography`` (already a dependency for the vault) and used whether or not
``pyaes`` is installed: reportlab pads each string and stream itself before
encrypting it, and pyaes would pad a second time (the decrypted content would end
in stray padding bytes).  Here a block-aligned input that already ends in valid
PKCS#7 padding is not padded again, nor is a 32-byte file key (UE, OE); anything
else is padded once.
"""

from __future__ import annotations

import hashlib
import secrets

from reportlab.lib import pdfencrypt

__all__ = ["PASSWORD_ALPHABET", "StandardEncryption", "aes_encryption", "readable_password"]

StandardEncryption = pdfencrypt.StandardEncryption

#: Upper-case letters and digits without the look-alikes 0/O, 1/I/L (32 symbols: 5 bits each).
PASSWORD_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def readable_password(length: int = 12) -> str:
    """A random password that can be read aloud and typed without mistakes (~60 bits)."""
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(length))


class _CbcMode:
    def __init__(self, key: bytes, iv: bytes | None = None) -> None:
        self.key = bytes(key)
        self.iv = bytes(iv) if iv is not None else bytes(16)


class _Encrypter:
    """``pyaes.Encrypter``: ``feed(data)`` collects, ``feed()`` returns the ciphertext."""

    def __init__(self, mode: _CbcMode) -> None:
        self._mode = mode
        self._data = bytearray()

    def feed(self, data: bytes | None = None) -> bytes:
        if data is not None:
            self._data += bytes(data)
            return b""
        from cryptography.hazmat.primitives import padding
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        plain = bytes(self._data)
        # 32 bytes: a file key (UE / OE), encrypted without padding as the PDF spec says
        if not (plain and len(plain) % 16 == 0 and (len(plain) == 32 or _padded(plain[-16:]))):
            padder = padding.PKCS7(128).padder()
            plain = padder.update(plain) + padder.finalize()
        cipher = Cipher(algorithms.AES(self._mode.key), modes.CBC(self._mode.iv)).encryptor()
        return cipher.update(plain) + cipher.finalize()


def _padded(tail: bytes) -> bool:
    """Whether ``tail`` (the last block) ends in valid PKCS#7 padding."""
    if not tail:
        return False
    n = tail[-1]
    return 1 <= n <= 16 and len(tail) >= n and tail[-n:] == bytes([n]) * n


class _PyaesShim:
    Encrypter = _Encrypter
    AESModeOfOperationCBC = _CbcMode


def _ensure_aes() -> None:
    if not isinstance(getattr(pdfencrypt, "pyaes", None), _PyaesShim):
        pdfencrypt.pyaes = _PyaesShim()
    if not hasattr(pdfencrypt, "sha256"):      # imported by reportlab only with pyaes
        pdfencrypt.sha256 = hashlib.sha256


def aes_encryption(user_password: str, owner_password: str | None = None, *,
                   can_print: bool = True, can_copy: bool = False,
                   can_modify: bool = False) -> StandardEncryption:
    """A reportlab ``encrypt=`` object: AES-256, opening needs ``user_password``.

    The owner password (full rights) defaults to a long random one nobody is told."""
    _ensure_aes()
    return StandardEncryption(user_password, owner_password or secrets.token_urlsafe(24),
                              canPrint=int(can_print), canModify=int(can_modify),
                              canCopy=int(can_copy), canAnnotate=0, strength=256)
