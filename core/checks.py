from django.conf import settings
from django.core.checks import Error, Tags, register
from django.core.exceptions import ImproperlyConfigured

MISSING_SECRET_KEY = (
    "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off. "
    "Set DJANGO_DEBUG=1 for development, or give a long random DJANGO_SECRET_KEY."
)


def secret_key_is_missing() -> bool:
    try:
        return not settings.SECRET_KEY
    except ImproperlyConfigured:  # Django refuses to hand out an empty key
        return True


def require_secret_key() -> None:
    """Stop a server from starting without a secret key."""
    if secret_key_is_missing():
        raise ImproperlyConfigured(MISSING_SECRET_KEY)


@register(Tags.security, deploy=True)
def check_secret_key_is_set(app_configs, **kwargs):
    if secret_key_is_missing():
        return [Error(MISSING_SECRET_KEY, id="portal.E001")]
    return []
