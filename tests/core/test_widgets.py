"""The string-built widgets of core/forms.py give the markup Django's own templates give."""

import datetime

import pytest
from django import forms
from django.test.html import parse_html
from pytest_django.asserts import assertHTMLEqual, assertInHTML

from core import forms as fast

TRICKY = 'Youth <b> & "friends"'
CHOICES = [("", "All"), ("a&b", TRICKY), ("c", "Seniors"), ("Groups", [("d", "Sport")])]


def render_both(stock_class, fast_class, value, *, attrs=None, **kwargs):
    attrs = attrs or {"id": "id_x", "aria-describedby": "id_x_helptext"}
    stock = stock_class(**kwargs).render("x", value, attrs=dict(attrs))
    ours = fast_class(**kwargs).render("x", value, attrs=dict(attrs))
    return stock, ours


@pytest.mark.parametrize("value", [None, "", "c", "a&b", "d"])
def test_select_is_the_same_as_djangos(value):
    stock, ours = render_both(forms.Select, fast.Select, value, choices=CHOICES)
    assertHTMLEqual(ours, stock)


def test_select_escapes_labels_and_marks_the_chosen_option():
    html = fast.Select(choices=CHOICES).render("region", "a&b", attrs={"id": "id_region"})

    assert html.startswith('<select name="region" id="id_region">')
    assertInHTML(
        '<option value="a&amp;b" selected>Youth &lt;b&gt; &amp; &quot;friends&quot;</option>', html
    )
    assertInHTML('<option value="c">Seniors</option>', html)
    assertInHTML('<optgroup label="Groups"><option value="d">Sport</option></optgroup>', html)
    assert "<b>" not in html
    assert html.count("selected") == 1


@pytest.mark.parametrize("value", [None, [], ["c"], ["a&b", "d"]])
def test_checkbox_list_is_the_same_as_djangos(value):
    stock, ours = render_both(
        forms.CheckboxSelectMultiple,
        fast.CheckboxSelectMultiple,
        value,
        attrs={"id": "id_x"},
        choices=CHOICES[1:],
    )
    assertHTMLEqual(ours, stock)


def test_checkbox_list_labels_each_box_and_ticks_the_chosen():
    html = fast.CheckboxSelectMultiple(choices=CHOICES[1:]).render(
        "activity", ["a&b"], attrs={"id": "id_activity"}
    )

    assert html.startswith('<div id="id_activity">')
    assertInHTML(
        '<label for="id_activity_0"><input type="checkbox" name="activity" value="a&amp;b" '
        'id="id_activity_0" checked> Youth &lt;b&gt; &amp; &quot;friends&quot;</label>',
        html,
    )
    assertInHTML(
        '<label for="id_activity_1"><input type="checkbox" name="activity" value="c" '
        'id="id_activity_1"> Seniors</label>',
        html,
    )
    assert html.count("checked") == 1


@pytest.mark.parametrize("value", [None, False, True, "on"])
def test_checkbox_is_the_same_as_djangos(value):
    stock, ours = render_both(forms.CheckboxInput, fast.CheckboxInput, value)
    assertHTMLEqual(ours, stock)
    assert ("checked" in ours) == bool(value)


@pytest.mark.parametrize(
    ("stock_class", "fast_class", "value", "attrs"),
    [
        (forms.TextInput, fast.TextInput, TRICKY, {"type": "search", "autocomplete": "off"}),
        (forms.TextInput, fast.TextInput, None, {}),
        (forms.NumberInput, fast.NumberInput, 17, {"min": 10, "max": 99}),
        (forms.DateInput, fast.DateInput, datetime.date(2026, 12, 31), {"type": "date"}),
    ],
)
def test_inputs_are_the_same_as_djangos(stock_class, fast_class, value, attrs):
    stock = stock_class(attrs=attrs).render("x", value, attrs={"id": "id_x", "required": True})
    ours = fast_class(attrs=attrs).render("x", value, attrs={"id": "id_x", "required": True})
    assertHTMLEqual(ours, stock)
    assert "<b>" not in ours


def test_a_bound_field_keeps_its_label_help_text_and_error_links():
    class Form(forms.Form):
        region = forms.ChoiceField(choices=CHOICES, widget=fast.Select, help_text="Pick one.")
        evening = forms.BooleanField(widget=fast.CheckboxInput, required=False)

    form = Form({"region": "nowhere", "evening": "on"})
    assert not form.is_valid()

    html = form.render()

    # BoundField.widget_type (the field's CSS class and partial) comes from the class name.
    assert 'class="field field--select field--error"' in html
    assert 'class="field field--checkbox"' in html
    assert '<label for="id_region">' in html
    assert '<label for="id_evening">' in html
    assert parse_html('<input type="checkbox" name="evening" id="id_evening" checked>') in (
        parse_html(html)
    )
    select = str(form["region"])
    assert 'aria-invalid="true"' in select
    assert 'aria-describedby="id_region_helptext id_region_error"' in select
    assert 'id="id_region_helptext"' in html
    assert 'id="id_region_error"' in html


@pytest.mark.django_db
def test_a_model_forms_municipality_is_chosen_in_the_select_when_editing(client):
    """A model form's initial value is the municipality's key; the select's options are slugs."""
    from tests.factories import OpportunityFactory
    from volunteering.forms import OpportunityForm

    opportunity = OpportunityFactory(place="kotka")

    html = str(OpportunityForm(instance=opportunity)["municipality"])

    assert '<option value="kotka" selected>' in html
