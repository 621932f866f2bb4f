"""Word lists as data, each defined once; the rules build their patterns from them."""
