from django.conf import settings
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, TemplateView

from clinic import schema
from clinic.languages import TranslatedSlugMixin, opens_in_chosen_language
from clinic.page_cache import each_when_used, when_used
from clinic.preview import DraftPreviewMixin

from .forms import SLUG
from .models import Cause, Condition, Page, Treatment

# The guide page the condition page points to under "What to expect", as the seed page does.
FIRST_VISIT_SLUG = "first-visit"
# The guide page the home page's "Our team" section points to.
WHY_CHOOSE_US_SLUG = "why-choose-us"
# The guide to when to see a specialist: from the home, condition and cause pages.
WHEN_TO_SEE_SLUG = "when-to-see-a-specialist"
# The page for referring clinicians: from the condition page and every page's footer.
FOR_CLINICIANS_SLUG = "for-clinicians"
# Those slugs are English ones, whatever the page's language.


def guides_when_used(**slugs):
    """{context name: published guide page or None} for these English slugs, fetched together
    (one query) when the page first reads one of them (clinic.page_cache.when_used)."""

    def guides():
        found = Page.objects.published().in_bulk(slugs.values(), field_name=SLUG)
        return {name: found.get(slug) for name, slug in slugs.items()}

    return each_when_used(guides, *slugs)


def program_overview():
    """Everything the program treats and offers, for the overview and home pages."""
    return {
        "conditions": Condition.objects.published().with_published_causes(),
        "treatment_groups": when_used(Treatment.objects.published().grouped_by_category),
        "guide_pages": Page.objects.published(),
    }


def overview_crumb():
    return (_("Conditions & treatments"), reverse("services:overview"))


@method_decorator(opens_in_chosen_language, name="dispatch")
class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        # The overview's lists, but the causes in one query with their conditions (a condition
        # with none published has no "Causes of" section here); guide_pages stays an
        # unevaluated query: home shows three guides of its own choosing.
        context = super().get_context_data(**kwargs) | program_overview()
        guides = guides_when_used(
            first_visit=FIRST_VISIT_SLUG, why_choose_us=WHY_CHOOSE_US_SLUG,
            when_to_see=WHEN_TO_SEE_SLUG,
        )  # fmt: skip
        return (
            context
            | guides
            | {
                "causes": Cause.objects.public().by_condition(),
                "response_time": settings.APPOINTMENT_RESPONSE_TIME,
                "json_ld": when_used(
                    lambda: schema.clinic(context["treatment_groups"](), self.request)
                ),
            }
        )


class OverviewView(TemplateView):
    template_name = "services/overview.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs) | program_overview()
        context["breadcrumbs"] = [(_("Conditions & treatments"), None)]
        return context


class ContentDetailView(DraftPreviewMixin, TranslatedSlugMixin, DetailView):
    """A published page of content; drafts are not found, except by staff previewing them."""

    def get_breadcrumbs(self):
        return [overview_crumb(), (self.object.title, None)]

    def schema_about(self, **context):
        """schema.org data for what the page is about, given the page's context; None if none."""
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(breadcrumbs=self.get_breadcrumbs(), **kwargs)
        context["json_ld"] = when_used(
            lambda: schema.medical_web_page(
                self.object, self.request, about=self.schema_about(**context)
            )
        )
        return context


class ConditionDetailView(ContentDetailView):
    model = Condition

    def schema_about(self, *, causes, treatment_groups, **context):
        return schema.condition(self.object, causes(), treatment_groups(), self.request)

    def get_context_data(self, **kwargs):
        condition = self.object
        return super().get_context_data(
            causes=when_used(lambda: list(condition.causes.published())),
            treatment_groups=when_used(condition.treatments.published().grouped_by_category),
            **guides_when_used(
                first_visit=FIRST_VISIT_SLUG,
                when_to_see=WHEN_TO_SEE_SLUG,
                for_clinicians=FOR_CLINICIANS_SLUG,
            ),  # fmt: skip
            **kwargs,
        )


class CauseDetailView(ContentDetailView):
    model = Cause

    def get_queryset(self):
        return super().get_queryset().select_related("condition")

    def public_only(self, queryset):
        return queryset.public()

    def hidden_reason(self, cause):
        if cause.is_published:
            return _("its condition, %(title)s, is a draft") % {"title": cause.condition.title}
        return super().hidden_reason(cause)

    def get_breadcrumbs(self):
        condition = self.object.condition
        return [
            overview_crumb(),
            (condition.title, condition.get_absolute_url()),
            (self.object.title, None),
        ]

    def schema_about(self, **context):
        return schema.cause(self.object, self.request, condition=self.object.condition)

    def get_context_data(self, **kwargs):
        cause = self.object
        return super().get_context_data(
            other_causes=when_used(lambda: cause.condition.causes.published().exclude(pk=cause.pk)),
            **guides_when_used(when_to_see=WHEN_TO_SEE_SLUG),
            **kwargs,
        )


class TreatmentDetailView(ContentDetailView):
    model = Treatment

    def schema_about(self, **context):
        return schema.treatment(self.object, self.request)

    def get_context_data(self, **kwargs):
        treatment = self.object
        return super().get_context_data(
            related_treatments=when_used(
                lambda: (
                    Treatment.objects.published()
                    .filter(category=treatment.category)
                    .exclude(pk=treatment.pk)
                )
            ),
            **kwargs,
        )


class PageDetailView(ContentDetailView):
    model = Page

    def get_template_names(self):
        # A guide page may have a frame of its own, services/pages/<English slug>.html: the
        # page for clinicians shows, beside its text, how to reach the team.
        return [f"services/pages/{getattr(self.object, SLUG)}.html", *super().get_template_names()]

    def get_breadcrumbs(self):
        return [(self.object.title, None)]
