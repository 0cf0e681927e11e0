"""Read a Django admin change form as the browser would submit it, so that a test can change a
few fields and post the whole form back, inlines and their management forms included."""

from html.parser import HTMLParser

SKIPPED_INPUTS = {"submit", "button", "file", "image", "reset"}


class _FormParser(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.in_form = False
        self.data: dict[str, list[str]] = {}
        self._select = None
        self._option = None
        self._textarea = None

    def _add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_form = attrs.get("id") == self.form_id
            return
        if not self.in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type", "text") not in SKIPPED_INPUTS:
            if attrs.get("type") in ("checkbox", "radio"):
                if "checked" in attrs:
                    self._add(name, attrs.get("value", "on"))
            else:
                self._add(name, attrs.get("value") or "")
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self._select:
            self._option = attrs.get("value")
            if "selected" in attrs and self._option is not None:
                self._add(self._select, self._option)
        elif tag == "textarea" and name:
            self._textarea = name
            self._add(name, "")

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][-1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            # The parser keeps the newline that HTML drops after <textarea>.
            text = self.data[self._textarea][-1]
            self.data[self._textarea][-1] = text.removeprefix("\n")
            self._textarea = None


def admin_form_data(response, form_id: str) -> dict[str, list[str] | str]:
    """The values of the form `form_id` (e.g. "opportunity_form") on an admin page: one value
    a field as a string, several (a multiple select) as a list. Unchecked boxes are absent."""
    parser = _FormParser(form_id)
    parser.feed(response.content.decode())
    return {name: values[0] if len(values) == 1 else values for name, values in parser.data.items()}
