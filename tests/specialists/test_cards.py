"""A specialist's card: its facts kept on the row, in each language, current after any edit."""

import re

import pytest

from specialists.models import Expertise, Language, Specialist
from tests.factories import make_location, make_specialist

pytestmark = pytest.mark.django_db


def card_facts(client, path):
    html = client.get(path).content.decode()
    return re.findall(r"<dt>([^<]+)</dt><dd>(.*?)</dd>", html)


def test_a_card_lists_its_facts_in_the_page_language_in_that_language_order(client):
    english = Language.objects.create(name_en="English", name_es="Inglés")
    german = Language.objects.create(name_en="German", name_es="Alemán")
    make_specialist(languages=[english, german], locations=[make_location(city="Springfield")])
    assert ("Languages", "English, German") in card_facts(client, "/specialists/")
    spanish = dict(card_facts(client, "/es/especialistas/"))
    assert spanish["Idiomas"] == "Alemán, Inglés"
    assert "Springfield" in spanish["Ubicación"]


def test_renaming_linked_rows_or_changing_the_links_reaches_the_card_at_once(client):
    area = Expertise.objects.create(name_en="Eyelid surgery")
    specialist = make_specialist(expertise=[area])
    assert ("Expertise", "Eyelid surgery") in card_facts(client, "/specialists/")
    area.name_en = "Oculoplastic surgery"
    area.save()
    assert ("Expertise", "Oculoplastic surgery") in card_facts(client, "/specialists/")
    specialist.expertise.clear()
    assert "Expertise" not in dict(card_facts(client, "/specialists/"))
    area.specialists.add(specialist)  # from the other side
    area.delete()
    assert "Expertise" not in dict(card_facts(client, "/specialists/"))


def test_a_list_of_cards_costs_one_query_whatever_its_links(django_assert_num_queries):
    for _number in range(3):
        make_specialist(languages=[Language.objects.get_or_create(name_en="English")[0]])
    with django_assert_num_queries(1):
        cards = [specialist.card for specialist in Specialist.objects.for_cards()]
    assert cards[0]["languages"] == ["English"]
