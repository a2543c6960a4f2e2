from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.utils.translation import gettext_lazy as _

from clinic.text import without_control_characters

from .masking import masked
from .models import COMMENT_MAX_LENGTH

PAGE_SALT = "clinic.feedback.page"


def page_token(page):
    """What a page's form says it is about: signed, so that a vote can only be about a page
    that showed the form; the same for every visitor, so the page stays cacheable."""
    content_type = ContentType.objects.get_for_model(page)
    # Not timestamped (unlike signing.dumps): a page built again is the same page.
    return signing.Signer(salt=PAGE_SALT).sign_object([content_type.pk, page.pk])


class VoteForm(forms.Form):
    page = forms.CharField()
    helpful = forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))], coerce=lambda answer: answer == "yes"
    )

    def clean_page(self):
        try:
            signer = signing.Signer(salt=PAGE_SALT)
            content_type_id, object_id = signer.unsign_object(self.cleaned_data["page"])
        except (signing.BadSignature, TypeError, ValueError):
            raise forms.ValidationError("Not a page's own form.", code="page") from None
        return {"content_type_id": content_type_id, "object_id": object_id}


class CommentForm(forms.Form):
    comment = forms.CharField(
        label=_("What were you looking for? (optional)"),
        help_text=_(
            "Do not include personal or health details, such as your name, email, phone "
            "number or medical history: we cannot reply to comments."
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=COMMENT_MAX_LENGTH,
        required=False,
        error_messages={
            "max_length": _(
                "Your comment is %(show_value)d characters long. Shorten it to %(limit_value)d "
                "characters or fewer."
            )
        },
    )

    def clean_comment(self):
        return masked(without_control_characters(self.cleaned_data["comment"], keep="\n").strip())
