"""Generate the corpus of nasty inputs: `.venv/bin/python tests/nasty.py [DIR]` (default tests/nasty/).

Every file is produced here from code, never committed by hand; EXPECTED says
what claimx must do with each: "ok" (an article: schema-valid, offsets exact)
or the text of the one-line error it must print and skip the file with.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLE = 'KYIV (AP) — "We saw 1,200 drones in March," said Olena Café, the mayor. Prices rose 4%.\n'

NOT_TEXT = "not a text file"

FILES: dict[str, tuple[bytes, str]] = {
    "utf8.txt": (ARTICLE.encode("utf-8"), "ok"),
    "utf8-bom.txt": (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "ok"),
    "utf16-bom.txt": (ARTICLE.encode("utf-16"), "ok"),
    "utf16-be-bom.txt": (b"\xfe\xff" + ARTICLE.encode("utf-16-be"), "ok"),
    "cp1252.txt": (ARTICLE.replace("—", "-").encode("cp1252") * 3, "ok"),
    "empty.txt": (b"", "ok"),
    "whitespace.txt": (b" \n\t\r\n  \n", "ok"),
    "crlf.txt": (ARTICLE.replace("\n", "\r\n").encode() * 2, "ok"),
    "cr-only.txt": (("Para one.\rSecond line 12 people.\r\r" + ARTICLE).replace("\n", "\r").encode(), "ok"),
    "nul-bytes.txt": (b"text\x00with\x00nuls" * 20, NOT_TEXT),
    "png-image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, NOT_TEXT),
    "pdf-document.txt": (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n" + bytes(range(256)) * 8,
        NOT_TEXT,
    ),
    "many-quote-marks.txt": (('"' * 3000 + " “ ” ‘ ’ « » „ " * 500 + ARTICLE).encode(), "ok"),
    "half-closed-quotes.txt": ((('He said: "never closed\n\n' + ARTICLE) * 20).encode(), "ok"),
    "one-long-paragraph.txt": (("The council said 12 people came on Monday. " * 2400).encode(), "ok"),
    "no-spaces.txt": (("abc1,000def" * 9000).encode(), "ok"),
    "only-punctuation.txt": (("!?.,;:—–-\"'()[]{}" * 2000).encode(), "ok"),
    "mixed-scripts.txt": (
        (
            "Киев заявил, что 300 дронов. قال المسؤول إن 12 شخصا. 東京で3人が言った「こんにちは」。\n\n"
            + ARTICLE
        ).encode(),
        "ok",
    ),
    "emoji-combining.txt": (
        ("👩‍👩‍👧 e\u0301 n\u0303 \U0001f525 said 5 people “🔥 fire,” she said.\n" * 30).encode(),
        "ok",
    ),
    "zero-width-bidi.txt": (
        (
            "Zero\u200bwidth\u200d and \u202ebidi\u202c \u2066isolate\u2069 12\u00a0000 people said \u201cok\u201d.\n"
        ).encode()
        * 30,
        "ok",
    ),
    "control-chars.txt": (
        ("Bell\x07 and escape \x1b[31mred\x1b[0m, form\x0cfeed, 3 people.\n" * 30).encode(),
        "ok",
    ),
    "rich-markup.txt": (
        (b'[bold]Bold[/bold] and [link=x]y[/link] "quoted [red]text[/red]," he said.\n'),
        "ok",
    ),
}


def write(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (data, _) in FILES.items():
        path = target / name
        path.write_bytes(data)
        paths.append(path)
    return paths


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "nasty"
    for p in write(out):
        print(p)
