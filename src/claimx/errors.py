"""Errors that reach the user as one line: what went wrong and how to fix it.

Library code raises these; the command line turns them into `click.ClickException`
(exit 1), and batch runs report a per-file one as `Error: PATH: REASON` and go on.
"""

from __future__ import annotations

import os


class ClaimxError(Exception):
    """Base of every error claimx reports to the user."""


class InputError(ClaimxError):
    """An input cannot be read or decoded (the message starts with its path)."""


class NotText(InputError):
    """An input holds binary data (an image, a PDF, NUL bytes), not text."""


class ModelNotFound(ClaimxError):
    """No spaCy pipeline of that name. The message names the API's `model=`; the CLI's is `cli_message`."""

    def __init__(self, name: str) -> None:
        super().__init__(self._message(name, "pass model= an installed one"))
        self.name = name

    @property
    def cli_message(self) -> str:
        return self._message(self.name, "choose an installed one with --model")

    @staticmethod
    def _message(name: str, choose: str) -> str:
        if os.sep in name or name.startswith((".", "~")) or (os.altsep and os.altsep in name):
            # A path: installing it with pip is no advice; say what is wrong with it.
            what = "is not a spaCy pipeline folder" if os.path.isdir(name) else "no such folder"
            return f"spaCy model {name!r}: {what}; give the folder of a saved pipeline, or {choose}"
        return f"spaCy model {name!r} is not installed; install it (e.g. `pip install {name}`) or {choose}"

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Raised in worker processes and pickled back to the parent: rebuild from the
        # name, not from the message, or the message would be wrapped twice.
        return (type(self), (self.name,))


class InputTooLong(InputError):
    """An input longer than the --max-chars limit."""
