import json

import markdown as markdown_lib
import nh3
from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.caching import personal_mark

register = template.Library()

ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "a", "strong", "em", "blockquote", "h3", "h4"}
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def markdown(text: str) -> str:
    """Markdown written by association staff, as HTML with everything unsafe removed."""
    html = markdown_lib.markdown(escape(text or ""), output_format="html")
    return mark_safe(  # noqa: S308 - sanitized by nh3 just above
        nh3.clean(
            html,
            tags=ALLOWED_TAGS,
            attributes={"a": {"href", "title"}},
            url_schemes={"http", "https", "mailto", "tel"},
            link_rel="nofollow noopener ugc",
        )
    )


@register.filter
def ld_json(data: dict) -> str:
    """A schema.org JSON-LD block. Not executed, so the Content-Security-Policy allows it."""
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308


@register.simple_tag(takes_context=True)
def personal(context, template_name: str, **values) -> str:
    """Include a part of the page that depends on who is asking (see core/caching.py): in the
    shared part of a page only a mark, filled per request; otherwise the template itself.

    Values name what the part is about, for a part repeated in a loop
    (`{% personal "shortlists/_toggle.html" kind="offering" pk=offering.pk %}`): short words
    such as ids and slugs, given to the part as strings in either case."""
    values = {name: str(value) for name, value in values.items()}
    mark = personal_mark(template_name, values)  # checks the values in either case
    if context.get("shared_render"):
        return mark_safe(mark)  # noqa: S308 - a comment of checked words
    with context.push(values):
        return context.template.engine.get_template(template_name).render(context)
