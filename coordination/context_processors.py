from .permissions import coordinates_anything


def coordination(request):
    """`coordinates` for the header's link: a callable, so that the database is asked only when
    a template uses it (for logged-in people) and at most once per request."""
    return {"coordinates": lambda: coordinates_anything(request)}
