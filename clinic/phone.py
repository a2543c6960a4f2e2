def tel_href(number):
    """A tap-to-call link for a US number as written on the site (800.922.0000, 402-555-0101)."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"tel:+1{digits}" if len(digits) == 10 else f"tel:{digits}"
