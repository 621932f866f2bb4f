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


def die_while_sending(group: list[Input], options: Options) -> list[Result]:
    """process_group, except that a group holding `boom` dies while its (huge) result is on its way:
    the worker kills itself mid-send, as the out-of-memory killer would, leaving half a message."""
    import signal
    import threading
    import time

    results = process_group(group, options)
    if not any("boom" in inp.source for inp in group):
        return results

    def die() -> None:
        time.sleep(float(os.environ.get("CLAIMX_TEST_DIE_AFTER", "0.5")))  # mid-send by then
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=die, daemon=True).start()
    return [*results, Result("padding", error="x" * 300_000_000)]
