"""SQLite output: articles and their claims as tables to query, and to browse with Datasette.

`Store` writes article records (the JSON `claimx extract` prints) through
sqlite-utils into `articles`, `claims`, `figures`, `dates` and `entities`, with
foreign keys, indexes and an FTS5 index on the claims' text. An article is keyed
by its `source`: loading it again replaces its rows, so a re-run upserts and never
duplicates. Rows are written in transactions of whole articles, so an interrupted
run leaves a valid database holding the articles committed before it stopped.
`speakers` (one row per speaker across the database) and `speaker_names` (the
names articles use, each linked to its speaker) are rebuilt when a store closes.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from claimx.canonical import canonical
from claimx.errors import ClaimxError, InputError
from claimx.io import Input
from claimx.models import Article
from claimx.sink import Sink

# Articles per transaction: large enough that commits cost little against inserts,
# small enough that an interrupted run loses little and Datasette sees progress.
BATCH = 200
# And at most this many seconds between commits when articles come slowly (extraction).
BATCH_SECONDS = 5.0

_CHILDREN = ("figures", "dates", "entities")
_FIGURE_KEYS = ("text", "start", "end", "value", "low", "high", "qualifier", "unit")
_ENTITY_KEYS = ("text", "start", "end", "type", "name")

_COLUMNS: dict[str, dict[str, type]] = {
    "articles": {
        "id": str,
        "format": str,
        "title": str,
        "url": str,
        "published": str,
        "author": str,
        "site": str,
        "date": str,
        "dateline": str,
        "dateline_date": str,
        "dateline_place": str,
        "dateline_agency": str,
        "claims": int,
        "quotes": int,
        "warnings": str,
        "text": str,
    },
    "speakers": {"name": str, "type": str, "title": str, "articles": int, "claims": int},
    "claims": {
        "id": int,
        "article_id": str,
        "claim_id": str,
        "kind": str,
        "text": str,
        "start": int,
        "end": int,
        "section": str,
        "speaker": str,
        "speaker_name": str,
        "speaker_mention": str,
        "speaker_type": str,
        "speaker_title": str,
        "cue": str,
        "channel": str,
        "date": str,
        "article_date": str,
        "actor_name": str,
        "actor_type": str,
        "action": str,
        "object": str,
    },
    "figures": {
        "id": int,
        "claim": int,
        "article_id": str,
        "text": str,
        "start": int,
        "end": int,
        "value": float,
        "low": float,
        "high": float,
        "approximate": int,
        "qualifier": str,
        "unit": str,
    },
    "dates": {
        "id": int,
        "claim": int,
        "article_id": str,
        "text": str,
        "start": int,
        "end": int,
        "value": str,
    },
    "entities": {
        "id": int,
        "claim": int,
        "article_id": str,
        "text": str,
        "start": int,
        "end": int,
        "type": str,
        "name": str,
    },
    "speaker_names": {"name": str, "type": str, "speaker": str, "articles": int, "claims": int},
}

_INDEXES: dict[str, list[tuple[str, ...]]] = {
    "claims": [
        ("article_id", "claim_id"),
        ("speaker",),
        ("speaker_name", "speaker_type"),
        ("kind",),
        ("date",),
        ("article_date",),
    ],
    "figures": [("claim",), ("article_id",), ("unit",)],
    "dates": [("claim",), ("article_id",), ("value",)],
    "entities": [("claim",), ("article_id",), ("name",)],
    "articles": [("date",), ("url",)],
    "speaker_names": [("speaker",)],
}
_UNIQUE = {("claims", ("article_id", "claim_id"))}

_PK: dict[str, str | tuple[str, ...]] = {"speakers": "name", "speaker_names": ("name", "type")}
_FOREIGN: dict[str, list[tuple[str, str, str]]] = {
    "claims": [("article_id", "articles", "id"), ("speaker", "speakers", "name")],
    "figures": [("claim", "claims", "id"), ("article_id", "articles", "id")],
    "dates": [("claim", "claims", "id"), ("article_id", "articles", "id")],
    "entities": [("claim", "claims", "id"), ("article_id", "articles", "id")],
    "speaker_names": [("speaker", "speakers", "name")],
}


class Store:
    """A claimx database being written; use it as a context manager, or call `close`."""

    def __init__(self, path: str | Path) -> None:
        import sqlite_utils

        self.path = str(path)
        try:
            self.db = sqlite_utils.Database(self.path)
            self._create()
            row = self.db.execute("SELECT max(id) FROM claims").fetchone()
        except sqlite3.Error as exc:
            raise ClaimxError(f"{self.path}: not a usable SQLite database ({exc})") from exc
        self.next_claim = (row[0] or 0) + 1
        self.pending: dict[str, dict[str, Any]] = {}
        self.since = time.monotonic()
        self.articles = self.claims = 0

    def _create(self) -> None:
        db = self.db
        for name, columns in _COLUMNS.items():
            if name in db.table_names():
                continue
            pk: str | tuple[str, ...] = _PK.get(name, "id")
            db[name].create(  # type: ignore[union-attr]
                columns, pk=pk, foreign_keys=_FOREIGN.get(name, []), not_null={"id"} if pk == "id" else set()
            )
        for name, indexes in _INDEXES.items():
            have_ix = {tuple(ix.columns) for ix in db[name].indexes}  # type: ignore[union-attr]
            for cols in indexes:
                if cols not in have_ix:
                    db[name].create_index(cols, unique=(name, cols) in _UNIQUE)  # type: ignore[union-attr]
        if "claims_fts" not in db.table_names():
            # Triggers keep the index in step with every insert and delete of a claim.
            db["claims"].enable_fts(["text"], fts_version="FTS5", create_triggers=True)  # type: ignore[union-attr]

    # -- writing -------------------------------------------------------------------------

    def add(self, record: dict[str, Any]) -> None:
        """Queue one article record for the next transaction (replacing a queued one of the same source)."""
        if "claims" not in record or "source" not in record:
            raise InputError("not an article record (claim lines from --claims cannot be loaded)")
        self.pending[str(record["source"])] = record
        if len(self.pending) >= BATCH or time.monotonic() - self.since >= BATCH_SECONDS:
            self.flush()

    def has(self, source: str) -> bool:
        """Whether the article of `source` is in the database (committed, or queued)."""
        if source in self.pending:
            return True
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", [source]).fetchone() is not None

    def flush(self) -> None:
        """Write the queued articles in one transaction: all of them, or none."""
        if not self.pending:
            self.since = time.monotonic()
            return
        records = list(self.pending.values())
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in ("articles", "claims", *_CHILDREN)}
        next_claim = self.next_claim
        for rec in records:
            next_claim = _rows(rec, next_claim, rows)
        ids = [(r["id"],) for r in rows["articles"]]
        conn = self.db.conn
        try:
            with conn:  # one transaction: committed whole, or rolled back on any error (Ctrl-C too)
                for name in (*_CHILDREN, "claims"):
                    conn.executemany(f"DELETE FROM [{name}] WHERE article_id = ?", ids)
                self.db["articles"].upsert_all(rows["articles"], pk="id")  # type: ignore[union-attr]
                for name in ("claims", *_CHILDREN):
                    # Plain executemany: sqlite-utils' insert_all checks and converts every
                    # value, which halves the load rate; these rows are typed already.
                    cols = [c for c in _COLUMNS[name] if name == "claims" or c != "id"]
                    names, marks = ", ".join(f"[{c}]" for c in cols), ", ".join("?" * len(cols))
                    sql = f"INSERT INTO [{name}] ({names}) VALUES ({marks})"
                    conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows[name]])
        except sqlite3.Error as exc:
            raise ClaimxError(f"cannot write {self.path}: {exc}") from exc
        self.next_claim = next_claim
        self.articles += len(records)
        self.claims += len(rows["claims"])
        self.pending.clear()
        self.since = time.monotonic()

    def close(self) -> None:
        """Commit what is queued and rebuild the speakers across the database."""
        try:
            self.flush()
            self.rebuild_speakers()
        finally:
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is None or issubclass(kind, KeyboardInterrupt):
            self.close()  # interrupted between two articles: keep what was done
        else:
            self.db.close()

    # -- speakers across articles --------------------------------------------------------

    def rebuild_speakers(self) -> None:
        """One `speakers` row per person or body across all articles; `speaker_names` link the names used."""
        conn = self.db.conn
        names = conn.execute(
            "SELECT speaker_name, speaker_type, max(speaker_title), count(*), count(DISTINCT article_id) "
            "FROM claims WHERE speaker_name IS NOT NULL GROUP BY speaker_name, speaker_type"
        ).fetchall()
        mapping = canonical([(n, t, c) for n, t, _, c, _ in names])
        speakers: dict[str, dict[str, Any]] = {}
        for name, type_, title, claims, _ in names:
            s = speakers.setdefault(mapping[name, type_], {"types": {}, "title": {}, "claims": 0})
            s["types"][type_] = s["types"].get(type_, 0) + claims
            if title:
                s["title"][title] = s["title"].get(title, 0) + claims
            s["claims"] += claims
        try:
            with conn:
                conn.execute("DELETE FROM speaker_names")
                conn.execute("DELETE FROM speakers")
                conn.executemany(
                    "INSERT INTO speakers (name, type, title, articles, claims) VALUES (?, ?, ?, ?, ?)",
                    [
                        (key, _top(s["types"]), _top(s["title"]) if s["title"] else None, 0, s["claims"])
                        for key, s in speakers.items()
                    ],
                )
                conn.executemany(
                    "INSERT INTO speaker_names (name, type, speaker, articles, claims) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [(n, t, mapping[n, t], a, c) for n, t, _, c, a in names],
                )
                # Only the claims whose speaker changes (new claims, merged names) are written.
                conn.executemany(
                    "UPDATE claims SET speaker = ? "
                    "WHERE speaker_name = ? AND speaker_type IS ? AND speaker IS NOT ?",
                    [(mapping[n, t], n, t, mapping[n, t]) for n, t, *_ in names],
                )
                conn.execute(
                    "UPDATE speakers SET articles = (SELECT count(DISTINCT article_id) FROM claims "
                    "WHERE claims.speaker = speakers.name)"
                )
        except sqlite3.Error as exc:
            raise ClaimxError(f"cannot write {self.path}: {exc}") from exc


def _top(counts: dict[str, int]) -> str:
    return max(counts.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]


def _rows(rec: dict[str, Any], next_claim: int, rows: dict[str, list[dict[str, Any]]]) -> int:
    """Append the rows of one article record to `rows`; returns the next free claim id."""
    source = str(rec["source"])
    inp = rec.get("input") or {}
    dl = rec.get("dateline") or {}
    day = dl.get("date") or inp.get("published")
    claims = rec.get("claims") or []
    rows["articles"].append(
        {
            "id": source,
            "format": inp.get("format", "text"),
            "title": inp.get("title"),
            "url": inp.get("url"),
            "published": inp.get("published"),
            "author": inp.get("author"),
            "site": inp.get("site"),
            "date": day,
            "dateline": dl.get("text") or None,
            "dateline_date": dl.get("date"),
            "dateline_place": dl.get("place"),
            "dateline_agency": dl.get("agency"),
            "claims": len(claims),
            "quotes": sum(c.get("kind") == "quote" for c in claims),
            "warnings": json.dumps(rec.get("warnings") or [], ensure_ascii=False),
            "text": inp.get("text"),
        }
    )
    for c in claims:
        cid = next_claim
        next_claim += 1
        sp = c.get("speaker") or {}
        actor = c.get("actor") or {}
        rows["claims"].append(
            {
                "id": cid,
                "article_id": source,
                "claim_id": c.get("id"),
                "kind": c.get("kind"),
                "text": c.get("text"),
                "start": c.get("start"),
                "end": c.get("end"),
                "section": c.get("section"),
                "speaker": None,  # set when the speakers are rebuilt, across articles
                "speaker_name": sp.get("name"),
                "speaker_mention": sp.get("mention"),
                "speaker_type": sp.get("type"),
                "speaker_title": sp.get("title"),
                "cue": c.get("cue"),
                "channel": c.get("channel"),
                "date": c.get("date"),
                "article_date": day,
                "actor_name": actor.get("name"),
                "actor_type": actor.get("type"),
                "action": c.get("action"),
                "object": (c.get("object") or {}).get("text"),
            }
        )
        base = {"claim": cid, "article_id": source}
        for f in c.get("figures") or []:
            rows["figures"].append(
                {
                    **base,
                    **{
                        k: f.get(k)
                        for k in ("text", "start", "end", "value", "low", "high", "qualifier", "unit")
                    },
                    "approximate": int(bool(f.get("approximate"))),
                }
            )
        for d in c.get("dates") or []:
            rows["dates"].append({**base, **{k: d.get(k) for k in ("text", "start", "end", "value")}})
        for e in c.get("entities") or []:
            rows["entities"].append(
                {**base, **{k: e.get(k) for k in ("text", "start", "end", "type", "name")}}
            )
    return next_claim


class DbSink(Sink):
    """`extract --db FILE`: each article into the database, committed in batches and on close."""

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.store = Store(path)

    def put(self, inp: Input, art: Article) -> str | None:
        self.store.add(art.model_dump(mode="json"))
        return None

    def exists(self, inp: Input) -> bool:
        return self.store.has(inp.source)

    def close(self) -> None:
        self.store.close()
