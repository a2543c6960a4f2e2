from django.core.paginator import EmptyPage, Paginator
from django.utils.translation import gettext as _


def paginate(results, page_param, per_page):
    """(page, note): the requested page, or the nearest real one with a note saying why."""
    paginator = Paginator(results, per_page)
    try:
        number = int(page_param or 1)
    except ValueError:
        return paginator.page(1), _("That page number was not understood, so here is page 1.")
    if number < 1:
        note = _("There is no page %(number)s, so here is page 1.") % {"number": number}
        return paginator.page(1), note
    try:
        return paginator.page(number), None
    except EmptyPage:
        note = _("There is no page %(number)s, so here is the last page.") % {"number": number}
        return paginator.page(paginator.num_pages), note


PAGE_CONTEXT_NAMES = ("page_obj", "page_note", "page_range")


def page_context(page, note):
    """What templates/includes/_pagination.html and the page's notices need."""
    return {
        "page_obj": page,
        "page_note": note,
        "page_range": page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1),
    }
