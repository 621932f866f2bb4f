"""Text from articles and file names, made safe to print on a terminal.

Article text and paths come from the outside world: an escape sequence in them
could recolour, retitle or rewrite the user's terminal, a bidi override could
reorder what they read, and a lone surrogate (from a file name that is not
UTF-8) would crash the write. Nothing from an input reaches a terminal without
passing through one of these two functions.
"""

from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, C1 controls (0x9b is an 8-bit CSI on some
# terminals), bidi embeddings/overrides/isolates, and lone surrogates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(s: str) -> str:
    """`s` on one line, every unsafe character written as a Python-style escape (`\\x1b`, `\\n`)."""
    return _UNSAFE_LINE.sub(_escape, s)


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    if c == "\n":
        return "\\n"
    if c == "\t":
        return "\\t"
    if c == "\r":
        return "\\r"
    if "\udc80" <= c <= "\udcff":
        # A byte of a non-UTF-8 file name, as os.fsdecode keeps it: show the byte.
        return f"\\x{ord(c) - 0xDC00:02x}"
    code = ord(c)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def neutralise(text: str) -> str:
    """`text` with every unsafe character replaced by one harmless visible one.

    The result has the same length as `text`, so character offsets into the
    article still point at the same places: C0 controls become their Unicode
    control pictures (ESC shows as ␛), a carriage return ends a line (or is a
    space before a line feed), anything else unsafe becomes U+FFFD.
    """
    if not _UNSAFE.search(text):
        return text
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    return _UNSAFE.sub(_picture, text)


def _picture(m: re.Match[str]) -> str:
    code = ord(m.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"
