"""claimx.pipeline.nlp: the one model loader."""


def test_the_default_name_and_no_name_are_one_pipeline() -> None:
    from claimx.pipeline.nlp import DEFAULT_MODEL, load, loads

    first = load()
    before = loads()
    assert load(DEFAULT_MODEL) is first
    assert loads() == before
