"""The site's languages in its addresses: translated slugs, the same page in another language,
and the language a visitor chose with the switch (remembered in Django's language cookie)."""

from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Q
from django.http import Http404, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def cookie_language(request):
    """The language the visitor's cookie names, if it is one of the site's; else None. Read as
    Django reads it: a regional variant ("es-MX") is its language."""
    try:
        code = translation.get_supported_language_variant(
            request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        )
    except LookupError:  # no cookie, or one the site cannot read ("fr", "x" * 500)
        return None
    return code if code in LANGUAGE_CODES else None


def opens_in_chosen_language(view):
    """For the home page: its default-language address (/) sends a visitor who chose another
    language with the switch to that language's (/es/), so it says Vary: Cookie. Other
    addresses open as they are, so a shared link to an English page stays English."""

    @wraps(view)
    def remembering(request, *args, **kwargs):
        if request.LANGUAGE_CODE != settings.LANGUAGE_CODE:
            return view(request, *args, **kwargs)
        chosen = cookie_language(request)
        if chosen in (None, settings.LANGUAGE_CODE):
            response = view(request, *args, **kwargs)
        else:
            with translation.override(chosen):
                response = HttpResponseRedirect(same_address(request.resolver_match))
        patch_vary_headers(response, ["Cookie"])
        return response

    return remembering


def in_page_language(cache_key):
    """The key of something cached in the page's language (filter labels, synonyms)."""
    language = translation.get_language()
    return f"{cache_key}:{language if language in LANGUAGE_CODES else settings.LANGUAGE_CODE}"


def in_every_language(cache_key):
    """The keys to clear when it changes."""
    return [f"{cache_key}:{code}" for code in LANGUAGE_CODES]


def shown_language(item, field):
    """The language `item.<field>` is shown in: the page's, or the one django-modeltranslation
    falls back to when the page's has no words. Reads the loaded columns, so no query."""
    languages = resolution_order(get_language())
    for language in languages:
        if getattr(item, f"{field}_{language}", None):
            return language
    return languages[0]


def default_language_field(name):
    """A translated field's column in the default language (slug → slug_en): the same in every
    language, for values that must not change with it (a filter's value in a shared link)."""
    return build_localized_fieldname(name, settings.MODELTRANSLATION_DEFAULT_LANGUAGE)


class MovedPage(Exception):
    """Raised by TranslatedSlugMixin.get_object: the page is at `url` in this language."""

    def __init__(self, url):
        self.url = url


class TranslatedSlugMixin:
    """A DetailView of a model whose slug is translated (slug_en, slug_es…).

    A page's address in a language uses its slug in that language, or the default language's
    when it has none (slug_es is NULL); the default language's slug is never NULL. Another
    language's slug (an English one under /es/) answers a 301 to the page's address here.
    """

    def at_this_address(self, slug):
        language = translation.get_language()
        own = Q(**{build_localized_fieldname("slug", language): slug})
        if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            return own
        untranslated = Q(**{f"{build_localized_fieldname('slug', language)}__isnull": True})
        return own | (untranslated & Q(**{default_language_field("slug"): slug}))

    def get_object(self, queryset=None):
        # The queryset is what the visitor may see (DraftPreviewMixin), so a redirect never
        # reveals a draft's address.
        queryset = self.get_queryset() if queryset is None else queryset
        slug = self.kwargs[self.slug_url_kwarg]
        try:
            return queryset.get(self.at_this_address(slug))
        except self.model.DoesNotExist:
            in_any_language = Q()
            for language in LANGUAGE_CODES:
                in_any_language |= Q(**{build_localized_fieldname("slug", language): slug})
            if (item := queryset.filter(in_any_language).first()) is None:
                raise Http404 from None
            raise MovedPage(item.get_absolute_url()) from None

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except MovedPage as moved:
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(f"{moved.url}?{query}" if query else moved.url)


def page_in_languages(request, item=None):
    """[(language code, name, path)]: the page being shown, in each of the site's languages.

    A content page's address comes from its item (its slug differs by language); any other
    page's from its URL name, so a directory search keeps its query. Without a matched URL
    (a 404 for an unknown address, the error pages) it is each language's home page.
    """
    match = getattr(request, "resolver_match", None)
    pages = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            if match is None:
                path = reverse("services:home")
            elif item is not None:
                path = item.get_absolute_url()
            else:
                try:
                    path = same_address(match)
                except NoReverseMatch:  # an address with no name, as no page has
                    path = reverse("services:home")
        pages.append((code, name, path))
    return pages


def same_address(match):
    """The matched page's address in the active language (its URL name and arguments)."""
    return reverse(match.view_name, args=match.args, kwargs=match.kwargs)


def switch_url(code, path):
    """The language switch's link: remembers the language (clinic.views.switch_language),
    then opens `path`."""
    return f"{reverse('switch_language', args=[code])}?{urlencode({'next': path})}"
