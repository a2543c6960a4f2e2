import hashlib
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string


def send_templated_email(template_prefix, context, to, *, message_id=None):
    """Sends <prefix>_subject.txt, _body.txt and _body.html rendered with context."""
    subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template_prefix}_body.txt", context),
        to=to,
        headers={"Message-ID": message_id} if message_id else None,
    )
    message.attach_alternative(
        render_to_string(f"{template_prefix}_body.html", context), "text/html"
    )
    message.send()


def stable_message_id(name, *key):
    """The same Message-ID for the same name and key, so mail clients collapse a duplicate.

    name is readable (it shows in mail headers: no patient data); key makes it unique. The
    domain is the sender's, from DEFAULT_FROM_EMAIL.
    """
    digest = hashlib.sha256(":".join(map(str, key)).encode()).hexdigest()[:16]
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
    return f"<{name}.{digest}@{domain}>"
