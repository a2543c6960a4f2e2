from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from clinic.authenticator import new_authenticator, write_authenticator


class Command(BaseCommand):
    help = (
        "Set up a new authenticator app for a staff account (a lost phone, or a superuser "
        "made with createsuperuser); the old one stops working."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        try:
            user = get_user_model().objects.get(username=username, is_staff=True)
        except get_user_model().DoesNotExist:
            raise CommandError(f"There is no staff account named {username!r}.") from None
        key, link = new_authenticator(user)
        self.stdout.write(f"New authenticator for {username}.")
        write_authenticator(self.stdout, key, link)
