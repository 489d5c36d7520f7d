"""Passphrase → key derivation with Argon2id."""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw

KEY_LEN = 32
SALT_LEN = 16

# DESIGN.md §4: at least 64 MiB, 3 passes, 4 lanes.
MIN_MEMORY_KIB = 64 * 1024
MIN_TIME_COST = 3
LANES = 4
# Upper bounds accepted from a keyslot file, so a doctored file cannot make
# unlocking allocate unbounded memory or spin for hours.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_TIME_COST = 64


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = MIN_MEMORY_KIB
    time_cost: int = MIN_TIME_COST
    lanes: int = LANES
    alg: str = "argon2id"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "KdfParams":
        params = cls(
            memory_kib=int(data["memory_kib"]),
            time_cost=int(data["time_cost"]),
            lanes=int(data["lanes"]),
            alg=str(data["alg"]),
        )
        if params.alg != "argon2id":
            raise ValueError(f"unsupported KDF {params.alg!r}")
        if not (8 <= params.memory_kib <= MAX_MEMORY_KIB and 1 <= params.time_cost <= MAX_TIME_COST
                and 1 <= params.lanes <= 16):
            raise ValueError("KDF parameters out of range")
        return params


DEFAULT_PARAMS = KdfParams()


def normalize_passphrase(passphrase: str) -> bytes:
    """NFKC-normalize so that 全角/半角 and composed/decomposed input give one key.

    A Japanese IME may emit full-width Latin letters or digits, or a decomposed
    dakuten; the same passphrase typed either way must open the database.
    """
    return unicodedata.normalize("NFKC", passphrase).encode("utf-8")


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.lanes,
        hash_len=KEY_LEN,
        type=Type.ID,
    )


def new_salt() -> bytes:
    return os.urandom(SALT_LEN)


def calibrate(target_seconds: float = 0.5, memory_kib: int = MIN_MEMORY_KIB) -> KdfParams:
    """Pick a time cost (≥ 3 passes) that takes about ``target_seconds`` here."""
    probe = KdfParams(memory_kib=memory_kib, time_cost=1)
    start = time.perf_counter()
    derive_key(b"calibration", b"\0" * SALT_LEN, probe)
    per_pass = max(time.perf_counter() - start, 1e-3)
    passes = max(MIN_TIME_COST, min(MAX_TIME_COST, round(target_seconds / per_pass)))
    return KdfParams(memory_kib=memory_kib, time_cost=passes)
