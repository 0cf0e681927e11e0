"""Compile the project's .po catalogues into .mo files in pure Python (no GNU gettext needed)."""

import re
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# Directories that hold third-party code: their catalogues are not ours to compile.
EXCLUDED_PARTS = {".venv", "venv", "site-packages", "node_modules"}

# A printf-style conversion as Python's % operator reads it, e.g. %s, %d, %(name)s, %%.
FORMAT_SPEC = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?[#0 +-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?P<type>[a-zA-Z%])"
)


def locale_dirs():
    """The project's locale directories: settings.LOCALE_PATHS and every project app's locale/."""
    base = Path(settings.BASE_DIR).resolve()
    candidates = [Path(p) for p in settings.LOCALE_PATHS]
    candidates += [Path(app.path) / "locale" for app in apps.get_app_configs()]
    found = []
    for candidate in candidates:
        path = candidate.resolve()
        if not path.is_dir() or path in found:
            continue
        try:
            relative = path.relative_to(base)
        except ValueError:
            continue  # an installed package outside the project
        if EXCLUDED_PARTS.isdisjoint(relative.parts):
            found.append(path)
    return found


def po_files():
    return sorted(po for directory in locale_dirs() for po in directory.glob("*/LC_MESSAGES/*.po"))


def placeholders(text):
    """Named placeholders as a set and the count of positional ones (%% is not a placeholder)."""
    names, positional = set(), 0
    for match in FORMAT_SPEC.finditer(text):
        if match["type"] == "%":
            continue
        if match["name"] is None:
            positional += 1
        else:
            names.add(match["name"])
    return names, positional


def placeholder_problem(entry):
    """Why the translation would break `msgstr % values` at run time, or None if it is safe."""
    if "python-format" not in entry.flags:
        return None
    source_names, source_positional = placeholders(entry.msgid + " " + (entry.msgid_plural or ""))
    translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
    for translation in translations:
        names, positional = placeholders(translation)
        if names - source_names:
            return f"unknown placeholder(s) {sorted(names - source_names)}"
        if source_positional and positional != source_positional:
            return f"{positional} positional placeholder(s), expected {source_positional}"
    return None


class Command(BaseCommand):
    help = (
        "Compile every .po under the project's locale/ directories into .mo with polib "
        "(no GNU gettext needed). Fuzzy and untranslated entries are left out."
    )

    def handle(self, *args, **options):
        files = po_files()
        if not files:
            raise CommandError("No .po files found under " + ", ".join(map(str, locale_dirs())))
        base = Path(settings.BASE_DIR).resolve()
        for po_path in files:
            catalogue = polib.pofile(str(po_path))
            for entry in catalogue.translated_entries():
                problem = placeholder_problem(entry)
                if problem:
                    # Leave it out: the page shows the English text instead of raising an error.
                    entry.obsolete = True
                    self.stderr.write(
                        f"{po_path.relative_to(base)}: skipped {entry.msgid!r}: {problem}"
                    )
            mo_path = po_path.with_suffix(".mo")
            catalogue.save_as_mofile(str(mo_path))
            notes = [f"{len(catalogue.translated_entries())} messages"]
            if fuzzy := len(catalogue.fuzzy_entries()):
                notes.append(f"{fuzzy} fuzzy skipped")
            if untranslated := len(catalogue.untranslated_entries()):
                notes.append(f"{untranslated} untranslated")
            self.stdout.write(f"Compiled {mo_path.relative_to(base)} ({', '.join(notes)})")
