import getpass
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from clinic.authenticator import new_authenticator, write_authenticator
from clinic.roles import ROLE_NAMES, setup_roles


class Command(BaseCommand):
    help = (
        "Create a staff account in one role and set up its authenticator app. "
        "The password is asked for (or read from standard input with --password-stdin)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", required=True)
        parser.add_argument("--role", required=True, choices=sorted(ROLE_NAMES))
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")
        parser.add_argument(
            "--password-stdin", action="store_true", help="Read the password from stdin."
        )

    def handle(self, *args, username, email, role, first_name, last_name, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            raise CommandError(f"There is already an account named {username!r}.")
        user = User(username=username, email=email, first_name=first_name,
                    last_name=last_name, is_staff=True)  # fmt: skip
        password = self.read_password(options["password_stdin"])
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        user.set_password(password)
        with transaction.atomic():
            setup_roles()
            user.save()
            user.groups.add(Group.objects.get(name=ROLE_NAMES[role]))
            key, link = new_authenticator(user)
        self.stdout.write(f"Created {username} ({ROLE_NAMES[role]}).")
        write_authenticator(self.stdout, key, link)

    def read_password(self, from_stdin):
        if from_stdin:
            return sys.stdin.readline().rstrip("\n")
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("The passwords did not match.")
        return password
