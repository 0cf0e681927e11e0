from django.conf import settings
from django.urls import translate_url


def site(request):
    """The site's name and, for the language switcher and hreflang links, this page in each language."""
    path = request.get_full_path()
    return {
        "site_name": settings.SITE_NAME,
        "contact_email": settings.CONTACT_EMAIL,
        "page_in_languages": [
            {"code": code, "name": name, "url": translate_url(path, code)}
            for code, name in settings.LANGUAGES
        ],
    }
