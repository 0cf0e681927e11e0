from django import forms
from django.utils.translation import gettext_lazy as _

from .services import ITEM_NOTE_MAX_LENGTH, KINDS, NOTE_MAX_LENGTH


class ItemForm(forms.Form):
    """Which opportunity or activity a button adds or removes (hidden fields of the button)."""

    kind = forms.ChoiceField(choices=[(kind, kind) for kind in KINDS])
    pk = forms.IntegerField(min_value=1)
    next = forms.CharField(required=False, max_length=500)


class NotesForm(forms.Form):
    """The list's note and a short note for each item."""

    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "For example who the list is for and what to ask. Do not write anything that "
            "identifies the person you are helping if you share the list."
        ),
    )

    def __init__(self, *args, rows, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        for row in rows:
            title = row.target or _("an item no longer available")
            self.fields[row.field_name] = forms.CharField(
                label=_("Note on “%(title)s”") % {"title": title},
                required=False,
                max_length=ITEM_NOTE_MAX_LENGTH,
                initial=row.note,
            )

    def item_notes(self) -> dict[tuple[str, int], str]:
        return {(row.kind, row.pk): self.cleaned_data[row.field_name] for row in self.rows}

    def item_field(self, row):
        return self[row.field_name]
