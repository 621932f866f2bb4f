"""Errors that reach the user as one line: what went wrong and how to fix it."""


class ClaimxError(Exception):
    """Base of every error claimx reports to the user."""


class InputError(ClaimxError):
    """An input cannot be read or decoded."""


class ModelNotFound(ClaimxError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"spaCy model {name!r} is not installed; install it (e.g. `pip install {name}`) "
            "or choose an installed one with --model"
        )
        self.name = name
