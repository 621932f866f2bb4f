"""Inputs by local path or fsspec URL, listed lazily in the order local batch mode takes them, for
the Dask engine (`claimx.dask`): workers read their inputs themselves, so paths are made absolute and
URLs (`s3://bucket/news/`) are listed with fsspec, folder by folder in name order.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from fnmatch import fnmatchcase

from claimx.errors import ClaimxError
from claimx.io import DEFAULT_GLOB, STDIN, Input, iter_inputs

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(path: str) -> bool:
    """Whether `path` is an fsspec URL (`s3://...`) rather than a local path."""
    return bool(_URL.match(path))


Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
"""A file, folder or URL, or several."""


def list_inputs(
    paths: Paths, globs: Sequence[str] = (DEFAULT_GLOB,), exclude: Iterable[str] = ()
) -> Iterator[Input]:
    """The inputs named by `paths`, lazily, in the order local batch mode takes them.

    Local paths go through `claimx.io.iter_inputs` (same rules: recursive, name order,
    hidden entries left out). A URL is listed with fsspec: a folder (prefix) gives the
    files below it matching `globs`, ordered folder by folder in name order.
    """
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    exclude = list(exclude)
    local: list[str] = []
    for item in items:
        path = os.fspath(item)
        if path == STDIN:
            raise ClaimxError("standard input (-) cannot be sent to a Dask cluster; give files or folders")
        if not is_url(path):
            local.append(path)
            continue
        # Consecutive local paths are listed together so that, as in local mode, no
        # folder is walked twice among them.
        yield from _absolute(iter_inputs(local, globs, exclude))
        local = []
        yield from _list_url(path, globs)
    yield from _absolute(iter_inputs(local, globs, exclude))


def _absolute(inputs: Iterator[Input]) -> Iterator[Input]:
    # Workers read from their own working folder: give them absolute paths. The source,
    # which names the input in the output, stays as given, as in local mode.
    for inp in inputs:
        yield replace(inp, path=os.path.abspath(inp.path))


def _list_url(url: str, globs: Sequence[str]) -> Iterator[Input]:
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(url)
        is_dir = fs.isdir(root)
        found = fs.find(root) if is_dir else []
    except (ImportError, ValueError) as exc:
        # Typically the filesystem's package is missing (fsspec names it: s3fs, gcsfs...).
        raise ClaimxError(f"{url}: {exc}") from exc
    except OSError as exc:
        raise ClaimxError(f"{url}: cannot be listed ({exc})") from exc
    if not is_dir:
        # A file, or nothing: reading it says which (as a missing local file is reported).
        yield Input(url, url, url.rstrip("/").rsplit("/", 1)[-1] or url)
        return
    root = root.rstrip("/")
    base = url.rstrip("/")
    rels = [p[len(root) :].lstrip("/") for p in found]
    # Name order folder by folder, as the local walk orders entries ("a/b" before "a.txt").
    for rel in sorted(rels, key=lambda r: r.split("/")):
        if any(part.startswith(".") for part in rel.split("/")):
            continue
        if any(fnmatchcase(rel if "/" in g else rel.rsplit("/", 1)[-1], g) for g in globs):
            yield Input(f"{base}/{rel}", f"{base}/{rel}", rel, named=False)
