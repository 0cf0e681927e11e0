"""Extract translatable strings into the .po catalogues (developers only: needs GNU gettext)."""

import contextlib
import shutil
import subprocess

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from .compiletranslations import po_files

LANGUAGES = ["fi", "sv", "en"]
IGNORE = [".venv", "venv", "node_modules", "var", "staticfiles", "bench"]
# Finnish, Swedish and English: one form for exactly one, another for everything else.
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"


def fill_header(catalogue, language):
    """Replace the template values makemessages leaves in a new catalogue's header."""
    meta = catalogue.metadata
    before = (dict(meta), catalogue.metadata_is_fuzzy)
    if catalogue.header.startswith("SOME DESCRIPTIVE TITLE"):
        catalogue.header = (
            "Yhdistysinfo translations.\nThis file is distributed under the EUPL-1.2."
        )
    if meta.get("Project-Id-Version") == "PACKAGE VERSION":
        meta["Project-Id-Version"] = "Yhdistysinfo"
    if meta.get("PO-Revision-Date", "").startswith("YEAR"):
        meta["PO-Revision-Date"] = meta.get("POT-Creation-Date", "")
    if "FULL NAME" in meta.get("Last-Translator", ""):
        meta["Last-Translator"] = "Yhdistysinfo"
    if "LANGUAGE" in meta.get("Language-Team", ""):
        meta["Language-Team"] = dict(settings.LANGUAGES).get(language, language)
    meta["Language"] = language
    if "INTEGER" in meta.get("Plural-Forms", "INTEGER"):
        meta["Plural-Forms"] = PLURAL_FORMS
    meta["Content-Type"] = "text/plain; charset=UTF-8"
    catalogue.metadata_is_fuzzy = False
    return before != (dict(meta), catalogue.metadata_is_fuzzy)


def fill_english(catalogue):
    """English needs no translating: an empty or fuzzy msgstr becomes its msgid."""
    changed = 0
    for entry in catalogue:
        if entry.obsolete or (entry.translated() and not entry.fuzzy):
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
        if entry.fuzzy:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        changed += 1
    return changed


class Command(BaseCommand):
    help = (
        "Run makemessages for fi, sv and en (needs GNU gettext), then fill the English "
        "catalogue from the msgids. Translate the new fi and sv entries by hand afterwards."
    )

    def handle(self, *args, **options):
        if not all(map(shutil.which, ["xgettext", "msgmerge", "msgcat"])):
            raise CommandError(
                "GNU gettext is needed to extract strings (apt-get install gettext). "
                "Compiling does not need it: manage.py compiletranslations."
            )
        with contextlib.chdir(settings.BASE_DIR):
            call_command(
                "makemessages",
                locale=LANGUAGES,
                domain="django",
                ignore_patterns=IGNORE,
                no_location=True,
                no_obsolete=True,
                verbosity=options["verbosity"],
            )
        for po_path in po_files():
            language = po_path.parent.parent.name
            catalogue = polib.pofile(str(po_path), wrapwidth=79)
            changed = fill_header(catalogue, language)
            if language == "en":
                filled = fill_english(catalogue)
                changed = changed or filled
                if filled:
                    self.stdout.write(f"{po_path}: filled {filled} English entries from msgid")
            if changed:
                catalogue.save()
                # Re-wrap the way msgmerge does, so the next makemessages run makes no churn.
                subprocess.run(["msgcat", "-o", str(po_path), str(po_path)], check=True)
            todo = len(catalogue.untranslated_entries()) + len(catalogue.fuzzy_entries())
            if todo:
                self.stdout.write(f"{po_path}: {todo} entries to translate or review")
