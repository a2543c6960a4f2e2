"""Contact details taken out of free text before it is stored: a comment box that says “no
personal details” still gets them."""

import re

import phonenumbers

from clinic.phone import DEFAULT_REGION

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# What phonenumbers does not take for a number anyone could dial (a local "555 0199", digits
# run together) is still seven digits or more, maybe split by spaces, dots or dashes.
DIGIT_RUN = re.compile(r"\+?\(?\d(?:[\s().-]*\d){6,}")
EMAIL_MASK, PHONE_MASK = "[email removed]", "[phone number removed]"


def masked(text):
    text = EMAIL.sub(EMAIL_MASK, text)
    # From the end, so that each match's place in the text is still right when it is replaced.
    matches = list(
        phonenumbers.PhoneNumberMatcher(text, DEFAULT_REGION, phonenumbers.Leniency.POSSIBLE)
    )
    for match in reversed(matches):
        text = text[: match.start] + PHONE_MASK + text[match.end :]
    return DIGIT_RUN.sub(PHONE_MASK, text)
