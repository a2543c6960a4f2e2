"""templates/bootstrap5/ overrides crispy-bootstrap5's field templates for speed (a choice's
options built in Python, includes written inline); the form must come out as crispy-bootstrap5
itself writes it, in every state."""

import re

import pytest

pytestmark = pytest.mark.django_db

WRONG = {
    "asker": "", "patient_name": "x" * 151, "phone": "12", "email": "bad",
    "contact_method": "email", "interpreter": "other", "cause": "nope",
    "preferred_specialist": "gone", "consent_to_contact": "", "message": "Line one\nLine two",
}  # fmt: skip
STATES = [
    ("get", "/appointments/request/", None),
    ("get", "/appointments/request/?specialist=ana-example", None),
    ("post", "/appointments/request/", WRONG),
    ("post", "/appointments/request/", {"specialist_name": "ana", "patient_name": "Ann"}),
    ("get", "/es/citas/solicitar/", None),
    ("post", "/es/citas/solicitar/", WRONG),
]


def comparable(html):
    """The markup without its per-visit tokens, and with whitespace next to tags dropped."""
    html = re.sub(r'(name="(?:csrfmiddlewaretoken|submission_token)" value=)"[^"]+"', r"\1", html)
    return re.sub(r"\s*([<>])\s*", r"\1", re.sub(r"\s+", " ", html))


def pages(client):
    return [
        comparable(getattr(client, method)(url, data).content.decode())
        for method, url, data in STATES
    ]


def test_the_form_is_written_as_crispy_bootstrap5_writes_it(client, settings, bells_palsy):
    from tests.factories import make_specialist

    make_specialist(slug="ana-example", name="Ana Example")
    ours = pages(client)
    # The apps' templates (crispy-bootstrap5's) before the project's own overrides.
    settings.TEMPLATES = [
        template
        | {
            "APP_DIRS": False,
            "OPTIONS": template["OPTIONS"]
            | {
                "loaders": [
                    "django.template.loaders.app_directories.Loader",
                    "django.template.loaders.filesystem.Loader",
                ]
            },
        }  # fmt: skip
        for template in settings.TEMPLATES
    ]
    assert pages(client) == ours
    assert 'class="form-check-input is-invalid"' in ours[2]  # the states do differ
