from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string


def send_templated_email(template_prefix, context, to):
    """Sends <prefix>_subject.txt, _body.txt and _body.html rendered with context."""
    subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=subject, body=render_to_string(f"{template_prefix}_body.txt", context), to=to
    )
    message.attach_alternative(
        render_to_string(f"{template_prefix}_body.html", context), "text/html"
    )
    message.send()
