from django.core.management.base import BaseCommand

from clinic.search.index import rebuild


class Command(BaseCommand):
    help = (
        "Rebuilds the site search's index from every published page. Saving a page keeps its "
        "entries current; run this after a deployment or a change that bypassed saving."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"search index: {rebuild()} entries")
