"""Reading inputs: walking folders, decoding, failures as one reason; writing outputs atomically."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

import pytest

from claimx import io
from claimx.errors import ClaimxError, InputError, NotText
from claimx.io import Input, decode, iter_inputs, output_path, read_bytes, read_text, write_atomic
from claimx.terminal import neutralise, printable

TEXT = 'KYIV (AP) — "We saw 1,200 drones," said Olena Café.\r\nPrices rose.\rEnd.\n'
ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


# -- decoding ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with the machine's BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        TEXT.encode("utf-32"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "utf16-le", "utf32"],
)
def test_unicode_is_decoded_whole_with_line_endings_untouched(data: bytes) -> None:
    assert decode(data, "x") == io.Decoded(TEXT, [])


def test_legacy_text_is_detected_as_cp1252_and_reported() -> None:
    text = "Café naïve “quoted” – the mayor said 12 people came. " * 3
    decoded = decode(text.encode("cp1252"), "x")
    assert decoded.text == text
    assert len(decoded.warnings) == 1 and "cp1252" in decoded.warnings[0]


def test_other_legacy_encodings_are_detected() -> None:
    text = "Киев заявил, что 300 дронов были сбиты над городом, сообщили власти."
    decoded = decode(text.encode("cp1251"), "x")
    assert decoded.text == text
    assert "cp1251" in decoded.warnings[0]


@pytest.mark.parametrize(
    "data",
    [
        b"text\x00with\x00nuls",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xd8\xff\xe0JFIF",
        b"PK\x03\x04docx",
        bytes(range(1, 256)) * 16,
    ],
    ids=["nul", "pdf", "png", "jpeg", "zip", "noise"],
)
def test_binary_data_is_not_text(data: bytes) -> None:
    with pytest.raises(NotText, match=r"^f\.txt: not a text file"):
        decode(data, "f.txt")


def test_broken_utf16_names_the_encoding() -> None:
    with pytest.raises(InputError, match="not valid UTF-16 text"):
        decode(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8", "x")


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n "])
def test_empty_and_blank_are_text(data: bytes) -> None:
    assert decode(data, "x").text == data.decode()


# -- reading ----------------------------------------------------------------------------


def test_read_failures_say_why_after_the_path(tmp_path: Path) -> None:
    missing = Input(str(tmp_path / "gone.txt"), "gone.txt", "gone.txt")
    with pytest.raises(InputError, match=r"^gone\.txt: no such file$"):
        read_bytes(missing)
    with pytest.raises(InputError, match=r"^d: is a directory$"):
        read_bytes(Input(str(tmp_path), "d", "d"))
    with pytest.raises(InputError, match=r"^x: permission denied$"):
        read_bytes(Input("x", "x", "x", error="permission denied"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_found_in_a_folder_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (inp,) = iter_inputs([str(tmp_path)])
    with pytest.raises(InputError, match=r"pipe\.txt: a FIFO, not a regular file$"):
        read_bytes(inp)


@pytest.mark.skipif(ROOT, reason="root reads every file")
def test_an_unreadable_file_is_permission_denied(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text("x")
    p.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_bytes(Input(str(p), "secret.txt", "secret.txt"))


def test_too_large_input_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(io, "MAX_BYTES", 10)
    p = tmp_path / "big.txt"
    p.write_text("x" * 11)
    with pytest.raises(InputError, match="too large"):
        read_bytes(Input(str(p), "big.txt", "big.txt"))


def test_given_text_is_taken_as_is() -> None:
    assert read_text(Input("s", "s", "s", text="\ufeffé")).text == "\ufeffé"


# -- walking ----------------------------------------------------------------------------


def _tree(root: Path, files: list[str]) -> None:
    for f in files:
        p = root / f
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f)


def test_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    _tree(tmp_path, ["b.txt", "a.txt", "sub/c.txt", "sub/z.md", ".hidden.txt", ".git/d.txt", "a0/e.txt"])
    found = list(iter_inputs([str(tmp_path)]))
    assert [i.rel for i in found] == ["a.txt", "a0/e.txt", "b.txt", "sub/c.txt"]
    assert found[0].source == str(tmp_path / "a.txt")
    assert not any(i.named for i in found)


def test_globs_choose_files_by_name_or_path(tmp_path: Path) -> None:
    _tree(tmp_path, ["a.txt", "b.md", "sub/c.md", "sub/d.txt"])
    assert [i.rel for i in iter_inputs([str(tmp_path)], ["*.md"])] == ["b.md", "sub/c.md"]
    assert [i.rel for i in iter_inputs([str(tmp_path)], ["*.md", "*.txt"])] == [
        "a.txt",
        "b.md",
        "sub/c.md",
        "sub/d.txt",
    ]
    assert [i.rel for i in iter_inputs([str(tmp_path)], ["sub/*"])] == ["sub/c.md", "sub/d.txt"]


def test_mixed_arguments_keep_their_order(tmp_path: Path) -> None:
    _tree(tmp_path, ["d/x.txt", "d/y.txt", "f.md"])
    found = list(iter_inputs([str(tmp_path / "f.md"), "-", str(tmp_path / "d")]))
    assert [(i.rel, i.named) for i in found] == [
        ("f.md", True),
        ("stdin", True),
        ("x.txt", False),
        ("y.txt", False),
    ]
    assert found[1].path == "-" and found[1].source == "-"


def test_symlink_loops_are_walked_once(tmp_path: Path) -> None:
    _tree(tmp_path, ["a/x.txt"])
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    (tmp_path / "b").symlink_to(tmp_path / "a")
    assert [i.rel for i in iter_inputs([str(tmp_path)])] == ["a/x.txt"]


def test_output_folder_is_not_walked(tmp_path: Path) -> None:
    _tree(tmp_path, ["a.txt", "out/a.txt"])
    assert [i.rel for i in iter_inputs([str(tmp_path)], exclude=[str(tmp_path / "out")])] == ["a.txt"]


def test_a_folder_named_like_a_file_is_walked(tmp_path: Path) -> None:
    _tree(tmp_path, ["notes.txt/inner.txt"])
    assert [i.rel for i in iter_inputs([str(tmp_path)])] == ["notes.txt/inner.txt"]


@pytest.mark.skipif(ROOT, reason="root lists every folder")
def test_an_unlistable_folder_is_one_failed_input(tmp_path: Path) -> None:
    _tree(tmp_path, ["a.txt", "locked/b.txt"])
    (tmp_path / "locked").chmod(0)
    try:
        found = list(iter_inputs([str(tmp_path)]))
    finally:
        (tmp_path / "locked").chmod(stat.S_IRWXU)
    assert [(i.rel, i.error) for i in found] == [("a.txt", None), ("locked/", "permission denied")]


def test_a_non_utf8_file_name_is_reported_with_a_replacement_character(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text("x")
    (inp,) = iter_inputs([str(tmp_path)])
    assert inp.source.endswith("caf\ufffd.txt")
    assert read_bytes(inp) == b"x"


# -- writing ----------------------------------------------------------------------------


def test_output_path_mirrors_the_tree() -> None:
    assert output_path("out", Input("d/sub/a.txt", "d/sub/a.txt", "sub/a.txt")) == Path("out/sub/a.json")
    assert output_path("out", Input("-", "-", "stdin")) == Path("out/stdin.json")


def test_write_atomic_replaces_whole_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "a.json"
    write_atomic(target, b"one\n")
    write_atomic(target, b"two\n")
    assert target.read_bytes() == b"two\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.json"]
    assert stat.S_IMODE(target.stat().st_mode) & 0o044  # readable by others (not mkstemp's 0600)


def test_write_atomic_failure_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(b"old\n")

    def broken(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(ClaimxError, match=r"cannot write .*No space left on device"):
        write_atomic(target, b"new\n")
    assert target.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


# -- terminal safety --------------------------------------------------------------------


def test_printable_keeps_a_message_on_one_safe_line() -> None:
    assert printable("a\nb\x1b[31m\u202e\udce9.txt") == "a\\nb\\x1b[31m\\u202e\\xe9.txt"
    assert printable("Café — “ok” 👩‍👩‍👧") == "Café — “ok” 👩‍👩‍👧"


def test_neutralise_keeps_length_and_shows_controls() -> None:
    text = "red \x1b[31m\x07 \u202eevil\r\nnext\rline\x9b\ttab 👩‍👩‍👧"
    safe = neutralise(text)
    assert len(safe) == len(text)
    assert safe == "red ␛[31m␇ \ufffdevil \nnext\nline\ufffd\ttab 👩‍👩‍👧"
