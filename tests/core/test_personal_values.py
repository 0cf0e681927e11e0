"""`{% personal "template" name=value %}`: a personal part repeated in a loop, each with the
values of its item, whether the page is rendered whole or shared (core/caching.py). Filling
the marks per request: tests/shortlists/test_cached_pages.py."""

import pytest
from django.template import Context, Template, TemplateSyntaxError

from core.caching import personal_mark

LOOP = Template(
    '{% load portal_tags %}{% for pk in pks %}{% personal "shortlists/_toggle.html" '
    'kind="offering" pk=pk addable=False %}{% endfor %}'
)


def test_the_values_are_written_into_the_mark():
    html = LOOP.render(Context({"pks": [3, 12], "shared_render": True}))

    assert html == (
        "<!--personal:shortlists/_toggle.html kind=offering pk=3 addable=False-->"
        "<!--personal:shortlists/_toggle.html kind=offering pk=12 addable=False-->"
    )


@pytest.mark.parametrize(
    "values",
    [{"pk": "1 --><script>"}, {"pk": ""}, {"pk": "a=b"}, {"bad name": "1"}],
    ids=["markup", "empty", "equals", "name"],
)
def test_only_words_can_be_values(values):
    with pytest.raises(ValueError, match="must be a word"):
        personal_mark("shortlists/_toggle.html", values)


def test_a_value_with_markup_fails_the_page_too():
    template = Template('{% load portal_tags %}{% personal "includes/messages.html" x=text %}')

    with pytest.raises((ValueError, TemplateSyntaxError)):
        template.render(Context({"text": "<b>", "shared_render": True}))
