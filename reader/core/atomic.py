"""Writing a file all at once: a reader, a crash or a kill never finds half of it."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: str | os.PathLike, data: bytes, mode: int | None = None, durable: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, rename it over.

    ``mode``: the permissions the file gets; None keeps mkstemp's private 0600 (user data).
    ``durable=False`` skips the flush to disk (a cache, which can make its file again): after a
    crash the file may be empty or damaged, never half of another one.
    """
    path = Path(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
