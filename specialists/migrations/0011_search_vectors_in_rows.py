from django.db import migrations

from clinic.search.postgresql import vectors_kept_in_their_rows


class Migration(migrations.Migration):
    dependencies = [("specialists", "0010_directory_order_index")]

    operations = [
        vectors_kept_in_their_rows("specialists_specialist", "search_vector", "search_vector_es")
    ]
