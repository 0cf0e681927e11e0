"""The .po catalogues are complete and compile, and pages come out in each language."""

import gettext
import re

import polib
import pytest
from django.core.management import call_command
from django.utils.translation import trans_real

from core.management.commands.compiletranslations import placeholder_problem, po_files

PO_FILES = po_files()
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"
HTML_TAG = re.compile(r"<[^>]+>")


def _label(path):
    return "/".join(path.parts[-4:])


def _translations(entry):
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


def test_every_language_has_a_catalogue():
    found = {(path.parts[-3], path.name) for path in PO_FILES}
    assert {("fi", "django.po"), ("sv", "django.po"), ("en", "django.po")} <= found
    assert not [path for path in PO_FILES if ".venv" in path.parts]


@pytest.mark.parametrize("po_path", PO_FILES, ids=_label)
def test_catalogue_is_complete(po_path):
    catalogue = polib.pofile(str(po_path))

    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, (
        f"{len(untranslated)} untranslated in {_label(po_path)}: {untranslated}"
    )
    assert not fuzzy, f"{len(fuzzy)} fuzzy in {_label(po_path)}: {fuzzy}"
    assert catalogue.metadata.get("Plural-Forms") == PLURAL_FORMS
    assert "charset=UTF-8" in catalogue.metadata.get("Content-Type", "")


@pytest.mark.parametrize("po_path", PO_FILES, ids=_label)
def test_translations_keep_placeholders_and_html(po_path):
    problems = []
    for entry in polib.pofile(str(po_path)).translated_entries():
        if problem := placeholder_problem(entry):
            problems.append(f"{entry.msgid!r}: {problem}")
        source = entry.msgid + (entry.msgid_plural or "")
        for translation in _translations(entry):
            if not entry.msgid_plural and "python-format" in entry.flags:
                wanted = set(re.findall(r"%\((\w+)\)", entry.msgid))
                if set(re.findall(r"%\((\w+)\)", translation)) != wanted:
                    problems.append(f"{entry.msgid!r}: placeholders differ from {sorted(wanted)}")
            if sorted(set(HTML_TAG.findall(translation))) != sorted(set(HTML_TAG.findall(source))):
                problems.append(f"{entry.msgid!r}: HTML tags differ")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("po_path", PO_FILES, ids=_label)
def test_catalogue_compiles_with_polib(po_path, tmp_path):
    catalogue = polib.pofile(str(po_path))
    mo_path = tmp_path / "django.mo"

    catalogue.save_as_mofile(str(mo_path))

    with mo_path.open("rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            assert compiled.ngettext(entry.msgid, entry.msgid_plural, 1) == entry.msgstr_plural[0]
            assert compiled.ngettext(entry.msgid, entry.msgid_plural, 2) == entry.msgstr_plural[1]
        elif entry.msgctxt:
            assert compiled.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr
        else:
            assert compiled.gettext(entry.msgid) == entry.msgstr


@pytest.fixture(scope="module")
def compiled_catalogues():
    """Compile the .mo files if any is missing or older than its .po (they are git-ignored)."""
    stale = [
        po
        for po in PO_FILES
        if not po.with_suffix(".mo").exists()
        or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
    ]
    if stale:
        call_command("compiletranslations", verbosity=0)
        # Forget catalogues Django may have loaded before the .mo files existed.
        trans_real._translations = {}
        trans_real._default = None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "language", "expected", "not_expected"),
    [
        ("/", "fi", ["Siirry sisältöön", "Tietosuojaseloste", "Kirjaudu sisään"], []),
        ("/sv/", "sv", ["Hoppa till innehållet", "Dataskyddsbeskrivning", "Logga in"], []),
        ("/en/", "en", ["Skip to content", "Privacy notice", "Log in"], ["Siirry sisältöön"]),
        ("/sv/accessibility/", "sv", ["Tillgänglighetsutlåtande", "Tillsynsmyndighet"], []),
    ],
)
def test_pages_render_translated(
    compiled_catalogues, client, url, language, expected, not_expected
):
    response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{language}"' in html
    for text in expected:
        assert text in html, f"{text!r} missing on {url}"
    for text in not_expected:
        assert text not in html, f"{text!r} should not be on {url}"
