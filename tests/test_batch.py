"""The batch engine: one result per input, in order, failures isolated to their input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimx.compose as claims_module
from claimx.batch import GROUP, Options, process_group, run
from claimx.io import Input, iter_inputs
from claimx.models import Article
from claimx.sink import render

from .conftest import SAMPLES

SHORT = 'LONDON, March 3 (Reuters) - "Prices rose 4% in May," the minister said on Monday.\n'


def _inp(name: str, text: str) -> Input:
    return Input(name, name, name, text=text)


def test_results_come_in_input_order_across_groups(nlp) -> None:  # type: ignore[no-untyped-def]
    inputs = [_inp(f"t{i}", SHORT.replace("4%", f"{i}%")) for i in range(GROUP + 3)]
    out = list(run(inputs, Options()))
    assert [i.source for i, _ in out] == [f"t{i}" for i in range(GROUP + 3)]
    assert all(r.error is None and r.article is not None for _, r in out)
    assert [r.article.source for _, r in out if r.article] == [f"t{i}" for i in range(GROUP + 3)]


def test_a_failing_input_is_its_own_result(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    inputs = [
        _inp("a", SHORT),
        Input(str(bad), "bad.txt", "bad.txt"),
        Input("nope", "nope", "nope"),
        _inp("b", SHORT),
    ]
    results = process_group(inputs, Options())
    assert [r.error for r in results] == [None, "bad.txt: not a text file", "nope: no such file", None]
    a, b = results[0].article, results[3].article
    assert a is not None and b is not None and a.claims == b.claims and a.source == "a" and b.source == "b"


def test_an_exception_on_one_text_spares_the_others(monkeypatch: pytest.MonkeyPatch, nlp) -> None:  # type: ignore[no-untyped-def]
    real = claims_module.article

    def flaky(doc, source, ref=None, order=None):  # type: ignore[no-untyped-def]
        if source == "boom":
            raise ValueError("bad\nthing")
        return real(doc, source, ref, order)

    monkeypatch.setattr(claims_module, "article", flaky)
    results = process_group([_inp("a", SHORT), _inp("boom", SHORT), _inp("c", SHORT)], Options())
    assert [r.error for r in results] == [
        None,
        "boom: internal error (ValueError: bad thing); please report it",
        None,
    ]
    with pytest.raises(ValueError):
        process_group([_inp("boom", SHORT)], Options(strict=True))


def test_long_texts_are_parsed_in_chunks_in_place(monkeypatch: pytest.MonkeyPatch, nlp) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(claims_module, "CHUNK_CHARS", 200)
    long = (SHORT + "\n") * 6
    results = process_group([_inp("short", SHORT), _inp("long", long)], Options())
    short, chunked = (r.article for r in results)
    assert short is not None and chunked is not None
    assert any("chunks" in w for w in chunked.warnings)
    for c in chunked.claims:
        assert long[c.start : c.end] == c.text


def test_decoding_warnings_lead_the_article_warnings(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "old.txt"
    p.write_bytes(("Café naïve “quoted” – the mayor said 12 people came. " * 3).encode("cp1252"))
    (r,) = process_group([Input(str(p), "old.txt", "old.txt")], Options())
    assert r.article is not None
    assert r.article.warnings[0].startswith("the text is not UTF-8: decoded as cp1252")


def test_render_per_claim_and_indented(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimx.compose import article

    text = (SAMPLES / "kursk-command-post.txt").read_text(encoding="utf-8")
    art = article(nlp(text), "k.txt")
    lines = render(art, claims=True).splitlines()
    assert len(lines) == len(art.claims) > 0
    first = json.loads(lines[0])
    assert list(first)[:2] == ["source", "dateline_date"]
    assert first["source"] == "k.txt" and first["dateline_date"] == "2025-02-02"
    assert first["id"] == art.claims[0].id
    indented = render(art, "json")
    assert indented.startswith('{\n  "source": "k.txt",') and indented.endswith("}\n")
    assert Article.model_validate_json(indented) == art


def test_results_of_a_folder_walk_stream(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(SHORT)
    result = run(iter_inputs([str(tmp_path)]), Options())
    inp, first = next(result)
    assert inp.rel == "0.txt" and first.article is not None and first.claims == len(first.article.claims) > 0
    result.close()


def test_a_file_that_vanishes_after_the_listing_is_one_failure(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(SHORT)
    inputs = list(iter_inputs([str(tmp_path)]))
    (tmp_path / "b.txt").unlink()
    (tmp_path / "c.txt").unlink()
    (tmp_path / "c.txt").mkdir()  # replaced by a folder of the same name
    results = process_group(inputs, Options())
    assert [r.error for r in results] == [
        None,
        f"{tmp_path / 'b.txt'}: no such file",
        f"{tmp_path / 'c.txt'}: a directory, not a regular file",
    ]


def test_a_worker_that_dies_loses_only_the_input_that_killed_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from claimx.batch import _groups, _parallel
    from tests.crashy import die_on_boom

    for i in range(40):
        name = "a17-boom.txt" if i == 17 else f"a{i:02d}.txt"
        (tmp_path / name).write_text(f"The council said {i} libraries would close.\n", encoding="utf-8")
    inputs = list(iter_inputs([str(tmp_path)]))
    want = {inp.source: r for inp, r in run(inputs, Options())}  # in this process, nothing dies

    got = list(_parallel(_groups(inputs), Options(), 2, worker=die_on_boom))

    assert [inp.source for inp, _ in got] == [inp.source for inp in inputs]
    failed = {inp.source: r.error for inp, r in got if r.error}
    boom = next(inp.source for inp in inputs if "boom" in inp.source)
    assert failed == {boom: f"{boom}: the worker process died while processing it (killed, or out of memory)"}
    assert all(r.article == want[inp.source].article for inp, r in got if inp.source != boom)


def test_a_worker_killed_while_it_sends_its_result_does_not_stall_the_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from claimx.batch import _groups, _parallel
    from tests.crashy import die_while_sending

    for i in range(12):
        name = "a07-boom.txt" if i == 7 else f"a{i:02d}.txt"
        (tmp_path / name).write_text(f"The council said {i} libraries would close.\n", encoding="utf-8")
    inputs = list(iter_inputs([str(tmp_path)]))
    # Half a message in the pipe used to leave the pool waiting for the rest for good.
    got = list(_parallel(_groups(inputs), Options(), 2, worker=die_while_sending))
    assert [inp.source for inp, _ in got] == [inp.source for inp in inputs]
    boom = str(tmp_path / "a07-boom.txt")
    assert {inp.source: r.error for inp, r in got if r.error} == {
        boom: f"{boom}: the worker process died while processing it (killed, or out of memory)"
    }


def test_an_input_past_the_timeout_is_stopped_and_the_run_goes_on(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from claimx.batch import _groups, _parallel
    from tests.crashy import hang_on_slow

    for i in range(20):
        name = "a05-slow.txt" if i == 5 else f"a{i:02d}.txt"
        (tmp_path / name).write_text(f"The council said {i} libraries would close.\n", encoding="utf-8")
    inputs = list(iter_inputs([str(tmp_path)]))
    got = list(_parallel(_groups(inputs), Options(), 2, worker=hang_on_slow, timeout=2))
    assert [inp.source for inp, _ in got] == [inp.source for inp in inputs]
    slow = str(tmp_path / "a05-slow.txt")
    assert {inp.source: r.error for inp, r in got if r.error} == {
        slow: f"{slow}: stopped after 2 s (--timeout); the rest of the run went on"
    }
    assert all(r.article is not None for inp, r in got if inp.source != slow)
