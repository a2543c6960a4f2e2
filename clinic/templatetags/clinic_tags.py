import json
import re

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.l10n import unlocalize
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from modeltranslation.utils import get_language

from clinic import page_cache, schema
from clinic.feedback.forms import page_token
from clinic.images import responsive_sources
from clinic.languages import page_in_languages, shown_language, switch_url
from clinic.markdown import render_markdown, section_links
from clinic.models import translated_text_fields

register = template.Library()

# Inside <script>, these could end the element or start markup; JSON allows escaping them.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter(name="markdown")
def markdown_filter(text):
    """Staff-written Markdown as sanitised HTML: `{{ page.body|markdown }}`."""
    return render_markdown(text)


# A sentence ends at . ! or ? and a space; a lower-case word next ("e.g. this") goes on.
SENTENCE_END = re.compile(r"[.!?]\s+(\S)")


@register.filter
def first_sentence(text):
    """The text's first sentence (all of it when it is one), for a card's one short line."""
    text = str(text).strip()
    for match in SENTENCE_END.finditer(text):
        if not match.group(1).islower():
            return text[: match.start() + 1]
    return text


@register.filter
def paragraphs(text):
    """Plain text as paragraphs: a blank line starts a new one, a single line break does not
    (as in Markdown, so text wrapped to fit a window reads as one paragraph)."""
    parts = [" ".join(part.split()) for part in (text or "").replace("\r", "").split("\n\n")]
    return format_html_join("\n", "<p>{}</p>", ((part,) for part in parts if part))


# The words a page is about; a page whose Spanish lacks any of them says it shows English.
MAIN_TEXT_FIELDS = ("title", "summary", "in_short", "body", "bio")


@register.filter
def lang_of(item, field):
    """` lang="en"` when `item.<field>` is shown in another language than the page's (WCAG
    3.1.2, language of parts), else nothing: `<h1{{ page|lang_of:"title" }}>`."""
    language = shown_language(item, field)
    return format_html(' lang="{}"', language) if language != get_language() else ""


@register.filter
def is_untranslated(item):
    """True when some of the page's main words (title, summary, body…) are shown in English
    because the page's language has none yet: `{% if page|is_untranslated %}`."""
    fields = translated_text_fields(type(item))
    return any(
        shown_language(item, field) != get_language()
        for field in MAIN_TEXT_FIELDS
        if field in fields
    )


def _wrapping_tag(parser, token):
    """The wrapped nodes and the variable name of a `{% tag as name %}…{% endtag %}` pair."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError(f"Usage: {{% {bits[0]} as name %}}")
    nodelist = parser.parse((f"end{bits[0]}",))
    parser.delete_first_token()
    return nodelist, bits[2]


@register.tag
def collect_sections(parser, token):
    """`{% collect_sections as name %}…{% endcollect_sections %}` renders what it wraps and sets
    `name` to the (id, words) of the section headings in it: the "On this page" links, read
    from the page as rendered, so they always match its headings (Markdown's and the template's).
    """
    return CollectSectionsNode(*_wrapping_tag(parser, token))


@register.tag
def capture(parser, token):
    """`{% capture as name %}…{% endcapture %}` renders what it wraps into `name` instead of the
    page, so a template can leave out a wrapper (a landmark, say) that would hold nothing."""
    return CaptureNode(*_wrapping_tag(parser, token))


class CollectSectionsNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        html = self.nodelist.render(context)
        context[self.name] = section_links(html)
        return html


class CaptureNode(CollectSectionsNode):
    def render(self, context):
        context[self.name] = self.nodelist.render(context)
        return ""


@register.tag
def shared_part(parser, token):
    """`{% shared_part "name" %}…{% endshared_part %}`: a part of the page that is the same for
    every visitor, built once per content version (clinic.page_cache.shared_part). Whatever
    it wraps must not set anything the rest of the page reads: a kept part is not rendered."""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('Usage: {% shared_part "name" %}')
    nodelist = parser.parse(("endshared_part",))
    parser.delete_first_token()
    name = bits[1][1:-1]
    page_cache.PART_NAMES.add(name)
    return SharedPartNode(nodelist, name)


class SharedPartNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        if (request := context.get("request")) is None:  # an email, say
            return self.nodelist.render(context)
        return page_cache.shared_part(request, self.name, lambda: self.nodelist.render(context))


@register.simple_tag
def json_ld(data):
    """schema.org data (clinic/schema.py) as a <script type="application/ld+json"> block.

    A data block is never run, so the CSP needs no nonce for it; without one, the page (and
    its CSP header) is the same for every visitor and can be cached.
    """
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(JSON_SCRIPT_ESCAPES)),
    )


@register.simple_tag(takes_context=True)
def breadcrumbs_json_ld(context):
    """The page's breadcrumbs (the `breadcrumbs` the trail shows) as a schema.org BreadcrumbList."""
    crumbs, request = context.get("breadcrumbs"), context.get("request")
    return json_ld(schema.breadcrumb_list(crumbs, request)) if crumbs and request else ""


@register.simple_tag(takes_context=True)
def page_languages(context):
    """The page being shown in each language, for the alternates and the language switch:
    [{code, name, locale, url (absolute, no query), switch_url (the query kept), current,
    default}]. A detail page's item (`object`) gives its address in each language."""
    request = context.get("request")
    item = context.get("object")
    query = f"?{request.GET.urlencode()}" if request and request.GET else ""
    current = translation.get_language()
    return [
        {
            "code": code,
            "name": name,
            "locale": f"{code}_US",  # Open Graph's form; the clinic's readers are in the US
            "url": request.build_absolute_uri(path) if request else path,
            "switch_url": switch_url(code, path + query),
            "current": code == current,
            "default": code == settings.LANGUAGE_CODE,
        }
        for code, name, path in page_in_languages(
            request, item if hasattr(item, "get_absolute_url") else None
        )
    ]


@register.simple_tag
def picture(image, alt, sizes="100vw", loading="lazy", css_class=""):
    """A processed image (ResponsiveImageField) as <picture> with WebP and JPEG renditions.
    Built here rather than by an included template: cards repeat it, ten to a page."""
    if not image:
        return ""
    sources = responsive_sources(image)
    return format_html(
        '<picture>\n  <source type="image/webp" srcset="{}" sizes="{}">\n'
        '  <img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" loading="{}"'
        ' decoding="async"{}>\n</picture>\n',
        sources["webp_srcset"], sizes, sources["src"], sources["jpeg_srcset"], sizes,
        sources["width"], sources["height"], alt, loading,
        format_html(' class="{}"', css_class) if css_class else "",
    )  # fmt: skip


@register.simple_tag
def choice_inputs(field, show_errors=True):
    """A choice field's radios or checkboxes, each in its row with its label, and the field's
    errors after the last: crispy-bootstrap5's markup, built here rather than by a template
    loop, which cost most of the appointment form's rendering (templates/bootstrap5/)."""
    invalid = " is-invalid" if field.errors else ""
    widget = field.field.widget
    id_ = widget.attrs.get("id") or field.auto_id
    attrs = field.build_widget_attrs({"id": id_} if id_ else {})
    groups = widget.optgroups(field.html_name, widget.format_value(field.value()), attrs)
    parts = []
    for group_number, (group, options, _index) in enumerate(groups, start=1):
        if group:
            parts.append(format_html("<strong>{}</strong>", group))
        for option_number, option in enumerate(options, start=1):
            option_attrs = format_html_join(
                "",
                " {}{}",
                (
                    (name, "" if value is True else format_html('="{}"', value))
                    for name, value in option["attrs"].items()
                    if value is not False
                ),
            )
            last = group_number == len(groups) and option_number == len(options)
            errors = ""
            if show_errors and field.errors and last:
                errors = format_html(
                    '<div id="{}_error" class="invalid-feedback">{}</div>',
                    field.errors.field_id,
                    format_html_join(
                        "",
                        '<p id="error_{}_{}"><strong>{}</strong></p>',
                        ((n, field.auto_id, error) for n, error in enumerate(field.errors, 1)),
                    ),
                )
            parts.append(
                format_html(
                    '<div class="form-check"><input type="{}" class="form-check-input{}" '
                    'name="{}" value="{}"{}><label for="{}" class="form-check-label">{}</label>'
                    "{}</div>",
                    option["type"],
                    invalid,
                    field.html_name,
                    unlocalize(option["value"]),
                    option_attrs,
                    option["attrs"].get("id", ""),
                    unlocalize(option["label"]),
                    errors,
                )  # fmt: skip
            )
    return mark_safe("".join(parts))


@register.inclusion_tag("includes/_feedback.html")
def feedback_form(page):
    """“Was this page helpful?” about this page (clinic.feedback)."""
    return {"token": page_token(page)}
