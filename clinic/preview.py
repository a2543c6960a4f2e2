from django.urls import NoReverseMatch, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from .authenticator import passed_second_factor


def staff_may_see_unpublished(user, model):
    """Staff who may view this kind of content, signed in with both factors when required."""
    if not user.is_staff:
        return False
    opts = model._meta
    return passed_second_factor(user) and user.has_perm(f"{opts.app_label}.view_{opts.model_name}")


class DraftPreviewMixin:
    """A detail page patients see only when it is public (404 before then).

    Staff who may view the model also see it before then, exactly as patients will, under
    a banner, so a draft can be checked before it is published.
    """

    def public_only(self, queryset):
        return queryset.published()

    def can_preview(self):
        return staff_may_see_unpublished(self.request.user, self.model)

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        if not self.can_preview():
            queryset = self.public_only(queryset)
        return super().get_object(queryset)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.can_preview() and not self.is_public(self.object):
            context["draft_notice"] = self.draft_notice(self.object)
        return context

    def is_public(self, item):
        return self.public_only(self.model._default_manager.filter(pk=item.pk)).exists()

    def draft_notice(self, item):
        opts = item._meta
        try:
            edit_url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])
        except NoReverseMatch:
            edit_url = None
        return {"reason": self.hidden_reason(item), "edit_url": edit_url}

    def hidden_reason(self, item):
        return _("it is still a draft; publish it from the list to show it to patients")

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if self.can_preview():
            add_never_cache_headers(response)  # a staff view: never kept by any cache
        return response
