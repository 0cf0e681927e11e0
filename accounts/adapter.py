from types import SimpleNamespace

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings

from core.emails import queue_rendered_email


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        """allauth's emails (address verification, password reset, notices) go through the portal's
        email queue like its own: written now, in the language of the page, and sent by the worker,
        so a mail server that is down neither breaks the page nor loses the email.
        """
        # Without the sites framework allauth would call the site by its host name.
        site = SimpleNamespace(name=settings.SITE_NAME, domain=self.request.get_host())
        context = {"request": self.request, "email": email, "current_site": site, **context}
        message = self.render_mail(template_prefix, email, context)
        for to in message.to:
            queue_rendered_email(to=to, subject=message.subject, body=message.body)
