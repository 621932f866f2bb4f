"""Where articles go: rendered as JSON at the edge, to standard output or to one file per input.

Batch and Dask runs carry `Article` models; only a sink turns them into text.
A sink takes each article or failure in input order and says what became of it;
the reporter (`claimx.report`) tells the person watching.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any, Literal

from claimx.errors import ClaimxError
from claimx.io import Input, output_path, write_atomic
from claimx.models import Article

Format = Literal["jsonl", "json"]

ERRORS_FILE = "errors.log"
"""In an output folder: one line per input that could not be processed, `SOURCE: REASON`."""


def records(art: Article, claims: bool = False) -> list[dict[str, Any]]:
    """The JSON objects of one article: itself, or each claim with its article's source and dateline date."""
    if not claims:
        return [art.model_dump(mode="json")]
    when = art.dateline.date if art.dateline else None
    return [{"source": art.source, "dateline_date": when, **c.model_dump(mode="json")} for c in art.claims]


def render(art: Article, fmt: Format = "jsonl", claims: bool = False) -> str:
    """The text `claimx extract` prints for one article, every record ending in a newline."""
    indent = 2 if fmt == "json" else None
    return "".join(json.dumps(r, ensure_ascii=False, indent=indent) + "\n" for r in records(art, claims))


class Sink:
    """Standard output: one write and a flush per article, so the reader gets each as it is done."""

    def __init__(self, fmt: Format = "jsonl", claims: bool = False, stream: IO[bytes] | None = None) -> None:
        self.fmt = fmt
        self.claims = claims
        self.stream = stream if stream is not None else sys.stdout.buffer
        self.out_dir: Path | None = None
        self.closed = False
        """The reader went away (`| head -1`): the run should stop."""

    def put(self, inp: Input, art: Article) -> str | None:
        """Write `art`; None, or the error line of an input whose output could not be written."""
        try:
            # One write per article: the stream never holds part of one when the run stops.
            self.stream.write(render(art, self.fmt, self.claims).encode("utf-8"))
            self.stream.flush()
        except BrokenPipeError:
            self.closed = True
        return None

    def exists(self, inp: Input) -> bool:
        """Whether the output of `inp` is there already (--skip-existing)."""
        return False

    def failed(self, line: str) -> None:
        """Record the failure `line` (SOURCE: REASON) where the output goes, if anywhere."""

    def close(self) -> None:
        """Finish the output; called once, also after Ctrl-C."""


class FolderSink(Sink):
    """`-o DIR`: DIR/<path below its folder>.json per input, written whole, and DIR/errors.log.

    `--claims` lines go to `.jsonl` files (one JSON object per line); with
    `--format json`, such a file holds one JSON array of the claims instead.
    """

    def __init__(self, out_dir: Path, fmt: Format = "jsonl", claims: bool = False) -> None:
        super().__init__(fmt, claims, stream=None)
        self.folder = self.out_dir = out_dir
        self.suffix = ".jsonl" if claims and fmt == "jsonl" else ".json"
        self.errors: list[str] = []
        # Output paths written in this run: two inputs that map to one file (a.txt and
        # a.md, or x.txt in two folders given) must not silently overwrite each other.
        self.written: set[Path] = set()
        try:
            # Created up front so the walk can leave it out when it lies inside an input folder.
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ClaimxError(f"{out_dir}: cannot create the output folder ({exc.strerror or exc})") from exc

    def path(self, inp: Input) -> Path:
        return output_path(self.folder, inp, self.suffix)

    def exists(self, inp: Input) -> bool:
        return self.path(inp).exists()

    def put(self, inp: Input, art: Article) -> str | None:
        path = self.path(inp)
        if path in self.written:
            return (
                f"{inp.source}: its output {path} is that of an earlier input too; "
                "rename one, or run the folders one at a time"
            )
        if self.claims and self.fmt == "json":
            text = json.dumps(records(art, claims=True), ensure_ascii=False, indent=2) + "\n"
        else:
            text = render(art, self.fmt, self.claims)
        try:
            write_atomic(path, text.encode("utf-8"))
        except ClaimxError as exc:
            return f"{inp.source}: {exc}"
        self.written.add(path)
        return None

    def failed(self, line: str) -> None:
        self.errors.append(line)

    def close(self) -> None:
        # Written also when empty: a finished run's folder always says how many failed.
        write_atomic(self.folder / ERRORS_FILE, "".join(line + "\n" for line in self.errors).encode("utf-8"))
