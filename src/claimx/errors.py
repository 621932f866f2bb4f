"""Errors that reach the user as one line: what went wrong and how to fix it.

Library code raises these; the command line turns them into `click.ClickException`
(exit 1), and batch runs report a per-file one as `Error: PATH: REASON` and go on.
"""


class ClaimxError(Exception):
    """Base of every error claimx reports to the user."""


class InputError(ClaimxError):
    """An input cannot be read or decoded (the message starts with its path)."""


class NotText(InputError):
    """An input holds binary data (an image, a PDF, NUL bytes), not text."""


class ModelNotFound(ClaimxError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"spaCy model {name!r} is not installed; install it (e.g. `pip install {name}`) "
            "or choose an installed one with --model"
        )
        self.name = name

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Raised in worker processes and pickled back to the parent: rebuild from the
        # name, not from the message, or the message would be wrapped twice.
        return (type(self), (self.name,))
