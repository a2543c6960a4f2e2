import re

from django.db import migrations

# clinic.readability's reading_grade() as it was when this migration was written, frozen here
# so that a later change to the app's estimate cannot change what this migration does.
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MARKDOWN_MARKERS = re.compile(r"^\s*(?:#{1,6}|[*+-]|\d+[.)]|>)\s+", re.MULTILINE)
SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n")
MAX_GRADE = 99.9
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
VOWEL_GROUP = re.compile(r"[aeiouy]+")


def syllables(word):
    word = word.lower()
    count = len(VOWEL_GROUP.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(count, 1)


def reading_grade(markdown_text):
    text = MARKDOWN_LINK.sub(r"\1", markdown_text)
    text = MARKDOWN_MARKERS.sub("", text)
    text = re.sub(r"[*_`]", "", text)
    sentences = [part for part in SENTENCE_END.split(text) if WORD.search(part)]
    words = WORD.findall(text)
    if not words:
        return None
    words_per_sentence = len(words) / len(sentences)
    syllables_per_word = sum(syllables(word) for word in words) / len(words)
    grade = 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59
    return min(max(round(grade, 1), 0.0), MAX_GRADE)


# The demo's summary of "Why choose our program" as first loaded, and what it says now. Only an
# untouched demo summary changes; anything staff wrote stays.
OLD_SUMMARY = (
    "Nebraska Medicine surgeons offer a comprehensive range of nonsurgical and surgical "
    "interventions for facial paralysis that set us apart in the state and region."
)
NEW_SUMMARY = (
    "Our surgeons offer a comprehensive range of nonsurgical and surgical interventions "
    "for facial paralysis that set us apart in the state and region."
)


def speak_as_the_program(apps, schema_editor):
    Page = apps.get_model("services", "Page")
    for page in Page.objects.filter(slug="why-choose-us", summary=OLD_SUMMARY):
        page.summary = NEW_SUMMARY
        page.reading_grade = reading_grade(f"{page.summary}\n\n{page.body}")
        page.save(update_fields=["summary", "reading_grade"])


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0003_condition_title_in_sentence"),
    ]

    operations = [
        migrations.RunPython(speak_as_the_program, migrations.RunPython.noop),
    ]
