# The month in full ("March 9, 2026"), as the site has always written dates for patients;
# Django's English is "Mar. 9, 2026". Other languages use Django's own formats.
DATE_FORMAT = "F j, Y"
