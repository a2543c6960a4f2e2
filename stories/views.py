import mimetypes

from django.db.models import Prefetch, Q
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import DetailView

from clinic import schema
from clinic.images import rendition_source
from clinic.languages import TranslatedSlugMixin
from clinic.page_cache import each_when_used, when_used, with_related
from clinic.pagination import PAGE_CONTEXT_NAMES, page_context, paginate
from clinic.preview import DraftPreviewMixin, staff_may_see_unpublished
from clinic.views import as_inert_file
from services.forms import CauseTreatmentFilterForm
from services.models import Treatment
from specialists.models import Specialist

from .models import PhotoPair, Story, photo_pairs_in_order, story_photo_storage
from .page_cache import record_story

PAGE_SIZE = 9
RELATED_STORIES = 3


def story_list(request):
    form = CauseTreatmentFilterForm(request.GET)

    def listing():
        form.is_valid()  # unknown filter values are reported and left out
        stories = Story.objects.public().about(**form.cleaned_data).for_cards()
        return {
            "filtered": any(form.cleaned_data.values()),
            "ignored_filters": form.ignored_filters(),
            **page_context(*paginate(stories, request.GET.get("page"), PAGE_SIZE)),
        }

    return render(
        request,
        "stories/story_list.html",
        {
            "form": form,
            # Built only if the page's kept parts are not (clinic.page_cache.shared_part).
            **each_when_used(listing, "filtered", "ignored_filters", *PAGE_CONTEXT_NAMES),
            "breadcrumbs": [(_("Patient stories"), None)],
        },
    )


class StoryDetailView(DraftPreviewMixin, TranslatedSlugMixin, DetailView):
    model = Story

    def public_only(self, queryset):
        return queryset.public()

    def hidden_reason(self, story):
        # A published story can still be hidden: the consent rule says why.
        return story.hidden_reason() if story.is_published else super().hidden_reason(story)

    def get_queryset(self):
        # Whether the page may load the photo script (consent) is read outside its kept parts.
        return Story.objects.select_related("cause", "consent")

    def with_relations(self, story):
        return with_related(
            story,
            photo_pairs_in_order(),
            Prefetch("treatments", queryset=Treatment.objects.published()),
            Prefetch("specialists", queryset=Specialist.objects.published()),
        )

    def structured_data(self, story):
        """The story's page, about the care it tells of: what the page links to, nothing more."""
        about = [schema.treatment(treatment, self.request) for treatment in story.treatments.all()]
        if story.cause and story.cause.is_published:
            about.insert(0, schema.cause(story.cause, self.request))
        return schema.medical_web_page(story, self.request, about=about)

    def related_stories(self, story):
        same_subject = Q(treatments__in=story.treatments.all())
        if story.cause_id:  # (cause=None would match every other story without a cause)
            same_subject |= Q(cause=story.cause_id)
        # Matched in a subquery rather than made distinct: DISTINCT would compare every column
        # of each row, the stories' whole texts in every language among them.
        return (
            Story.objects.public()
            .filter(pk__in=Story.objects.filter(same_subject).values("pk"))
            .exclude(pk=story.pk)
            .for_cards()[:RELATED_STORIES]
        )

    def get_context_data(self, **kwargs):
        story = self.object
        with_relations = when_used(self.with_relations, story)

        def told():
            # Each part that tells the story notes it (it was loaded before them, to answer 404),
            # so a kept part is checked for the story and its photo consent.
            record_story(story)
            return with_relations()

        return super().get_context_data(
            told=told,
            related_stories=when_used(self.related_stories, story),
            breadcrumbs=[(_("Patient stories"), reverse("stories:index")), (story.title, None)],
            # No photos in it, and the story is public or the page is a 404: nothing to check.
            json_ld=when_used(lambda: self.structured_data(with_relations())),
            **kwargs,
        )


def photo(request, name):
    """A story photo, only while its story is public and the consent covers photos.

    Staff who may view stories see them regardless, to review them in the admin.
    """
    # Only renditions are ever linked, and only those of a story photo are found.
    if (source_name := rendition_source(name)) is None:
        raise Http404
    source = Q(before_image=source_name) | Q(after_image=source_name)

    pairs = PhotoPair.objects.filter(source)
    if not staff_may_see_unpublished(request.user, Story):
        pairs = pairs.filter(story__in=Story.objects.public(), story__consent__covers_photos=True)
    storage = story_photo_storage()
    if not pairs.exists() or not storage.exists(name):
        raise Http404
    response = FileResponse(storage.open(name), content_type=mimetypes.guess_type(name)[0])
    # Health information: nothing keeps a copy (a shared computer included), so a withdrawn
    # consent takes the photo away at once.
    response["Cache-Control"] = "no-store"
    return as_inert_file(response)
