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
from clinic.pagination import page_context, paginate
from clinic.preview import DraftPreviewMixin, staff_may_see_unpublished
from clinic.views import as_inert_file
from services.forms import CauseTreatmentFilterForm
from services.models import Treatment
from specialists.models import Specialist

from .models import PhotoPair, Story, story_photo_storage

PAGE_SIZE = 9
RELATED_STORIES = 3


def story_list(request):
    form = CauseTreatmentFilterForm(request.GET)
    form.is_valid()  # unknown filter values are reported and left out
    stories = Story.objects.public().about(**form.cleaned_data).for_cards()
    page, note = paginate(stories, request.GET.get("page"), PAGE_SIZE)
    return render(
        request,
        "stories/story_list.html",
        {
            "form": form,
            "filtered": any(form.cleaned_data.values()),
            "ignored_filters": form.ignored_filters(),
            "breadcrumbs": [(_("Patient stories"), None)],
            **page_context(page, note),
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
        return Story.objects.for_cards().prefetch_related(
            Prefetch("treatments", queryset=Treatment.objects.published()),
            Prefetch("specialists", queryset=Specialist.objects.published()),
        )

    def structured_data(self, story):
        """The story's page, about the care it tells of: what the page links to, nothing more."""
        about = [schema.treatment(treatment, self.request) for treatment in story.treatments.all()]
        if story.cause and story.cause.is_published:
            about.insert(0, schema.cause(story.cause, self.request))
        return schema.medical_web_page(story, self.request, about=about)

    def get_context_data(self, **kwargs):
        story = self.object
        same_subject = Q(treatments__in=story.treatments.all())
        if story.cause_id:  # (cause=None would match every other story without a cause)
            same_subject |= Q(cause=story.cause_id)
        # Matched in a subquery rather than made distinct: DISTINCT would compare every column
        # of each row, the stories' whole texts in every language among them.
        related = (
            Story.objects.public()
            .filter(pk__in=Story.objects.filter(same_subject).values("pk"))
            .exclude(pk=story.pk)
            .for_cards()[:RELATED_STORIES]
        )
        return super().get_context_data(
            related_stories=related,
            breadcrumbs=[(_("Patient stories"), reverse("stories:index")), (story.title, None)],
            json_ld=self.structured_data(story),
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
