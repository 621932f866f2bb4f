"""Reference dates per input, for archives that keep an article's date outside its text.

A batch may give each input its own reference date: from a table (`--dates FILE.csv`, or the `dates`
mapping of `extract_many`) and from a date in the file's name (`--date-from-name`). The table wins
over the name, and both over the run's `--date`. Whatever is picked is only a reference: a dated
dateline in the text still wins (see `claimx.layout`).

Limits: a table key matches an input by its path as given, its absolute path, its path below the
folder it was found in, or its file name alone; two files of the same name in different folders
share a name key (give their paths to tell them apart). A name's date is the first `YYYY-MM-DD`,
`YYYY_MM_DD` or `YYYYMMDD` in it that is a real calendar date; other spellings are not read.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from claimx.errors import ClaimxError

# Digits around the date must not run on: `20240302` inside `1202403021` is no date.
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})([-_]?)(\d{2})\2(\d{2})(?!\d)")


class BadDates(ClaimxError):
    """A `--dates` table that cannot be read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class RefDates:
    """How each input gets its reference date. Small and picklable: it travels to worker processes."""

    table: Mapping[str, date] = field(default_factory=dict)
    from_name: bool = False

    def pick(self, path: str, source: str, rel: str, fallback: date | None) -> date | None:
        """The reference date for the input at `path` (named `source`, `rel` below its folder)."""
        name = os.path.basename(path)
        keys = (source, os.path.normpath(rel), os.path.normpath(path), os.path.abspath(path), name)
        for key in keys:
            if key in self.table:
                return self.table[key]
        if self.from_name:
            found = date_in_name(name or source)
            if found is not None:
                return found
        return fallback


def date_in_name(name: str) -> date | None:
    """The first real calendar date written `YYYY-MM-DD`, `YYYY_MM_DD` or `YYYYMMDD` in `name`."""
    for m in _NAME_DATE.finditer(name):
        try:
            return date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue
    return None


def load_table(path: str | Path) -> dict[str, date]:
    """Read `path or file name,YYYY-MM-DD` rows; a first row whose date column is no date is a header.

    Blank lines and lines starting with `#` are skipped. Raises BadDates naming the line of the
    first bad row.
    """
    name = str(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(enumerate(csv.reader(f), start=1))
    except OSError as exc:
        raise BadDates(f"{name}: cannot read the dates table ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise BadDates(f"{name}: not a CSV text file ({exc})") from exc
    table: dict[str, date] = {}
    first = True
    for line, row in rows:
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if len(cells) != 2 or not cells[0]:
            raise BadDates(f"{name}:{line}: want two columns, path or file name and YYYY-MM-DD")
        try:
            table[_key(cells[0])] = date.fromisoformat(cells[1])
        except ValueError as exc:
            if first and not any(ch.isdigit() for ch in cells[1]):
                first = False
                continue  # a header such as `file,date`
            raise BadDates(f"{name}:{line}: {cells[1]!r} is not a date in the form YYYY-MM-DD") from exc
        first = False
    return table


def _key(written: str) -> str:
    # `./a.txt` and `a.txt` name one file; a key with a folder in it is matched by its path.
    return os.path.normpath(written) if ("/" in written or os.sep in written) else written
