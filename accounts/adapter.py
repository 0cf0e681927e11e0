from types import SimpleNamespace

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        # Without the sites framework allauth would call the site by its host name.
        site = SimpleNamespace(name=settings.SITE_NAME, domain=self.request.get_host())
        super().send_mail(template_prefix, email, {"current_site": site, **context})
