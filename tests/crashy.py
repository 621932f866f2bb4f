"""A batch worker that dies on some inputs, for the crash-recovery tests (importable by spawned workers)."""

from __future__ import annotations

import os

from claimx.batch import Options, Result, process_group
from claimx.io import Input


def die_on_boom(group: list[Input], options: Options) -> list[Result]:
    """process_group, except that the whole process dies when an input's name holds `boom`."""
    if any("boom" in inp.source for inp in group):
        os._exit(1)
    return process_group(group, options)


def hang_on_slow(group: list[Input], options: Options) -> list[Result]:
    """process_group, except that an input whose name holds `slow` hangs once started (a runaway rule)."""
    import time

    from claimx import batch

    for inp in group:
        if "slow" in inp.source:
            batch._starting(inp.source)
            time.sleep(600)
    return process_group(group, options)
