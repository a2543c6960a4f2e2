import phonenumbers


def tel_href(number):
    """A tap-to-call link for a US number as written on the site (800.922.0000, 402-555-0101)."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"tel:+1{digits}" if len(digits) == 10 else f"tel:{digits}"


# Patients' numbers: US by default, any country with its code (+44…). Stored in E.164
# (+14025550199), with ";ext=12" when there is an extension, so one number is always written
# one way (for the rate limit, a search, a dialler).
DEFAULT_REGION = "US"


def normalised_phone(text):
    """The number in E.164, or None when it is not a number anyone could dial."""
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    # is_valid_number, not only is_possible_number: it knows which area codes and exchanges
    # exist, so 402-555-0199 (the fictional 555-01xx range keeps a real area code) passes while
    # 123-456-7890 does not.
    if not phonenumbers.is_valid_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return f"{e164};ext={number.extension}" if number.extension else e164


def formatted_phone(stored):
    """A stored number as staff read it: (402) 555-0199 at home, +44 20 7946 0958 abroad."""
    if not stored:
        return ""
    try:
        number = phonenumbers.parse(stored, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return stored  # stored before numbers were checked: shown as typed
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == DEFAULT_REGION
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)
