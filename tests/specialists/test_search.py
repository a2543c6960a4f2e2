import pytest
from django.utils import translation

from clinic.search.text import normalize, parse_query, spelling_suggestion, word_matches

SYNONYMS = [("bells palsy", "Bell’s palsy"), ("eye won’t close", "eyelid procedures"),
            ("smile surgery", "muscle transfer, facial reanimation")]  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("HECKMAN", "heckman"),
        ("José Núñez", "jose nunez"),
        ("Bell’s palsy", "bells palsy"),
        ("Bell's palsy", "bells palsy"),
        ("O’Neill", "oneill"),
        ("  eye   won't\tclose!! ", "eye wont close"),
        ("<script>alert(1)</script>", "script alert 1 script"),
        ("'; DROP TABLE specialists;--", "drop table specialists"),
        ("a\x00b\x07c", "a b c"),
        ("snake_case", "snake case"),
    ],
)
def test_normalize_ignores_case_accents_apostrophes_and_punctuation(typed, normal):
    assert normalize(typed) == normal


def test_a_patient_phrase_adds_its_clinical_terms():
    parsed = parse_query("My eye won’t close", SYNONYMS)
    assert parsed.phrases == ["my eye wont close", "eyelid procedures"]


def test_a_phrase_with_several_terms_adds_each():
    assert parse_query("smile surgery", SYNONYMS).phrases[1:] == [
        "muscle transfer",
        "facial reanimation",
    ]


def test_synonyms_match_whole_words_only():
    assert parse_query("bells palsyx", SYNONYMS).phrases == ["bells palsyx"]


def test_a_very_long_query_is_cut_short():
    assert len(parse_query("palsy " * 2000, SYNONYMS).text) <= 100


def test_an_empty_query_is_falsy():
    assert not parse_query("  ’ ", SYNONYMS)


@pytest.mark.parametrize(
    ("word", "matches"),
    [("transfer", True), ("retrain", True), ("ent", False), ("pati", True), ("xyz", False)],
)
def test_words_match_whole_or_by_shared_stem(word, matches):
    assert word_matches(word, {"transfers", "retraining", "patient"}) is matches


def test_a_misspelt_name_gets_a_suggestion():
    vocabulary = {"heckman": "Heckman", "wes": "Wes", "palsy": "palsy"}
    assert spelling_suggestion(parse_query("hekmen", []), vocabulary) == "Heckman"
    assert spelling_suggestion(parse_query("wes hekmen", []), vocabulary) == "Wes Heckman"


def test_nothing_is_suggested_when_nothing_is_close():
    assert spelling_suggestion(parse_query("zzzzqq", []), {"heckman": "Heckman"}) is None


@pytest.mark.django_db
class TestSearchTextStaysCurrent:
    def found(self, query):
        from specialists.models import Specialist, Synonym

        parsed = parse_query(query, Synonym.objects.pairs())
        return [s.name for s in Specialist.objects.published().search(parsed)]

    def test_a_renamed_treatment_finds_its_specialists_by_the_new_name(self):
        from tests.factories import make_specialist, make_treatment

        treatment = make_treatment(title="Old name")
        make_specialist(name="Ann Able", treatments=[treatment])
        treatment.title = "Zygomatic reanimation"
        treatment.save()
        assert self.found("zygomatic") == ["Ann Able"]

    def test_a_cleared_or_deleted_area_no_longer_finds_anyone(self):
        from specialists.models import Expertise
        from tests.factories import make_specialist

        cleared = Expertise.objects.create(name="Quokka care", slug="quokka")
        deleted = Expertise.objects.create(name="Wombat care", slug="wombat")
        make_specialist(name="Ann Able", expertise=[cleared, deleted])
        cleared.specialists.clear()
        deleted.delete()
        assert self.found("quokka") == [] and self.found("wombat") == []

    def test_a_draft_treatment_does_not_make_anyone_findable(self):
        from clinic.models import PublicationStatus
        from tests.factories import make_specialist, make_treatment

        draft = make_treatment(title="Secret technique", status=PublicationStatus.DRAFT)
        make_specialist(treatments=[draft])
        assert self.found("secret technique") == []


@pytest.mark.django_db
class TestSearchInSpanish:
    def found(self, query, language):
        from specialists.models import Specialist, Synonym

        with translation.override(language):
            parsed = parse_query(query, Synonym.objects.pairs())
            return [s.name for s in Specialist.objects.published().search(parsed)]

    def test_each_language_searches_its_own_texts_with_english_where_untranslated(self):
        from tests.factories import make_specialist, make_treatment

        treatment = make_treatment(title="Cheek reanimation", title_es="Reanimación de mejilla")
        make_specialist(name="Ann Able", treatments=[treatment], bio="Sees adults.")
        assert self.found("mejilla", "es") == ["Ann Able"] == self.found("cheek", "en")
        assert self.found("mejilla", "en") == [] == self.found("cheek", "es")
        assert self.found("adults", "es") == ["Ann Able"]  # no Spanish biography yet

    def test_a_renamed_spanish_title_finds_its_specialists_by_the_new_name(self):
        from tests.factories import make_specialist, make_treatment

        treatment = make_treatment(title="Old name")
        make_specialist(name="Ann Able", treatments=[treatment])
        treatment.title_es = "Reanimación cigomática"
        treatment.save()
        assert self.found("reanimacion cigomatica", "es") == ["Ann Able"]
        assert self.found("cigomática", "en") == []

    def test_spanish_synonyms_serve_spanish_pages_only(self):
        from specialists.models import Synonym
        from tests.factories import make_specialist

        make_specialist(name="Ann Able", bio="Hace cirugía de párpados.")
        make_specialist(name="Bea Bold", bio="Does eyelid procedures.")
        Synonym.objects.create(language="es", phrase="no cierra el ojo", terms="párpados")
        Synonym.objects.create(language="en", phrase="no cierra el ojo", terms="eyelid")
        assert self.found("mi ojo no cierra el ojo", "es") == ["Ann Able"]
        assert self.found("no cierra el ojo", "en") == ["Bea Bold"]

    def test_a_staff_edit_reaches_the_cached_synonyms_of_every_language(self):
        from specialists.models import Synonym
        from tests.factories import make_specialist

        make_specialist(name="Ann Able", bio="Trata la culebrilla.")
        assert self.found("herpes", "es") == [] and self.found("herpes", "en") == []
        Synonym.objects.create(language="es", phrase="herpes", terms="culebrilla")
        assert self.found("herpes", "es") == ["Ann Able"]

    def test_spanish_little_words_never_match_as_stems(self):
        from tests.factories import make_specialist

        make_specialist(name="Ann Able", title="Especialista", bio="Ayuda para sonreír.")
        assert self.found("paralisis", "es") == []

    def test_a_phrase_may_be_listed_once_per_language(self):
        from django.db import IntegrityError

        from specialists.models import Synonym

        Synonym.objects.create(language="en", phrase="botox", terms="injections")
        Synonym.objects.create(language="es", phrase="botox", terms="inyecciones")
        with pytest.raises(IntegrityError):
            Synonym.objects.create(language="es", phrase="botox", terms="otra")


def test_the_synonym_list_can_be_filtered_by_language(admin_client):
    from specialists.models import Synonym

    Synonym.objects.create(language="en", phrase="dry eye", terms="eyelid procedures")
    Synonym.objects.create(language="es", phrase="ojo seco", terms="párpados")
    content = admin_client.get("/admin/specialists/synonym/?language__exact=es").content.decode()
    assert "ojo seco" in content and "dry eye" not in content


@pytest.mark.django_db
def test_search_gives_a_queryset_in_rank_order_on_every_database():
    from django.db.models import QuerySet

    from specialists.models import Specialist
    from tests.factories import make_specialist

    named = make_specialist(name="Wes Heckman")
    mentioned = make_specialist(name="Ana Example", bio="Trained with Dr. Heckman.")
    make_specialist(name="Someone Else")
    results = Specialist.objects.published().search(parse_query("heckman", []))
    assert isinstance(results, QuerySet)
    assert list(results) == [named, mentioned]
    assert results.count() == 2 and list(results.filter(pk=mentioned.pk)) == [mentioned]
    assert list(results[1:]) == [mentioned]
    nothing = Specialist.objects.published().search(parse_query("zzqx", []))
    assert isinstance(nothing, QuerySet) and not nothing.exists()


@pytest.mark.django_db
def test_site_search_previews_specialists_named_like_the_query_then_in_directory_order():
    from specialists.search import site_search_results
    from tests.factories import make_specialist, make_treatment

    weights = make_treatment(title="Eyelid weights")
    make_specialist(name="Cara Weights")  # named like the query, treats something else
    make_specialist(name="Ben Adams", treatments=[weights], bio="Weights, weights, weights.")
    make_specialist(name="Al Zed", treatments=[weights])
    make_specialist(name="Dee Other")
    results = site_search_results(parse_query("weights", []), "weights", limit=3)
    # Ranked, Ben Adams (the most mentions) would come second: a preview ranks nothing, so a
    # broad query costs no more in a large directory than a narrow one.
    assert [hit.title for hit in results.hits] == [
        "Cara Weights, MD",
        "Al Zed, MD",
        "Ben Adams, MD",
    ]
    assert results.more_url == "/specialists/?q=weights"


@pytest.mark.django_db
def test_the_directory_reads_its_order_off_an_index():
    from django.db import connection

    from specialists.models import Specialist

    sql, params = Specialist.objects.published().for_cards()[:10].query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("EXPLAIN " + sql, params)
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        plan = " ".join(str(row) for row in cursor.fetchall())
    assert "specialist_directory_order" in plan
