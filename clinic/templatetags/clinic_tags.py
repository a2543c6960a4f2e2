from django import template

from clinic.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    """Staff-written Markdown as sanitised HTML: `{{ page.body|markdown }}`."""
    return render_markdown(text)
