from django import forms
from django.utils.translation import gettext_lazy as _

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
