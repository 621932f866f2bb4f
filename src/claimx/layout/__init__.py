"""Rules that read the raw text alone, before spaCy: paragraphs, dateline, labelled sections, quotes."""
