"""SQLite output: a real database file from real extractions, upserts, interruption, and Datasette."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimx.canonical import canonical
from claimx.cli import cli

from .conftest import SAMPLES
from .pages import BUDGET, boilerplate_page, jsonld_page, meta_page, write_warc

CLAIMX = [sys.executable, "-m", "claimx"]


def invoke(*args: str, input: str | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    """Pages, a WARC and two samples, with their articles as `claimx extract` prints them."""
    root = tmp_path_factory.mktemp("corpus")
    (root / "budget.html").write_text(meta_page(), encoding="utf-8")
    (root / "floods.html").write_text(jsonld_page(), encoding="utf-8")
    write_warc(
        root / "crawl.warc.gz",
        [("https://city.example.net/roads", "text/html", boilerplate_page().encode())],
    )
    for name in ("kursk-command-post.txt", "ap-harbour-bridge.txt"):
        (root / name).write_text((SAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    paths = sorted(str(p) for p in root.iterdir())
    r = invoke("extract", *paths)
    assert r.exit_code == 0, r.output
    return root, [json.loads(line) for line in r.stdout.splitlines()]


def paths_of(root: Path) -> list[str]:
    return sorted(str(p) for p in root.iterdir() if not p.name.endswith(".db"))


def query(db: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_extract_db_writes_every_article_and_claim(
    corpus: tuple[Path, list[dict[str, Any]]], tmp_path: Path
) -> None:
    root, arts = corpus
    db = tmp_path / "claims.db"
    r = invoke("extract", *paths_of(root), "--db", str(db))
    assert r.exit_code == 0, r.output
    assert r.stdout == ""  # the data went to the database
    assert query(db, "SELECT id, claims FROM articles ORDER BY id") == sorted(
        (a["source"], len(a["claims"])) for a in arts
    )
    want = sorted(
        (a["source"], c["id"], c["kind"], c["text"], c["start"], c["end"]) for a in arts for c in a["claims"]
    )
    got = query(db, 'SELECT article_id, claim_id, kind, text, start, "end" FROM claims')
    assert sorted(got) == want
    n_figures = sum(len(c["figures"]) for a in arts for c in a["claims"])
    n_dates = sum(len(c["dates"]) for a in arts for c in a["claims"])
    n_entities = sum(len(c["entities"]) for a in arts for c in a["claims"])
    assert query(db, "SELECT count(*) FROM figures") == [(n_figures,)] and n_figures > 0
    assert query(db, "SELECT count(*) FROM dates") == [(n_dates,)] and n_dates > 0
    assert query(db, "SELECT count(*) FROM entities") == [(n_entities,)] and n_entities > 0
    # Figures hang off their claims: the figure's text stands inside its claim's text.
    rows = query(db, "SELECT f.text, c.text FROM figures f JOIN claims c ON c.id = f.claim")
    assert len(rows) == n_figures and all(f in c for f, c in rows)
    page = query(
        db, "SELECT format, title, url, published, date, text FROM articles WHERE id LIKE '%budget.html'"
    )
    assert page == [
        (
            "html",
            "Council approves road budget",
            "https://news.example.org/2024/03/05/road-budget",
            "2024-03-05",
            "2024-03-05",
            "\n\n".join(BUDGET),
        )
    ]
    [(warc_url,)] = query(db, "SELECT url FROM articles WHERE format = 'warc'")
    assert warc_url == "https://city.example.net/roads"


def test_schema_has_foreign_keys_indexes_and_full_text_search(
    corpus: tuple[Path, list[dict[str, Any]]], tmp_path: Path
) -> None:
    root, _ = corpus
    db = tmp_path / "claims.db"
    assert invoke("extract", *paths_of(root), "--db", str(db)).exit_code == 0
    fks = {
        (t, *row[2:5])
        for t in ("claims", "figures", "dates", "entities")
        for row in query(db, f"PRAGMA foreign_key_list({t})")
    }
    assert {
        ("claims", "articles", "article_id", "id"),
        ("claims", "speakers", "speaker", "name"),
        ("figures", "claims", "claim", "id"),
        ("dates", "claims", "claim", "id"),
        ("entities", "claims", "claim", "id"),
    } <= fks
    assert query(db, "PRAGMA foreign_key_check") == []
    plan = " ".join(
        str(r) for r in query(db, "EXPLAIN QUERY PLAN SELECT text FROM claims WHERE speaker = 'Ana Ruiz'")
    )
    assert "USING INDEX" in plan
    hits = query(
        db,
        "SELECT c.text FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid WHERE claims_fts MATCH 'bridge'",
    )
    assert hits and all("bridge" in t.lower() for (t,) in hits)


def test_a_rerun_upserts_and_a_changed_article_is_replaced(
    corpus: tuple[Path, list[dict[str, Any]]], tmp_path: Path
) -> None:
    root, arts = corpus
    db = tmp_path / "claims.db"
    jsonl = tmp_path / "claims.jsonl"
    jsonl.write_text("".join(json.dumps(a) + "\n" for a in arts), encoding="utf-8")
    for _ in range(2):
        assert invoke("db", "load", str(jsonl), str(db)).exit_code == 0
    assert invoke("extract", *paths_of(root), "--db", str(db)).exit_code == 0
    total = sum(len(a["claims"]) for a in arts)
    assert query(db, "SELECT count(*) FROM articles") == [(len(arts),)]
    assert query(db, "SELECT count(*) FROM claims") == [(total,)]
    assert query(db, "SELECT count(*) FROM claims_fts") == [(total,)]
    # The same source with another text: its old claims go, the others stay.
    page = tmp_path / "budget.html"
    page.write_text(meta_page(BUDGET[:1]), encoding="utf-8")
    src = next(a for a in arts if a["source"].endswith("budget.html"))
    changed = json.loads(invoke("extract", str(page)).stdout)
    changed["source"] = src["source"]
    assert invoke("db", "load", "-", str(db), input=json.dumps(changed) + "\n").exit_code == 0
    assert query(db, "SELECT count(*) FROM claims WHERE article_id = ?", src["source"]) == [
        (len(changed["claims"]),)
    ]
    assert query(db, "SELECT count(*) FROM claims") == [
        (total - len(src["claims"]) + len(changed["claims"]),)
    ]
    assert query(db, "SELECT count(*) FROM figures WHERE claim NOT IN (SELECT id FROM claims)") == [(0,)]


def test_load_reports_lines_that_are_not_articles(tmp_path: Path) -> None:
    claim_line = invoke("extract", "--claims", str(SAMPLES / "kursk-command-post.txt")).stdout.splitlines()[0]
    jsonl = tmp_path / "mixed.jsonl"
    article = invoke("extract", str(SAMPLES / "ap-harbour-bridge.txt")).stdout
    jsonl.write_text(f"{article}not json\n{claim_line}\n", encoding="utf-8")
    db = tmp_path / "claims.db"
    r = invoke("db", "load", str(jsonl), str(tmp_path / "missing.jsonl"), str(db))
    assert r.exit_code == 1
    assert r.stderr.splitlines() == [
        f"Error: {jsonl}:2: not JSON (Expecting value)",
        f"Error: {jsonl}:3: a claim line (from --claims); load the article lines of claimx extract",
        f"Error: {tmp_path / 'missing.jsonl'}: no such file",
    ]
    assert query(db, "SELECT count(*) FROM articles") == [(1,)]
    notdb = tmp_path / "notes.txt"
    notdb.write_text("not a database, just text that is long enough to have a header" * 10)
    r = invoke("db", "load", str(jsonl), str(notdb))
    assert r.exit_code == 1 and r.stderr.startswith(f"Error: {notdb}: not a usable SQLite database (")
    r = invoke("extract", "--claims", "--db", str(db), str(SAMPLES / "ap-harbour-bridge.txt"))
    assert r.exit_code == 2 and "--db stores whole articles" in r.stderr


def test_one_speaker_across_articles(corpus: tuple[Path, list[dict[str, Any]]], tmp_path: Path) -> None:
    root, arts = corpus
    db = tmp_path / "claims.db"
    assert invoke("extract", *paths_of(root), "--db", str(db)).exit_code == 0
    # Ana Ruiz speaks in the budget page, the WARC copy of it and the floods page.
    [(articles, claims)] = query(db, "SELECT articles, claims FROM speakers WHERE name = 'Ana Ruiz'")
    want = [
        a["source"] for a in arts if any((c["speaker"] or {}).get("name") == "Ana Ruiz" for c in a["claims"])
    ]
    assert articles == len(want) == 3
    assert claims == sum((c["speaker"] or {}).get("name") == "Ana Ruiz" for a in arts for c in a["claims"])
    assert query(db, "SELECT count(*) FROM claims WHERE speaker_name IS NOT NULL AND speaker IS NULL") == [
        (0,)
    ]


def test_canonical_names_merge_spellings_and_unique_surnames() -> None:
    names = [
        ("Volodymyr Zelenskyy", "PERSON", 30),
        ("Zelenskyy", "PERSON", 5),
        ("ZELENSKYY", "PERSON", 1),
        ("Donald Trump", "PERSON", 20),
        ("Melania Trump", "PERSON", 2),
        ("Trump", "PERSON", 9),
        ("U.N.", "ORG", 3),
        ("UN", "ORG", 4),
        ("José Álvarez", "PERSON", 1),
        ("Jose Alvarez", "PERSON", 2),
    ]
    got = canonical(names)
    assert got["Zelenskyy", "PERSON"] == got["ZELENSKYY", "PERSON"] == "Volodymyr Zelenskyy"
    assert got["Trump", "PERSON"] == "Trump"  # two full names end in it: left alone
    assert got["U.N.", "ORG"] == got["UN", "ORG"] == "UN"
    assert got["José Álvarez", "PERSON"] == "Jose Alvarez"


def _records(n: int) -> Iterator[str]:
    art = json.loads(invoke("extract", str(SAMPLES / "ap-harbour-bridge.txt")).stdout)
    for i in range(n):
        yield json.dumps({**art, "source": f"article-{i:05d}"}) + "\n"


def _wait_for(db: Path, n: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if db.exists():
            try:
                if query(db, "SELECT count(*) FROM articles")[0][0] >= n:
                    return
            except sqlite3.OperationalError:
                pass  # not created yet, or locked for a moment
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.05)
    raise AssertionError(f"{db} never held {n} articles")


def _whole(db: Path) -> None:
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    # Every article stored has all of its claims: no transaction was left half done.
    assert query(
        db,
        "SELECT count(*) FROM articles a WHERE claims != (SELECT count(*) FROM claims WHERE article_id = a.id)",
    ) == [(0,)]


@pytest.mark.parametrize("how", ["SIGINT", "SIGKILL"])
def test_an_interrupted_load_leaves_a_valid_database(tmp_path: Path, how: str) -> None:
    db = tmp_path / "claims.db"
    proc = subprocess.Popen(
        [*CLAIMX, "db", "load", "-", str(db)],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # As from a shell: Ctrl-C not ignored, whatever this test process inherited (a
        # process that starts with SIGINT ignored never raises KeyboardInterrupt).
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdin is not None
    records = list(_records(250))
    for line in records:  # 200 articles make a transaction; 50 stay queued
        proc.stdin.write(line.encode())
    proc.stdin.flush()
    _wait_for(db, 200, proc)
    time.sleep(1.0)  # it reads the last 50 lines, queues them and waits for more
    proc.send_signal(getattr(signal, how))
    code = proc.wait(timeout=60)
    _whole(db)
    [(n,)] = query(db, "SELECT count(*) FROM articles")
    if how == "SIGINT":
        assert code == 130
        assert n == 250  # Ctrl-C commits what was read
    else:
        assert code == -signal.SIGKILL
        assert n == 200  # killed: the open transaction is rolled back, the committed one stays


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_datasette_serves_speaker_kind_and_date_facets(
    corpus: tuple[Path, list[dict[str, Any]]], tmp_path: Path
) -> None:
    root, arts = corpus
    db = tmp_path / "claims.db"
    assert invoke("extract", *paths_of(root), "--db", str(db)).exit_code == 0
    port = _free_port()
    datasette = Path(sys.executable).with_name("datasette")
    proc = subprocess.Popen(
        [str(datasette), "serve", str(db), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "DATASETTE_SECRET": "test"},
    )
    try:
        url = f"http://127.0.0.1:{port}/claims/claims.json?_facet=speaker&_facet=kind&_facet_date=article_date&_size=0"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as resp:
                    data = json.load(resp)
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "Datasette did not start"
                time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    facets = data["facet_results"]
    speakers = {r["value"]: r["count"] for r in facets["speaker"]["results"]}
    want = Counter(c["speaker"]["name"] for a in arts for c in a["claims"] if c["speaker"])
    top = dict(want.most_common(len(speakers)))
    assert speakers["Ana Ruiz"] == want["Ana Ruiz"] == 5  # 2 in each budget page, 1 in the floods
    assert {k: v for k, v in speakers.items() if v > 1} == {k: v for k, v in top.items() if v > 1}
    kinds = {r["value"]: r["count"] for r in facets["kind"]["results"]}
    assert kinds == Counter(c["kind"] for a in arts for c in a["claims"])
    dates = {r["value"]: r["count"] for r in facets["article_date"]["results"]}
    assert dates["2024-03-05"] == sum(
        len(a["claims"]) for a in arts if (a.get("input") or {}).get("published") == "2024-03-05"
    )


def test_the_readme_sql_recipes_run(corpus: tuple[Path, list[dict[str, Any]]], tmp_path: Path) -> None:
    root, _ = corpus
    db = tmp_path / "claims.db"
    assert invoke("extract", *paths_of(root), "--db", str(db)).exit_code == 0
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    statements = [
        s.strip() for block in re.findall(r"```sql\n(.*?)```", readme, flags=re.S) for s in block.split(";")
    ]
    results = [query(db, s) for s in statements if s]
    assert len(results) == 4
    by_speaker, soldiers, monthly, _ = results
    assert by_speaker and all(kind in ("quote", "reported", "statement") for _, kind, *_ in by_speaker)
    assert soldiers and all("soldier" in unit for _, _, unit, _, _ in soldiers)
    assert ("2024-03", "Ana Ruiz", 2) in monthly  # her quote in the page and in its WARC copy


def test_skip_existing_with_db_leaves_stored_articles_alone(
    corpus: tuple[Path, list[dict[str, Any]]], tmp_path: Path
) -> None:
    root, arts = corpus
    db = tmp_path / "claims.db"
    assert invoke("extract", *paths_of(root), "--db", str(db)).exit_code == 0
    gone = arts[0]["source"]
    with sqlite3.connect(db) as conn:
        for table in ("figures", "dates", "entities", "claims"):
            conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (gone,))
        conn.execute("DELETE FROM articles WHERE id = ?", (gone,))
        conn.execute("UPDATE articles SET title = 'kept'")
    assert invoke("extract", *paths_of(root), "--db", str(db), "--skip-existing").exit_code == 0
    assert query(db, "SELECT count(*) FROM claims WHERE article_id = ?", gone) == [(len(arts[0]["claims"]),)]
    titles = dict(query(db, "SELECT id, title FROM articles"))
    assert gone.endswith(".txt") and titles.pop(gone) is None  # stored again: a text has no title
    assert set(titles.values()) == {"kept"}
