"""Search shared by the site: what a person typed, made comparable with the site's texts.

`text` normalises and parses a query (case, accents, apostrophes, stop words, staff synonyms)
and suggests spellings; it knows nothing of models or databases. Each searchable app ranks its
own rows from a parsed query (the directory: specialists.search).
"""
