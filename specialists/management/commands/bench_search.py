"""Directory search at scale: fills PostgreSQL with fictional specialists and times searches.

Run through `make bench-search`, which gives it a database of its own.
"""

import json
import random
import statistics
import time
from urllib.parse import urlencode

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client

from clinic.models import PublicationStatus
from clinic.search.text import parse_query
from services.models import Cause, Page, Treatment
from specialists.models import Expertise, Language, Location, Specialist, Synonym
from specialists.search import refresh_denormalised

# Typos, synonyms, names, conditions, treatments and filters, as patients type them.
QUERIES = [
    "heckman", "hekman", "heckmen", "jose nunez", "o’neill", "okafur",
    "bells palsy", "Bell’s palsy", "face droop", "eye won’t close", "botox",
    "smile surgery", "synkinesis", "neuromuscular retraining", "static sling",
    "stroke", "speech therapy", "ENT", "surgeon spanish", "dry eye",
]  # fmt: skip
FIRST = "Avery Blake Casey Devon Emery Finley Harper Jordan Kai Logan Morgan Parker Quinn".split()
LAST = ["Abbott", "Barlow", "Castillo", "Dunmore", "Ellery", "Fairweather", "Galloway",
        "Hollis", "Ingram", "Jarvis", "Kimura", "Larkin", "Mendoza", "Norwood", "Oduya",
        "Pemberton", "Quintero", "Radcliffe", "Sorensen", "Thackeray", "Underhill", "Vasquez",
        "Whitlock", "Yardley", "Zamora"]  # fmt: skip
TITLES = ["Facial plastic surgeon", "Physical therapist", "Neurologist", "Eyelid surgeon",
          "Speech-language pathologist", "Psychologist", "Otolaryngologist"]  # fmt: skip
BIO_SENTENCES = [
    "Helps people whose face is weak after Bell’s palsy or injury.",
    "Teaches exercises that make the smile more even.",
    "Works with patients who have synkinesis and tight muscles.",
    "Cares for the eye when it will not close all the way.",
    "Talks with families about choices in plain words.",
    "Uses injections to relax the stronger side of the face.",
]


class Command(BaseCommand):
    help = "Creates fictional specialists (PostgreSQL only) and reports search latency."

    def add_arguments(self, parser):
        parser.add_argument("--specialists", type=int, default=10_000)
        parser.add_argument("--repeat", type=int, default=15, help="timed runs per query")
        parser.add_argument("--output", help="also write the figures to this JSON file")
        parser.add_argument(
            "--pages", type=int, default=0, help="fill with guide pages up to this many too"
        )
        parser.add_argument(
            "--fill-only", action="store_true", help="fill the database, measure nothing"
        )

    def handle(self, *, specialists, repeat, pages=0, output=None, fill_only=False, **options):
        if connection.vendor != "postgresql":
            raise CommandError("The search benchmark runs on PostgreSQL: set DATABASE_URL.")
        call_command("load_demo_content", stdout=self.stdout)
        missing = specialists - Specialist.objects.count()
        if missing > 0:
            self.stdout.write(f"Creating {missing} fictional specialists...")
            self.create_specialists(missing)
        if (missing_pages := pages - Page.objects.count()) > 0:
            self.stdout.write(f"Creating {missing_pages} fictional guide pages...")
            self.create_pages(missing_pages)
        with connection.cursor() as cursor:
            # What autovacuum would do after a bulk load: merges GIN pending lists, fresh stats.
            cursor.execute("VACUUM ANALYZE")
        if fill_only:
            return
        figures = self.measure(repeat)
        self.report(figures, Specialist.objects.count())
        if output:
            with open(output, "w") as file:
                json.dump(figures, file, indent=2)

    @transaction.atomic
    def create_specialists(self, count):
        rng = random.Random(2026)
        start = Specialist.objects.count()
        new = Specialist.objects.bulk_create(
            Specialist(
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                slug=f"bench-{start + number}",
                credentials=rng.choice(["MD", "DO", "PT DPT", "PhD", "MS CCC-SLP"]),
                title=rng.choice(TITLES),
                bio=" ".join(rng.sample(BIO_SENTENCES, 3)),
                accepts_new_patients=rng.random() < 0.7,
                offers_video_visits=rng.random() < 0.5,
                is_sample=True,
                status=PublicationStatus.PUBLISHED,
            )
            for number in range(count)
        )
        links = {
            "expertise": list(Expertise.objects.all()),
            "causes": list(Cause.objects.all()),
            "treatments": list(Treatment.objects.all()),
            "locations": list(Location.objects.all()),
            "languages": list(Language.objects.all()),
        }
        for relation, choices in links.items():
            descriptor = getattr(Specialist, relation)
            through = descriptor.through
            target = f"{descriptor.field.related_model._meta.model_name}_id"
            rows = [
                through(specialist_id=specialist.pk, **{target: choice.pk})
                for specialist in new
                for choice in rng.sample(choices, min(len(choices), rng.randint(1, 2)))
            ]
            through.objects.bulk_create(rows, batch_size=5_000)
        pks = [specialist.pk for specialist in new]
        for offset in range(0, len(pks), 2_000):
            refresh_denormalised(Specialist.objects.filter(pk__in=pks[offset : offset + 2_000]))

    @transaction.atomic
    def create_pages(self, count):
        """Guide pages made of the demo's treatment and cause texts, numbered; then the site
        search's index (bulk inserts send no signals)."""
        texts = [*Treatment.objects.published(), *Cause.objects.published()]
        start = Page.objects.count()
        Page.objects.bulk_create(
            Page(
                title=f"{texts[number % len(texts)].title}: guide {start + number}",
                slug=f"bench-guide-{start + number}",
                summary=texts[number % len(texts)].summary,
                body=texts[number % len(texts)].body,
                status=PublicationStatus.PUBLISHED,
                is_sample_copy=True,
            )
            for number in range(count)
        )
        call_command("rebuild_search_index", stdout=self.stdout)

    def measure(self, repeat):
        client = Client()
        synonyms = list(Synonym.objects.pairs())
        figures = []
        for query in QUERIES:
            url = "/specialists/?" + urlencode({"q": query})
            response = client.get(url)  # warm-up, and a check that it works
            if response.status_code != 200:
                raise CommandError(f"{url} answered {response.status_code}")
            timings = []
            for _ in range(repeat):
                started = time.perf_counter()
                client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
            figures.append({
                "query": query,
                "results": Specialist.objects.published()
                .search(parse_query(query, synonyms))
                .count(),
                "p50_ms": round(statistics.median(timings), 1),
                "p95_ms": round(statistics.quantiles(timings, n=20)[-1], 1),
                "timings_ms": [round(t, 2) for t in timings],
            })  # fmt: skip
        return figures

    def report(self, figures, total):
        all_timings = sorted(t for figure in figures for t in figure["timings_ms"])
        self.stdout.write(f"\nDirectory search, {total} specialists, server-side (whole view)")
        self.stdout.write(f"{'query':28} {'results':>8} {'p50 ms':>8} {'p95 ms':>8}")
        for figure in figures:
            self.stdout.write(
                f"{figure['query']:28} {figure['results']:>8} "
                f"{figure['p50_ms']:>8} {figure['p95_ms']:>8}"
            )
        p50 = statistics.median(all_timings)
        p95 = statistics.quantiles(all_timings, n=20)[-1]
        self.stdout.write(f"{'all queries':28} {'':>8} {p50:>8.1f} {p95:>8.1f}")
