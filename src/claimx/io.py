"""Reading inputs and writing JSON lines."""

from __future__ import annotations

import sys
from pathlib import Path

from claimx.errors import InputError

STDIN = "-"


def decode(data: bytes, source: str) -> str:
    """Text of `data` as UTF-8, a BOM removed, line endings untouched."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: not a text file (it holds NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 text (invalid byte at offset {exc.start}); convert it to UTF-8") from exc


def read_source(path: str) -> str:
    """The decoded text of a file, or of standard input for `-`."""
    if path == STDIN:
        return decode(sys.stdin.buffer.read(), "<stdin>")
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a directory") from exc
    except PermissionError as exc:
        raise InputError(f"{path}: permission denied") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    return decode(data, path)
