from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Adds the demo content of every app that has a demo module (in INSTALLED_APPS order). "
        "Safe to run again: existing content, including staff edits, is left alone."
    )

    def handle(self, *args, **options):
        # Each app owns its demo data; clinic/ only knows that such modules may exist.
        for app_config in apps.get_app_configs():
            module_name = f"{app_config.name}.demo"
            if find_spec(module_name) is None:
                continue
            with transaction.atomic():
                created = import_module(module_name).load_demo_content()
            self.stdout.write(f"{app_config.label}: {created} item(s) added")
