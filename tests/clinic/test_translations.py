"""The interface in Spanish: a current, complete catalogue, and Spanish pages that use it."""

import gettext
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import django
import pytest
from django import forms
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.utils import translation

from clinic.views import server_error

BASE_DIR = Path(__file__).resolve().parents[2]
CATALOGUE = BASE_DIR / "locale" / "es" / "LC_MESSAGES" / "django.po"
# `make messages`, run in a copy of the project.
MAKEMESSAGES = ["makemessages", "-l", "es", "--no-obsolete", "--add-location=file",
                "--ignore=tools", "--ignore=staticfiles", "--ignore=docs"]  # fmt: skip


def gettext_tool(*args):
    if shutil.which(args[0]) is None:
        pytest.fail(f"{args[0]} is missing: install GNU gettext (make test does)")
    return subprocess.run(args, capture_output=True, text=True)


def unfinished_entries(po_file):
    """(file references, msgid) of each entry that is untranslated or fuzzy."""
    for selection in ("--untranslated", "--only-fuzzy"):
        found = gettext_tool("msgattrib", "--no-wrap", "--no-obsolete", selection, str(po_file))
        for block in filter(None, re.split(r"\n\s*\n", found.stdout.strip())):
            msgid = re.search(r'^msgid "(.*)"$', block, re.M).group(1)
            # msgattrib prints the header beside what it selects; it counts only if fuzzy.
            if msgid or "#, fuzzy" in block:
                yield " ".join(re.findall(r"^#: (.*)$", block, re.M)).split(), msgid


@pytest.fixture(scope="module")
def refreshed_catalogue(tmp_path_factory):
    """The catalogue as makemessages makes it from today's code and templates."""
    copy = tmp_path_factory.mktemp("project") / "clinic"
    junk = shutil.ignore_patterns(".*", "__pycache__", "node_modules", "staticfiles", "media")
    shutil.copytree(BASE_DIR, copy, ignore=junk)
    gettext_tool("xgettext", "--version")
    subprocess.run([sys.executable, "manage.py", *MAKEMESSAGES, "-v0"], cwd=copy, check=True)
    return copy / CATALOGUE.relative_to(BASE_DIR)


@pytest.fixture(scope="module")
def compiled_catalogue(tmp_path_factory):
    """The committed catalogue compiled with msgfmt's checks: (the result, the .mo file)."""
    mo = tmp_path_factory.mktemp("compiled") / "django.mo"
    return gettext_tool("msgfmt", "--check", "-o", str(mo), str(CATALOGUE)), mo


def test_the_catalogue_has_every_string_of_the_code_and_templates(refreshed_catalogue):
    # `msgcmp A B` fails when B has a msgid that A lacks: both ways, nothing missing or stale.
    committed, fresh = str(CATALOGUE), str(refreshed_catalogue)
    for pair in [(committed, fresh), (fresh, committed)]:
        result = gettext_tool("msgcmp", "--use-fuzzy", "--use-untranslated", *pair)
        assert result.returncode == 0, "run make messages, then translate:\n" + result.stderr


def test_every_entry_is_translated_and_none_is_fuzzy():
    assert list(unfinished_entries(CATALOGUE)) == []


def test_the_catalogue_compiles_with_matching_placeholders(compiled_catalogue):
    result, _mo = compiled_catalogue
    assert result.returncode == 0, result.stderr


def test_the_catalogue_leaves_djangos_own_spanish_as_it_is(compiled_catalogue):
    # Our catalogue is read first: a msgid Django also has must keep Django's words, or the
    # admin's (and every form's) built-in messages would change.
    _result, mo = compiled_catalogue
    ours = gettext.GNUTranslations(mo.open("rb"))._catalog
    django_dir = Path(django.__file__).parent
    for path in django_dir.glob("**/locale/es/LC_MESSAGES/django.mo"):
        theirs = gettext.GNUTranslations(path.open("rb"))._catalog
        changed = {k: v for k, v in ours.items() if k and k in theirs and theirs[k] != v}
        assert changed == {}, path


def test_the_compiled_catalogue_is_not_older_than_the_catalogue():
    compiled = CATALOGUE.with_suffix(".mo")
    assert compiled.exists(), "run make test (or make run): it compiles the catalogue"
    assert compiled.stat().st_mtime >= CATALOGUE.stat().st_mtime, "the .mo is stale: make test"


def test_djangos_own_messages_are_in_spanish_on_spanish_pages():
    with translation.override("es"):
        with pytest.raises(forms.ValidationError) as error:
            forms.CharField().clean("")
        assert error.value.messages == ["Este campo es obligatorio."]


@pytest.mark.django_db
def test_the_spanish_home_page_has_a_spanish_header_and_footer(client):
    page = client.get("/es/").content.decode()
    assert '<html lang="es">' in page
    assert "Saltar al contenido principal" in page
    assert "Programa de Parálisis Facial" in page  # the clinic's name, in the header
    assert "Afecciones y tratamientos" in page and "Buscar un especialista" in page
    assert "Historias de pacientes" in page and "Pedir una cita" in page
    assert "En una emergencia, llame al 911" in page
    assert "en un plazo de un día hábil" in page  # APPOINTMENT_RESPONSE_TIME's default
    for english in ("Skip to main content", "Find a specialist", "In an emergency", "Menu"):
        assert english not in page


@pytest.mark.django_db
def test_the_english_home_page_is_unchanged(client):
    page = client.get("/").content.decode()
    assert '<html lang="en">' in page
    assert "<title>Facial paralysis treatment | Facial Paralysis Program</title>" in page
    assert "Skip to main content" in page and "In an emergency, call 911" in page
    assert "We will contact you within one business day." in page
    for spanish in ("Saltar", "Programa de Parálisis Facial", "llame al 911"):
        assert spanish not in page


@pytest.mark.django_db
def test_a_name_and_response_time_set_in_the_environment_are_shown_as_written(client, settings):
    settings.CLINIC_NAME = "Centro Facial"
    settings.APPOINTMENT_RESPONSE_TIME = "within two working days"
    page = client.get("/es/").content.decode()
    assert "Centro Facial" in page and "within two working days" in page


@pytest.mark.django_db
def test_a_missing_spanish_page_is_a_spanish_404(client):
    response = client.get("/es/no-such-page/")
    assert response.status_code == 404
    content = response.content.decode()
    assert "<h1>Página no encontrada</h1>" in content
    assert "Si necesita ayuda, llámenos:" in content and 'href="tel:+18009220000"' in content


def test_the_500_page_is_in_spanish_on_spanish_pages():
    with translation.override("es"):
        content = server_error(RequestFactory().get("/es/")).content.decode()
    assert "Lo sentimos, hay un problema con el servicio" in content
    assert '<html lang="es">' in content and "800.922.0000" in content


@pytest.mark.django_db
def test_an_unreadable_spanish_form_gets_the_spanish_400_page():
    # Answered before LocaleMiddleware runs, so the address alone sets the language.
    response = Client(raise_request_exception=False).generic(
        "POST", "/es/", "phone=1".encode("utf-16"),
        content_type="application/x-www-form-urlencoded; charset=utf-16",
    )  # fmt: skip
    assert response.status_code == 400
    assert "Lo sentimos, el sitio no pudo leer su solicitud" in response.content.decode()


def review_note(language):
    item = {"last_reviewed_on": date(2026, 3, 9), "reviewed_by": "A. Sample, MD"}
    with translation.override(language):
        return render_to_string("includes/_review_note.html", {"item": item})


def test_review_dates_are_written_as_each_language_writes_them():
    assert 'Last reviewed <time datetime="2026-03-09">March 9, 2026</time> by A. Sample, MD.' in (
        review_note("en")
    )
    assert (
        'Revisado por última vez el <time datetime="2026-03-09">9 de marzo de 2026</time> '
        "por A. Sample, MD."
    ) in review_note("es")


def test_the_draft_notice_staff_see_is_in_spanish_on_spanish_pages():
    with translation.override("es"):
        notice = render_to_string(
            "includes/_draft_notice.html",
            {"draft_notice": {"reason": "El consentimiento venció", "edit_url": "/admin/x/"}},
        )
    assert "Borrador: los pacientes no pueden ver esta página" in notice
    assert "Motivo: El consentimiento venció." in notice
    assert "Editarla en la administración" in notice
