"""What the page cache checks before it serves again a page that showed a story.

Consent can be withdrawn with no save (a queryset update(), a data migration, SQL), which
leaves the content version alone, so a cached page that showed a story is served only while the
story is still public, and still has photo consent if the page could show its photos
(clinic.page_cache explains the mechanism).
"""

import functools

from django.db import connections, router
from django.db.models import F
from django.utils import timezone

from clinic.page_cache import record_shown

from .models import Story

KIND = "stories"


def story_loaded(sender, instance, **kwargs):
    # Every story a page loads counts as shown (the story, a card, a featured story, a sitemap
    # entry), so no page, present or future, can leave one out.
    if instance.pk is not None:
        record_shown(KIND, (instance.pk, False))


def consent_loaded(sender, instance, **kwargs):
    # Read from __dict__: a field left out of the query must not cost one here.
    if instance.__dict__.get("covers_photos") and (story_id := instance.__dict__.get("story_id")):
        record_shown(KIND, (story_id, True))


def record_story(story):
    """Notes a story loaded before the part of the page that shows it is built (a story's own
    page loads it first, to answer 404), so that a kept part is checked for it too."""
    story_loaded(Story, story)
    if (consent := getattr(story, "consent", None)) is not None:
        consent_loaded(type(consent), consent)


@functools.lru_cache(maxsize=8)
def public_stories_sql(alias, today):
    # StoryQuerySet.public() as SQL, built by the ORM once a day per process: building it costs
    # about 0.5–1 ms, several times what a cached page costs, and the rule stays written once.
    # The database pushes the outer primary-key filter into it.
    queryset = (
        Story.objects.public(today)
        .order_by()
        .values(public_id=F("pk"), photo_consent=F("consent__covers_photos"))
    )
    sql, params = queryset.query.get_compiler(alias).as_sql()
    name = connections[alias].ops.quote_name
    columns = f"{name('public_id')}, {name('photo_consent')}"
    return (
        f"SELECT {columns} FROM ({sql}) AS {name('public_stories')} WHERE {name('public_id')} IN",
        params,
    )


def still_shown(shown):
    """Whether every story recorded is public, those recorded with photos with photo consent."""
    story_ids = {pk for pk, _photos in shown}
    alias = router.db_for_read(Story)
    sql, params = public_stories_sql(alias, timezone.localdate())
    with connections[alias].cursor() as cursor:
        cursor.execute(f"{sql} ({', '.join(['%s'] * len(story_ids))})", (*params, *story_ids))
        public = dict(cursor.fetchall())
    return public.keys() == story_ids and all(public[pk] for pk, photos in shown if photos)


def still_public(story_ids):
    """The site search's check before it shows stories from its index (which a withdrawal by
    SQL does not reach): those public now, recorded as shown for the page cache's own check."""
    public = set(Story.objects.public().filter(pk__in=story_ids).values_list("pk", flat=True))
    for pk in public:
        record_shown(KIND, (pk, False))
    return public
