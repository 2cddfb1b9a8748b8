"""SHA-1 and SHA-256 without loading OpenSSL on the way to the first window.

hashlib's import loads OpenSSL's libcrypto (3.4 MB resident, ~3 ms). The window's start needs
two digests (the reading position's key, a stylesheet icon's file name): CPython's own
implementations give the same digests without it. hashlib where they are missing.
"""
from __future__ import annotations

try:
    from _sha1 import sha1  # CPython's own
except ImportError:  # pragma: no cover - another Python
    from hashlib import sha1
try:
    from _sha256 import sha256  # CPython up to 3.11
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha2 import sha256  # CPython 3.12 and later
    except ImportError:
        from hashlib import sha256

__all__ = ["sha1", "sha256"]
