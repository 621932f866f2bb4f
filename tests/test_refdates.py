"""Reference dates per input: `--dates FILE.csv`, `--date-from-name`, `extract_many(dates=...)`."""

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimx import extract_many
from claimx.cli import cli
from claimx.refdates import BadDates, RefDates, date_in_name, load_table

MONDAY = "The depot closed on Monday, officials said.\n"


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("2024-03-08-bridge.txt", date(2024, 3, 8)),
        ("bridge_20240308.txt", date(2024, 3, 8)),
        ("bridge-2024_03_08.md", date(2024, 3, 8)),
        ("20241308-then-2024-03-08.txt", date(2024, 3, 8)),  # no 13th month: the next one
        ("bridge.txt", None),
        ("report-2024.txt", None),
        ("id-120240308.txt", None),  # nine digits: an id, not a date
        ("2024-03-8.txt", None),
        ("2024-03_08.txt", None),  # mixed separators
    ],
)
def test_date_in_name(name: str, want: date | None) -> None:
    assert date_in_name(name) == want


def test_table_matches_path_name_and_falls_back() -> None:
    refs = RefDates({"a.txt": date(2024, 1, 1), "sub/b.txt": date(2024, 2, 2)}, from_name=True)
    assert refs.pick("x/a.txt", "x/a.txt", "a.txt", None) == date(2024, 1, 1)
    assert refs.pick("sub/b.txt", "sub/b.txt", "sub/b.txt", None) == date(2024, 2, 2)
    assert refs.pick("other/b.txt", "other/b.txt", "b.txt", None) is None
    assert refs.pick("c-2024-05-06.txt", "c-2024-05-06.txt", "c-2024-05-06.txt", None) == date(2024, 5, 6)
    assert refs.pick("c.txt", "c.txt", "c.txt", date(2020, 1, 1)) == date(2020, 1, 1)


@pytest.mark.parametrize(
    ("content", "want"),
    [
        ("a.txt,2024-03-01\n", {"a.txt": date(2024, 3, 1)}),
        ("file,date\na.txt,2024-03-01\n", {"a.txt": date(2024, 3, 1)}),
        ("\ufeffpath, date\n\n# a comment\n./sub/a.txt , 2024-03-01\n", {"sub/a.txt": date(2024, 3, 1)}),
        ('"a, b.txt",2024-03-01\n', {"a, b.txt": date(2024, 3, 1)}),
    ],
)
def test_load_table(tmp_path: Path, content: str, want: dict[str, date]) -> None:
    f = tmp_path / "d.csv"
    f.write_text(content, encoding="utf-8")
    assert load_table(f) == want


@pytest.mark.parametrize(
    ("content", "line", "why"),
    [
        ("a.txt,2024-02-30\n", 1, "'2024-02-30' is not a date in the form YYYY-MM-DD"),
        ("file,date\na.txt,2024-03-01\nb.txt,03/01/2024\n", 3, "'03/01/2024' is not a date"),
        ("file,date\na.txt\n", 2, "want two columns"),
        ("a.txt,2024-03-01,extra\n", 1, "want two columns"),
        ("a.txt,2024-03-01\nb.txt,date\n", 2, "'date' is not a date"),  # a header only comes first
    ],
)
def test_bad_table_names_its_line(tmp_path: Path, content: str, line: int, why: str) -> None:
    f = tmp_path / "d.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(BadDates, match=f"^{f}:{line}: {why}"):
        load_table(f)


def _run(args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(cwd)
    for name in ("2024-03-08-depot.txt", "depot.txt", "old-depot.txt"):
        Path(name).write_text(MONDAY, encoding="utf-8")
    Path("d.csv").write_text("file,date\nold-depot.txt,2019-06-14\n", encoding="utf-8")
    Path("bad.csv").write_text("file,date\nold-depot.txt,2019-06-14\ndepot.txt,June\n", encoding="utf-8")
    return CliRunner().invoke(cli, args)


def _mondays(stdout: str) -> dict[str, list[str | None]]:
    arts = [json.loads(line) for line in stdout.splitlines()]
    return {a["source"]: [d["value"] for c in a["claims"] for d in c["dates"]] for a in arts}


def test_cli_dates_table_then_name_then_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = ["2024-03-08-depot.txt", "depot.txt", "old-depot.txt"]
    r = _run(
        ["extract", "-q", "--dates", "d.csv", "--date-from-name", "--date", "2025-01-10", *files],
        tmp_path,
        monkeypatch,
    )
    assert r.exit_code == 0, r.output
    assert _mondays(r.stdout) == {
        "2024-03-08-depot.txt": ["2024-03-04"],
        "depot.txt": ["2025-01-06"],
        "old-depot.txt": ["2019-06-10"],
    }


def test_cli_without_the_options_every_file_takes_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    r = _run(
        ["extract", "-q", "--date", "2025-01-10", "2024-03-08-depot.txt", "old-depot.txt"],
        tmp_path,
        monkeypatch,
    )
    assert r.exit_code == 0, r.output
    assert _mondays(r.stdout) == {"2024-03-08-depot.txt": ["2025-01-06"], "old-depot.txt": ["2025-01-06"]}


def test_cli_bad_row_is_one_line_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    r = _run(["extract", "-q", "--dates", "bad.csv", "depot.txt"], tmp_path, monkeypatch)
    assert r.exit_code == 2
    assert r.stdout == ""
    assert r.stderr == "Error: bad.csv:3: 'June' is not a date in the form YYYY-MM-DD\n"


def test_cli_missing_table_is_one_line_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    r = _run(["extract", "-q", "--dates", "none.csv", "depot.txt"], tmp_path, monkeypatch)
    assert r.exit_code == 2
    assert r.stderr == "Error: none.csv: cannot read the dates table (No such file or directory)\n"


@pytest.mark.parametrize(
    ("order", "want"), [("MDY", "2023-02-11"), ("dmy", "2023-11-02"), (None, "2023-11-02")]
)
def test_cli_date_order(order: str | None, want: str) -> None:
    args = ["extract", "-q", "-"] + (["--date-order", order] if order else [])
    r = CliRunner().invoke(cli, args, input="02/11/2023\n\nThe depot closed.\n")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["dateline"]["date"] == want


def test_cli_bad_date_order_is_a_usage_error() -> None:
    r = CliRunner().invoke(cli, ["extract", "--date-order", "YMD", "-"], input="x")
    assert r.exit_code == 2 and "'YMD' is not one of 'dmy', 'mdy'" in r.stderr


def test_api_dates_per_source() -> None:
    arts = extract_many(
        [("a", MONDAY), ("b", MONDAY), ("c", "2 March 2024\n\n" + MONDAY)],
        dates={"a": "2024-02-07", "c": "2019-01-01"},
        date="2024-03-08",
    )
    assert [[d.value for cl in a.claims for d in cl.dates] for a in arts] == [
        ["2024-02-05"],
        ["2024-03-04"],
        ["2024-02-26"],  # a dated dateline wins over the table
    ]
