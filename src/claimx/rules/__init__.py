"""Rules that read a parsed chunk (a spaCy Doc and its layout): speakers, dates, figures, entities, actors."""
