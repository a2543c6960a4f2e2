"""The standard face photos (and the short video) a patient may send with a request.

Surgeons compare the same expressions for every patient, in the same order; which of them the
form asks for is a setting (APPOINTMENT_PHOTO_EXPRESSIONS), the wording and drawings are here.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.checks import Error, register
from django.templatetags.static import static
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Expression:
    key: str
    label: Promise
    instruction: Promise

    @property
    def drawing_url(self):
        return static(f"img/face-guides/{self.key}.svg")


EXPRESSIONS = {
    expression.key: expression
    for expression in [
        Expression("rest", _("Face at rest"),
                   _("Relax your face and look straight at the camera.")),
        Expression("eyebrows_raised", _("Eyebrows raised"),
                   _("Lift your eyebrows as high as you can, as if surprised.")),
        Expression("eyes_closed_gently", _("Eyes closed gently"),
                   _("Close your eyes softly, as if going to sleep.")),
        Expression("eyes_closed_tightly", _("Eyes closed tightly"),
                   _("Squeeze your eyes shut as hard as you can.")),
        Expression("big_smile", _("Biggest smile"),
                   _("Smile as widely as you can, showing your teeth.")),
        Expression("lips_puckered", _("Lips puckered"),
                   _("Push your lips forward as if to whistle or give a kiss.")),
    ]
}  # fmt: skip
VIDEO_SLOT = "video"


def requested_expressions():
    """The expressions the form asks for, in the order the setting lists them."""
    return [EXPRESSIONS[key] for key in settings.APPOINTMENT_PHOTO_EXPRESSIONS if key != "none"]


def asked_slots():
    """The slots the form offers, in order: the photos the setting asks for, then the video."""
    photos = [expression.key for expression in requested_expressions()]
    return [*photos, *([VIDEO_SLOT] if settings.APPOINTMENT_VIDEO else [])]


def slot_order():
    """Every slot a request's media can fill, in the order staff see them: the photos, then
    the video. Expressions since taken out of the setting still show, after these."""
    asked = [expression.key for expression in requested_expressions()]
    return [*asked, *(key for key in EXPRESSIONS if key not in asked), VIDEO_SLOT]


def slot_label(slot):
    return EXPRESSIONS[slot].label if slot in EXPRESSIONS else _("Video")


@register()
def check_expressions(**kwargs):
    unknown = set(settings.APPOINTMENT_PHOTO_EXPRESSIONS) - {*EXPRESSIONS, "none"}
    return (
        [
            Error(
                f"APPOINTMENT_PHOTO_EXPRESSIONS names {', '.join(sorted(unknown))}, which "
                f"appointments.photos.EXPRESSIONS does not have.",
                hint=f"Choose from: {', '.join(EXPRESSIONS)} (or none).",
                id="appointments.E001",
            )
        ]
        if unknown
        else []
    )
