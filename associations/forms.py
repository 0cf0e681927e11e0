from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.forms import preferred_name_field

from .models import JoinRequest


class JoinRequestForm(forms.ModelForm):
    class Meta:
        model = JoinRequest
        fields = ["message"]
        labels = {"message": _("Your message to the association")}
        help_texts = {
            "message": _(
                "Tell briefly who you are and what interests you. The association sees your "
                "message, your name and your email address, and answers you by email."
            )
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and not user.preferred_name:
            # Asked once: the name the association gets, suggested from the account's name.
            self.fields = {
                "preferred_name": preferred_name_field(initial=user.get_full_name()),
                **self.fields,
            }
