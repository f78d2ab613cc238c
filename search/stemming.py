"""Light stemming for the SQLite search backend and for highlighting: a word without its plural, gender
or simple verb ending, close enough to what PostgreSQL's `english` and `spanish` configurations keep of
it for a prefix search (and a highlighted word) to find the same words."""

# Shorter stems would match too many words as prefixes ("ca*"); such words are searched as they are.
MIN_PREFIX = 3

# Groups of (ending, the letters that must come before it, or "" for any): from each group, the first
# ending that fits is removed, then the next group is tried on what is left.
ENGLISH_ENDINGS = [
    [
        ("ies", ""),  # policies -> polic
        ("ing", ""),  # teaching -> teach
        ("ed", ""),  # funded -> fund
        ("es", "sxzh"),  # classes -> class, taxes -> tax, reaches -> reach
        ("s", "abcdefghijklmnopqrtuvwxyz"),  # grants -> grant, wages -> wage; class stays class
    ],
    [("y", "")],  # policy -> polic
]
SPANISH_ENDINGS = [
    [
        ("es", "bcdfghjklmnñpqrstvwxyz"),  # educadores -> educador, leyes -> ley
        ("s", "aeiouáéíóú"),  # familias -> familia
    ],
    [("a", ""), ("o", ""), ("e", "")],  # educadora -> educador, niño -> niñ, estudiante -> estudiant
]
ENDINGS = {"english": ENGLISH_ENDINGS, "spanish": SPANISH_ENDINGS}


def light_stem(word, config):
    """`word`, lower-cased, without its plural, gender or simple verb ending in the language `config`
    names (a text search configuration, as PostgreSQL's: "english", "spanish"); the whole word in other
    languages. An ending is left on when removing it would leave fewer than MIN_PREFIX letters."""
    stem = word.lower()
    for group in ENDINGS.get(config, ()):
        for ending, after in group:
            rest = stem[: -len(ending)]
            if stem.endswith(ending) and len(rest) >= MIN_PREFIX and (not after or rest[-1] in after):
                stem = rest
                break
    return stem
