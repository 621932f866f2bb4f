"""The Dask engine on a real LocalCluster of 2 worker processes: same output as local batch mode."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from distributed import Client
from distributed.diagnostics.plugin import WorkerPlugin

from claimx.batch import GROUP, Options, Result
from claimx.cli import cli
from claimx.dask import (
    ERRORS_FILE,
    connect,
    extract_bag,
    extract_to_dir,
    list_inputs,
    model_loads,
    partition_path,
)
from claimx.errors import ClaimxError
from claimx.io import Input

from .conftest import ROOT, SAMPLES

WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews"
SHORT = 'LONDON, March 3 (Reuters) - "Prices rose 4% in May," the minister said on Monday.\n'


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    # One cluster for the module: starting one and loading the model in each worker
    # costs seconds, and reusing it is what the once-per-worker test checks.
    with connect(jobs=2) as c:
        yield c


def local_lines(*args: str) -> list[str]:
    """The lines `claimx extract --format jsonl ARGS` prints (in this process, one job)."""
    r = CliRunner().invoke(cli, ["extract", "--format", "jsonl", "--quiet", *args])
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    return r.stdout.splitlines()


def by_source(lines: list[str]) -> list[str]:
    return sorted(lines, key=lambda line: json.loads(line)["source"])


def dask_lines(out: Path) -> list[str]:
    return [line for p in sorted(out.glob("part-*.jsonl")) for line in p.read_text().splitlines()]


def check_same_as_local(client: Client, paths: list[str], out: Path) -> None:
    expected = local_lines(*paths)
    summary = extract_to_dir(paths, out, client=client)
    got = dask_lines(out)
    assert summary.failed == 0 and (out / ERRORS_FILE).read_text() == ""
    assert summary.done == len(expected) and summary.partitions == -(-len(expected) // GROUP)
    assert by_source(got) == by_source(expected)  # the promise: same articles, claims, ids
    assert got == expected  # and more: partition files in name order keep the local order


def test_samples_give_the_same_output_as_local_mode(client: Client, tmp_path: Path) -> None:
    check_same_as_local(client, [str(SAMPLES)], tmp_path / "out")


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="shared Wikinews corpus absent")
def test_wikinews_gives_the_same_output_as_local_mode(client: Client, tmp_path: Path) -> None:
    # The first 40 articles: three partitions, two of them run at once, within CI's time.
    files = sorted(WIKINEWS.glob("*.txt"))[:40]
    check_same_as_local(client, [str(p) for p in files], tmp_path / "out")


def test_a_bad_file_among_good_ones_is_reported_not_fatal(client: Client, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(GROUP + 2):  # two partitions, the bad files in both
        (src / f"a{i:02d}.txt").write_text(SHORT.replace("4%", f"{i}%"))
    (src / "a03.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (src / "a17.txt").write_bytes(b"\x00\x01binary")
    missing = str(tmp_path / "missing.txt")
    seen: list[str] = []
    summary = extract_to_dir([str(src), missing], tmp_path / "out", client=client, on_error=seen.append)
    assert (summary.done, summary.failed, summary.partitions) == (GROUP, 3, 2)
    errors = [
        f"{src / 'a03.txt'}: not a text file",
        f"{src / 'a17.txt'}: not a text file",
        f"{missing}: no such file",
    ]
    assert (tmp_path / "out" / ERRORS_FILE).read_text().splitlines() == errors  # in input order
    assert sorted(seen) == errors  # each as soon as known
    sources = [json.loads(line)["source"] for line in dask_lines(tmp_path / "out")]
    assert sources == [str(src / f"a{i:02d}.txt") for i in range(GROUP + 2) if i not in (3, 17)]


class _FailOn(WorkerPlugin):
    """Makes the partition holding `name` raise on the workers, as a worker dying on it would."""

    def __init__(self, name: str) -> None:
        self.name = name

    def setup(self, worker: object) -> None:
        import claimx.dask

        real = self.real = claimx.dask.process_group

        def failing(inputs: list[Input], options: Options) -> list[Result]:
            if any(i.rel == self.name for i in inputs):
                raise RuntimeError("worker lost")
            return real(inputs, options)

        claimx.dask.process_group = failing

    def teardown(self, worker: object) -> None:
        import claimx.dask

        claimx.dask.process_group = self.real


def test_a_partition_failing_on_the_cluster_is_recorded_not_fatal(client: Client, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(2 * GROUP):
        (src / f"a{i:02d}.txt").write_text(SHORT)
    client.register_plugin(_FailOn("a20.txt"), name="fail-on")
    try:
        summary = extract_to_dir([str(src)], tmp_path / "out", client=client)
    finally:
        client.unregister_worker_plugin("fail-on")
    assert (summary.done, summary.failed, summary.partitions) == (GROUP, GROUP, 2)
    errors = (tmp_path / "out" / ERRORS_FILE).read_text().splitlines()
    assert errors == [
        f"{src / f'a{i:02d}.txt'}: its partition failed on the cluster (RuntimeError: worker lost)"
        for i in range(GROUP, 2 * GROUP)
    ]
    assert not Path(partition_path(str(tmp_path / "out"), 1)).exists()


def test_the_model_is_loaded_once_per_worker(client: Client, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(8 * GROUP):
        (src / f"a{i:03d}.txt").write_text(SHORT.replace("4%", f"{i}%"))
    summary = extract_to_dir([str(src)], tmp_path / "out", client=client)
    assert summary.done == 8 * GROUP
    # Both workers took partitions, one of them several; each loaded the model once,
    # whatever it did before in this module.
    assert sorted(summary.workers) == sorted(client.nthreads())
    assert sum(summary.workers.values()) == 8
    assert model_loads(client) == {w: 1 for w in client.nthreads()}


def test_extract_bag_is_the_local_output_as_dicts(client: Client, tmp_path: Path) -> None:
    shutil.copytree(SAMPLES, tmp_path / "in")
    (tmp_path / "in" / "zz-bad.txt").write_bytes(b"\x00binary")
    expected = [json.loads(line) for line in local_lines(str(tmp_path / "in"))]
    records = extract_bag(str(tmp_path / "in")).compute()
    bad = str(tmp_path / "in" / "zz-bad.txt")
    assert records == [*expected, {"source": bad, "error": f"{bad}: not a text file"}]
    claims = extract_bag(str(tmp_path / "in"), claims=True).filter(lambda r: "error" not in r).compute()
    assert [c["id"] for c in claims] == [c["id"] for a in expected for c in a["claims"]]
    assert extract_bag([]).compute() == []


def test_fsspec_urls_are_listed_and_read(client: Client, tmp_path: Path) -> None:
    # file:// goes through fsspec as s3:// would, and the workers can read it here.
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES, folder / "sub")
    url = f"file://{folder}"
    records = extract_bag(url).compute()
    expected = [json.loads(line) for line in local_lines(str(folder))]
    assert [r["source"] for r in records] == [e["source"].replace(str(folder), url, 1) for e in expected]
    assert [r["claims"] for r in records] == [e["claims"] for e in expected]  # same ids, offsets
    missing = f"{url}/missing.txt"
    assert extract_bag(missing).compute() == [{"source": missing, "error": f"{missing}: no such file"}]


def test_listing_urls_follows_the_local_rules(tmp_path: Path) -> None:
    for rel in ["b.txt", "a/z.txt", "a.txt", "a/x.md", ".hidden/c.txt", "a/.d.txt", "a/deep/y.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(SHORT)
    local = [i.rel for i in list_inputs([str(tmp_path)])]
    assert local == ["a/deep/y.txt", "a/z.txt", "a.txt", "b.txt"]
    assert [i.rel for i in list_inputs(f"file://{tmp_path}")] == local
    assert [i.rel for i in list_inputs(f"file://{tmp_path}/", globs=["a/*.md"])] == ["a/x.md"]
    named = list(list_inputs(f"file://{tmp_path}/b.txt"))
    assert [(i.source, i.named) for i in named] == [(f"file://{tmp_path}/b.txt", True)]
    with pytest.raises(ClaimxError, match="standard input"):
        list(list_inputs(["-"]))


def test_an_output_folder_of_an_earlier_run_is_refused(client: Client, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    Path(partition_path(str(out), 0)).write_text("")
    with pytest.raises(ClaimxError, match="earlier run"):
        extract_to_dir([str(SAMPLES)], out, client=client)
    with pytest.raises(ValueError, match="multiple of"):
        extract_to_dir([str(SAMPLES)], tmp_path / "other", client=client, partition_size=GROUP + 1)
    assert os.listdir(out) == ["part-000000.jsonl"]


def test_cli_on_an_existing_scheduler(client: Client, tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00binary")
    out = tmp_path / "out"
    args = ["extract", str(SAMPLES), str(tmp_path / "bad.txt"), "--engine", "dask", "-o", str(out)]
    r = CliRunner().invoke(cli, [*args, "--scheduler", client.scheduler.address])
    assert r.exit_code == 1, r.output  # some input failed, as in local mode
    assert r.stdout == ""
    error, summary = r.stderr.splitlines()
    assert error == f"Error: {tmp_path / 'bad.txt'}: not a text file"
    assert summary.startswith("claimx: 7 files in ") and "1 failed; 1 partition in" in summary
    assert dask_lines(out) == local_lines(str(SAMPLES))
    assert (out / ERRORS_FILE).read_text() == f"{tmp_path / 'bad.txt'}: not a text file\n"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ([], "needs --output-dir"),
        (["-o", "out", "--format", "json"], "--format json is not available"),
        (["-o", "out", "--skip-existing"], "--skip-existing is not available"),
        (["-o", "out", "-"], "not standard input"),
    ],
)
def test_cli_usage_errors(extra: list[str], message: str) -> None:
    r = CliRunner().invoke(cli, ["extract", str(SAMPLES), "--engine", "dask", *extra])
    assert r.exit_code == 2 and message in r.stderr, r.output
