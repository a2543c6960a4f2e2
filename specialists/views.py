from django.db.models import Prefetch
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import DetailView

from clinic import schema
from clinic.pagination import page_context, paginate
from clinic.preview import DraftPreviewMixin
from clinic.search.text import parse_query, spelling_suggestion
from services.models import Cause, Condition, Treatment

from .forms import DirectoryForm
from .models import Specialist, Synonym
from .search import search_vocabulary

PAGE_SIZE = 10


def directory(request):
    form = DirectoryForm(request.GET)
    form.is_valid()  # unknown filter values are reported and left out, never an error page
    query = form.cleaned_data.get("q", "")
    parsed = parse_query(query, Synonym.objects.pairs())
    results = Specialist.objects.published().filter_by(**form.filters()).for_cards().search(parsed)
    page, page_note = paginate(results, request.GET.get("page"), PAGE_SIZE)
    no_results = page.paginator.count == 0
    return render(
        request,
        "specialists/specialist_list.html",
        {
            "form": form,
            "query": query,
            **page_context(page, page_note),
            "active_filters": form.active_filters(),
            "ignored_filters": form.ignored_filters(),
            "suggestion": (
                spelling_suggestion(parsed, search_vocabulary()) if no_results and parsed else None
            ),
            # With nobody found, what the program treats, so a patient can tell whether to call.
            "conditions_treated": (
                Condition.objects.published().with_published_causes() if no_results else None
            ),
            "breadcrumbs": [(_("Find a specialist"), None)],
        },
    )


class SpecialistDetailView(DraftPreviewMixin, DetailView):
    model = Specialist

    def get_queryset(self):
        return Specialist.objects.prefetch_related(
            "expertise",
            Prefetch("causes", queryset=Cause.objects.published()),
            Prefetch("treatments", queryset=Treatment.objects.published()),
            "locations",
            "languages",
            "education",
        )

    def get_context_data(self, **kwargs):
        specialist = self.object
        return super().get_context_data(
            json_ld=schema.physician(specialist, self.request),
            breadcrumbs=[
                (_("Find a specialist"), reverse("specialists:index")),
                (specialist.display_name, None),
            ],
            **kwargs,
        )
