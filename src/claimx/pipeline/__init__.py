"""The spaCy pipeline: loaded once, with claimx's drop-in components (look-up ruler, memoised lemmatizer)."""
