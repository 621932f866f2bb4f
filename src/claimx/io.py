"""Inputs and outputs: finding files, reading and decoding them, writing results atomically.

Nothing here imports spaCy: a batch run lists and reads files in the parent
process while workers parse.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from claimx.errors import ClaimxError, InputError, NotText

STDIN = "-"
DEFAULT_GLOB = "*.txt"

# No news article comes near this; a larger input is a mistake (a disk image, /dev/zero)
# and would only exhaust memory.
MAX_BYTES = 64 * 1024 * 1024

# Magic numbers of binary formats that can happen to hold no NUL byte early on.
_MAGIC = (b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")

# Legacy encodings scraped news comes in. charset-normalizer picks among them; where
# it finds several equally plausible (common for short Western text) we take
# windows-1252, the default of web browsers for unlabelled text (WHATWG Encoding).
_LEGACY = [
    "cp1252",
    "cp1250",
    "cp1251",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "iso8859_15",
    "mac_roman",
    "shift_jis",
    "euc_jp",
    "gb18030",
    "big5",
    "euc_kr",
]
_PREFERRED = "cp1252"
# Percentage points of charset-normalizer's "chaos" within which two candidates are
# equally plausible (a short cp1252 text scores 0.0 as mac-roman and 3.1 as cp1252).
_CLOSE_CHAOS = 5.0

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Input:
    """One article to process: a file, or standard input.

    Small and picklable: it travels to worker processes (and Dask workers), which
    read the file themselves.
    """

    path: str
    """Where to read it: a filesystem path, or `-` for standard input."""
    source: str
    """How output and messages name it: the path as given or found (`dir/sub/a.txt`)."""
    rel: str
    """Its path below the folder it was found in (the file name for a named file); mirrored by -o."""
    named: bool = True
    """Named on the command line (read whatever it is) rather than found in a folder."""
    data: bytes | None = field(default=None, repr=False)
    """Its bytes when already read (standard input is read by the parent process)."""
    text: str | None = field(default=None, repr=False)
    """Its text when already decoded (texts given to the Python API)."""
    error: str | None = None
    """Why it cannot be processed, when known before reading (a folder that cannot be listed)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    warnings: list[str]


def source_name(path: str) -> str:
    """`path` fit for JSON: bytes of a non-UTF-8 file name become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def iter_inputs(
    paths: Iterable[str], globs: Sequence[str] = (DEFAULT_GLOB,), exclude: Iterable[str] = ()
) -> Iterator[Input]:
    """The inputs named by `paths`, lazily, in a deterministic order.

    A folder is walked depth first, entries in name order; hidden files and folders
    (a name starting with `.`) are left out, symlinks followed, and each folder is
    walked once however many links lead to it (no loop runs twice). Files in a folder
    are taken when their name (or, for a pattern holding `/`, their path below the
    folder) matches one of `globs` (`*` and `?` stay within one folder, `**/` is any
    number of folders, none included); named files are always taken. Folders in
    `exclude` (the output folder) are not walked. A folder with no matching file is
    an input that fails (`no files matching ...`), so a mistyped pattern is reported.
    A WARC file stands for its HTML response records (`claimx.web.warc.expand`), one
    input each.
    """
    seen: set[tuple[int, int]] = set()
    for path in exclude:
        with suppress(OSError):
            st = os.stat(path)
            seen.add((st.st_dev, st.st_ino))
    from claimx.web.warc import expand  # imports claimx.io

    for arg in paths:
        if arg == STDIN:
            yield Input(STDIN, STDIN, "stdin")
        elif os.path.isdir(arg):
            yield from expand(_walk(arg, globs, seen))
        else:
            yield from expand([Input(arg, source_name(arg), os.path.basename(arg.rstrip(os.sep)) or arg)])


def _walk(root: str, globs: Sequence[str], seen: set[tuple[int, int]]) -> Iterator[Input]:
    # An explicit stack rather than recursion: folder depth is not bounded by Python's.
    stack: list[Iterator[tuple[str, str]]] = []
    matchers = [_glob_matcher(g) for g in globs]
    found = False

    def enter(path: str, rel: str) -> Iterator[Input]:
        try:
            st = os.stat(path)
        except OSError as exc:
            yield _failed(path, rel, exc)
            return
        key = (st.st_dev, st.st_ino)
        if key in seen:
            return
        seen.add(key)
        try:
            with os.scandir(path) as it:
                names = sorted(e.name for e in it if not e.name.startswith("."))
        except OSError as exc:
            yield _failed(path, rel, exc)
            return
        stack.append((os.path.join(path, n), f"{rel}{n}") for n in names)

    for inp in enter(root, ""):
        found = True
        yield inp
    walked = bool(stack)  # False: the root cannot be listed (reported) or was walked already
    while stack:
        nxt = next(stack[-1], None)
        if nxt is None:
            stack.pop()
            continue
        path, rel = nxt
        if os.path.isdir(path):  # follows symlinks; `seen` stops loops
            for inp in enter(path, rel + "/"):
                found = True
                yield inp
        elif any(match(rel) for match in matchers):
            # Anything else that matches is read, and reported if it is not a regular
            # file (a FIFO, a socket, a dangling link): one line each, the run goes on.
            found = True
            yield Input(path, source_name(path), rel, named=False)
    if walked and not found:
        yield Input(root, source_name(root), "", named=False, error=f"no files matching {', '.join(globs)}")


def _glob_matcher(pattern: str) -> Callable[[str], bool]:
    """Whether a path below the folder matches `pattern`: its file name when the pattern has no `/`."""
    if "/" not in pattern:
        return lambda rel: fnmatchcase(rel.rsplit("/", 1)[-1], pattern)
    return re.compile(_glob_regex(pattern), re.DOTALL).fullmatch  # type: ignore[return-value]


def _glob_regex(pattern: str) -> str:
    # fnmatch's `*` crosses folders (`2024/*.txt` would take `2024/sub/c.txt`): translate
    # one folder at a time instead, as shells and pathlib do.
    out = []
    parts = pattern.split("/")
    for n, part in enumerate(parts):
        last = n == len(parts) - 1
        if part == "**":
            out.append(".*" if last else "(?:[^/]*/)*")
            continue
        i, piece = 0, []
        while i < len(part):
            c = part[i]
            if c == "*":
                piece.append("[^/]*")
            elif c == "?":
                piece.append("[^/]")
            elif c == "[" and (j := part.find("]", i + 2 if part[i + 1 : i + 2] in "!]" else i + 1)) > i:
                body = part[i + 1 : j]
                body = "^" + body[1:] if body.startswith("!") else body
                piece.append(f"[{body.replace(chr(92), chr(92) * 2)}]")
                i = j
            else:
                piece.append(re.escape(c))
            i += 1
        out.append("".join(piece) + ("" if last else "/"))
    return "".join(out)


def _failed(path: str, rel: str, exc: OSError) -> Input:
    return Input(path, source_name(path), rel, named=False, error=os_reason(exc))


def os_reason(exc: OSError) -> str:
    """A short reason for an OS error, without the path (the caller puts it first)."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot be read ({exc.strerror or exc})"


def read_bytes(inp: Input) -> bytes:
    """The bytes of `inp`; InputError says why when they cannot be read."""
    if inp.error is not None:
        raise InputError(f"{inp.source}: {inp.error}")
    if inp.data is not None:
        return inp.data
    if inp.path == STDIN:
        return sys.stdin.buffer.read()
    try:
        if not inp.named:
            # Found in a folder: only regular files. Opening a FIFO would block until
            # someone writes to it, and a device may never end.
            mode = os.stat(inp.path).st_mode
            if not stat.S_ISREG(mode):
                raise InputError(f"{inp.source}: {_kind(mode)}, not a regular file")
        with open(inp.path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{inp.source}: {os_reason(exc)}") from exc
    if len(data) > MAX_BYTES:
        raise InputError(f"{inp.source}: too large (over {MAX_BYTES >> 20} MiB); split it into articles")
    return data


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "special file"


def decode(data: bytes, source: str) -> Decoded:
    """The text of `data`: line endings untouched, a byte order mark removed.

    UTF-8 and UTF-16/32 with a BOM are decoded as such; other text is decoded as
    the legacy encoding charset-normalizer detects, with a warning naming it.
    Binary data raises NotText. Offsets in the output index the returned text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), [])
            except UnicodeDecodeError as exc:
                name = encoding.removesuffix("-sig").upper()
                raise InputError(
                    f"{source}: not valid {name} text (invalid data at byte {exc.start})"
                ) from exc
    if b"\x00" in data or data.startswith(_MAGIC):
        raise NotText(f"{source}: not a text file")
    try:
        return _checked(data.decode("utf-8"), [])
    except UnicodeDecodeError:
        pass
    detected = _detect(data)
    if detected is None:
        raise NotText(f"{source}: not a text file (neither UTF-8 nor a known legacy encoding)")
    legacy, close = detected
    how = f"detected; {', '.join(close)} came close" if close else "detected"
    return _checked(
        data.decode(legacy),
        [f"the text is not UTF-8: decoded as {legacy} ({how}); check its accented characters"],
    )


def _checked(text: str, warnings: list[str]) -> Decoded:
    if not text.strip():
        # An empty article is a valid result, but rarely what was meant (a failed
        # download, a truncated export): say so where the output is read.
        warnings = [*warnings, "the input is empty" if not text else "the input holds only white space"]
    return Decoded(text, warnings)


def _detect(data: bytes) -> tuple[str, list[str]] | None:
    """The legacy encoding of `data`, and the other candidates that came close."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=_LEGACY))
    if not matches:
        return None
    least = min(m.percent_chaos for m in matches)
    close = [m for m in matches if m.percent_chaos <= least + _CLOSE_CHAOS]
    # On a short text several code pages decode to equally tidy text; news is far more
    # often Windows than Mac or ISO, so among close candidates a Windows one wins: the
    # one whose letters read most like a language (coherence), cp1252 on a tie.
    windows = [m for m in close if any(c.startswith("cp125") for c in m.could_be_from_charset)]
    best = max((m.percent_coherence for m in windows), default=None)
    top = [m for m in windows if m.percent_coherence == best]
    if any(_PREFERRED in m.could_be_from_charset for m in top):
        pick = _PREFERRED
    else:
        pick = codecs.lookup((top or close)[0].encoding).name
    others = {codecs.lookup(m.encoding).name for m in close} - {pick}
    return pick, sorted(others)


def read_text(inp: Input) -> Decoded:
    """The decoded text of `inp`; InputError (or NotText) says why it cannot be had."""
    if inp.text is not None:
        return Decoded(inp.text, [])
    return decode(read_bytes(inp), inp.source)


def read_source(path: str) -> str:
    """The decoded text of a file, or of standard input for `-`."""
    inp = Input(path, "<stdin>" if path == STDIN else source_name(path), os.path.basename(path))
    return decode(read_bytes(inp), inp.source).text


def output_path(out_dir: str | Path, inp: Input, suffix: str = ".json") -> Path:
    """Where `-o OUT_DIR` puts the output of `inp`: its place below its folder, as `<name><suffix>`."""
    return Path(out_dir, inp.rel).with_suffix(suffix)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename.

    A reader (or a resumed run with --skip-existing) sees the old file or the whole
    new one, never a part, even if the run is killed. Raises ClaimxError when the
    file cannot be written: a full disk or a read-only folder stops the run.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Hidden name: a walk over the output folder never picks it up.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ClaimxError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        # mkstemp makes the file private (0600); outputs get the usual permissions.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise ClaimxError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise


_UMASK: int | None = None


def _umask() -> int:
    global _UMASK
    if _UMASK is None:
        # The only way to read the umask is to set it; do it once.
        _UMASK = os.umask(0o022)
        os.umask(_UMASK)
    return _UMASK
