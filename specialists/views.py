from django.db.models import Prefetch
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import DetailView

from clinic import schema
from clinic.page_cache import each_when_used, when_used, with_related
from clinic.pagination import PAGE_CONTEXT_NAMES, page_context, paginate
from clinic.preview import DraftPreviewMixin
from clinic.search.text import parse_query, spelling_suggestion
from services.models import Cause, Condition, Treatment

from .forms import DirectoryForm
from .models import Specialist, Synonym
from .search import search_vocabulary

PAGE_SIZE = 10


def directory(request):
    form = DirectoryForm(request.GET)

    def listing():
        form.is_valid()  # unknown filter values are reported and left out, never an error page
        query = form.cleaned_data.get("q", "")
        parsed = parse_query(query, Synonym.objects.pairs())
        results = (
            Specialist.objects.published().filter_by(**form.filters()).for_cards().search(parsed)
        )
        page, page_note = paginate(results, request.GET.get("page"), PAGE_SIZE)
        no_results = page.paginator.count == 0
        return {
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
        }

    names = ["query", "active_filters", "ignored_filters", "suggestion", "conditions_treated"]
    return render(
        request,
        "specialists/specialist_list.html",
        {
            "form": form,
            # Built only if the page's kept parts are not (clinic.page_cache.shared_part).
            **each_when_used(listing, *names, *PAGE_CONTEXT_NAMES),
            "breadcrumbs": [(_("Find a specialist"), None)],
        },
    )


class SpecialistDetailView(DraftPreviewMixin, DetailView):
    model = Specialist

    def get_context_data(self, **kwargs):
        specialist = self.object
        profile = when_used(
            with_related,
            specialist,
            "expertise",
            Prefetch("causes", queryset=Cause.objects.published()),
            Prefetch("treatments", queryset=Treatment.objects.published()),
            "locations",
            "languages",
            "education",
        )
        return super().get_context_data(
            profile=profile,
            json_ld=when_used(lambda: schema.physician(profile(), self.request)),
            breadcrumbs=[
                (_("Find a specialist"), reverse("specialists:index")),
                (specialist.display_name, None),
            ],
            **kwargs,
        )
