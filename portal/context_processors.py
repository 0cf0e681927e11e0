from functools import cache

from django.conf import settings
from django.urls import translate_url


def site(request):
    """The site's name and, for the language switcher and hreflang links, this page in each language."""

    # Worked out only when a template shows it, once: the personal parts of a cached page
    # (core/caching.py) do not.
    @cache
    def page_in_languages():
        path = request.get_full_path()
        return [
            {"code": code, "name": name, "url": translate_url(path, code)}
            for code, name in settings.LANGUAGES
        ]

    return {
        "site_name": settings.SITE_NAME,
        "contact_email": settings.CONTACT_EMAIL,
        "page_in_languages": page_in_languages,
    }
