"""“Was this page helpful?” at the end of each content page: a vote, then an optional comment.

Content pages stay cacheable: the form on them is the same for every visitor (no CSRF token),
and posts to `views.vote`, which checks that the post came from the site itself instead. The
comment is asked for on a page of its own, which is never cached.
"""
