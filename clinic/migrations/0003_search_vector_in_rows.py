from django.db import migrations

from clinic.search.postgresql import vectors_kept_in_their_rows


class Migration(migrations.Migration):
    dependencies = [("clinic", "0002_search_entry_languages")]

    operations = [vectors_kept_in_their_rows("clinic_searchentry", "vector")]
