"""Who gets what at every URL of the project: one table, built against the URL resolver.

Each row is (route, target, method, personas, expected):
- route: the URL pattern as the resolver spells it, e.g. "associations/<slug:slug>/join/".
  Routes in i18n_patterns are read in the default language (fi), whose prefix is empty; the
  same views answer under /sv/ and /en/ (tests/portal/test_pages.py).
- target: what fills the route's parameters, and whose people the personas are: a published
  card ("card"), a draft card, a published one-off opportunity, a draft one, the persona's own
  sign-up or someone else's. Region, municipality, sitemap section and the kind of a short
  list's item are fixed (FIXED_PARAMS).
- personas: from tests/personas.py; each persona of a row is its own test.
- expected: a status code, or where a 302 must lead (REDIRECTS): "login" is the login page.

`test_every_url_has_a_row` walks the resolver: a URL added without a row fails, and so does a
row whose URL is gone.

Third-party URL trees are not listed pattern by pattern: Django admin has hundreds of patterns
that all go through one permission check (`AdminSite.has_permission`: active staff; among the
personas only the superuser is staff), and
allauth's are its own login flows. Each tree counts as covered by its prefix ("admin/",
"accounts/"), with rows for the pages people use: the admin index and a model list (superuser
only, everyone else to the admin login), and allauth's login, sign-up, password reset, logout,
email and password change pages.
"""

import datetime
import re
from types import SimpleNamespace
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone, translation

from alerts.services import alert_create
from associations.models import Association
from associations.services import invitation_create, offering_create
from coordination.models import Feature, Report
from shortlists.models import ShortList
from shortlists.services import shortlist_add, shortlist_share
from tests.factories import (
    AssociationFactory,
    JoinRequestFactory,
    MembershipFactory,
    OpportunityFactory,
    SignUpFactory,
    UserFactory,
    years_ago,
)
from tests.personas import NO_ROLE, PERSONAS, log_in, make_persona
from volunteering.record import certificate_link_create

pytestmark = pytest.mark.django_db

GET, POST = "GET", "POST"

# Personas by what they are to the row's target (tests/personas.py).
ANYONE = ["anonymous", "outsider"]  # public pages: the same for everyone
LOGGED_IN = [persona for persona in PERSONAS if persona != "anonymous"]
NO_ROLE_LOGGED_IN = [persona for persona in NO_ROLE if persona != "anonymous"]
STAFF = ["editor", "owner", "coordinator", "superuser"]  # the target's people
NOT_SUPERUSER = [persona for persona in LOGGED_IN if persona != "superuser"]
SOMEONE = ["outsider", "owner"]  # pages about the person themselves: any logged-in person

# Where an expected redirect leads: a 302 to this URL name (query string aside).
REDIRECTS = {
    "login": "account_login",
    "admin login": "admin:login",
    "my page": "portal:my-page",
    "home": "portal:home",
    "workspace": "manage:home",
    "featured": "coordinate:featured",
    "stale cards": "coordinate:stale",
    "alerts": "alerts:list",
    "short list": "shortlists:detail",
}

# An opportunity in its association's workspace.
OPP = "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/"

TABLE = [
    # --- Outside the language prefix ----------------------------------------------------------
    ("healthz", None, GET, ANYONE, 200),
    ("robots.txt", None, GET, ANYONE, 200),
    ("sitemap.xml", None, GET, ANYONE, 200),
    ("sitemap-<section>.xml", None, GET, ANYONE, 200),
    # --- Portal pages ---------------------------------------------------------------------------
    ("", None, GET, ANYONE, 200),
    ("regions/", None, GET, ANYONE, 200),
    ("regions/<slug:region_slug>/", None, GET, ANYONE, 200),
    ("regions/<slug:region_slug>/<slug:municipality_slug>/", None, GET, ANYONE, 200),
    ("accessibility/", None, GET, ANYONE, 200),
    ("privacy/", None, GET, ANYONE, 200),
    ("me/", None, GET, ["anonymous"], "login"),
    ("me/", None, GET, SOMEONE, 200),
    ("me/", None, POST, ["outsider"], 405),
    # --- The association workspace -----------------------------------------------------------
    ("manage/", None, GET, ["anonymous"], "login"),
    ("manage/", None, GET, LOGGED_IN, 200),
    ("manage/", None, POST, ["owner"], 405),
    # The card editor: staff who may edit (an empty POST gets the form back with its errors).
    ("manage/<slug:slug>/card/", "card", GET, ["anonymous"], "login"),
    ("manage/<slug:slug>/card/", "card", POST, ["anonymous"], "login"),
    ("manage/<slug:slug>/card/", "card", GET, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/card/", "card", POST, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/card/", "draft_card", GET, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/card/", "card", GET, ["editor", "owner", "superuser"], 200),
    ("manage/<slug:slug>/card/", "draft_card", GET, ["editor", "owner", "superuser"], 200),
    ("manage/<slug:slug>/card/", "card", POST, ["editor", "owner", "superuser"], 200),
    ("manage/<slug:slug>/card/", "card", GET, ["coordinator"], 403),
    ("manage/<slug:slug>/card/", "card", POST, ["coordinator"], 403),
    # "The card is up to date": staff who may edit.
    ("manage/<slug:slug>/card/up-to-date/", "card", POST, ["anonymous"], "login"),
    ("manage/<slug:slug>/card/up-to-date/", "card", POST, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/card/up-to-date/", "draft_card", POST, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/card/up-to-date/", "card", POST, ["coordinator"], 403),
    ("manage/<slug:slug>/card/up-to-date/", "card", POST, ["editor", "owner", "superuser"], 302),
    ("manage/<slug:slug>/card/up-to-date/", "card", GET, ["owner"], 405),
    # The card's history: owners and coordinators, not editors.
    ("manage/<slug:slug>/history/", "card", GET, ["anonymous"], "login"),
    ("manage/<slug:slug>/history/", "card", GET, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/history/", "draft_card", GET, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/history/", "card", GET, ["editor"], 403),
    ("manage/<slug:slug>/history/", "card", GET, ["owner", "coordinator", "superuser"], 200),
    ("manage/<slug:slug>/history/", "draft_card", GET, ["owner", "superuser"], 200),
    ("manage/<slug:slug>/history/", "card", POST, ["owner"], 405),
    # A new card: any logged-in person (an empty POST gets the form back with its errors).
    ("manage/new/", None, GET, ["anonymous"], "login"),
    ("manage/new/", None, POST, ["anonymous"], "login"),
    ("manage/new/", None, GET, LOGGED_IN, 200),
    ("manage/new/", None, POST, ["outsider"], 200),
    # Asking for access to an existing card: anyone logged in who can see the card.
    ("manage/<slug:slug>/ask-access/", "card", POST, ["anonymous"], "login"),
    ("manage/<slug:slug>/ask-access/", "card", POST, LOGGED_IN, "workspace"),
    ("manage/<slug:slug>/ask-access/", "card", GET, ["anonymous"], "login"),
    ("manage/<slug:slug>/ask-access/", "card", GET, ["outsider"], 405),
    ("manage/<slug:slug>/ask-access/", "draft_card", POST, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/ask-access/", "draft_card", POST, STAFF, "workspace"),
    # The people who signed up for an opportunity: staff who may edit.
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people/",
        "opportunity",
        GET,
        ["anonymous"],
        "login",
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people/",
        "opportunity",
        GET,
        NO_ROLE_LOGGED_IN,
        404,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people/",
        "opportunity",
        GET,
        ["coordinator"],
        403,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people/",
        "opportunity",
        GET,
        ["editor", "owner", "superuser"],
        200,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people/",
        "draft_opportunity",
        GET,
        ["editor"],
        200,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people/",
        "opportunity",
        POST,
        ["owner"],
        405,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people/decide/",
        "opportunity",
        GET,
        ["owner"],
        405,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people/decide/",
        "opportunity",
        POST,
        ["anonymous"],
        "login",
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people/decide/",
        "opportunity",
        POST,
        NO_ROLE_LOGGED_IN,
        404,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people/decide/",
        "opportunity",
        POST,
        ["coordinator"],
        403,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people/decide/",
        "opportunity",
        POST,
        ["editor", "owner", "superuser"],
        200,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people/decide/",
        "draft_opportunity",
        POST,
        ["editor"],
        200,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people.csv",
        "opportunity",
        GET,
        ["anonymous"],
        "login",
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people.csv",
        "opportunity",
        GET,
        NO_ROLE_LOGGED_IN,
        404,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people.csv",
        "opportunity",
        GET,
        ["coordinator"],
        403,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people.csv",
        "opportunity",
        GET,
        ["editor", "owner", "superuser"],
        200,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people.csv",
        "draft_opportunity",
        GET,
        ["editor"],
        200,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/people.csv",
        "opportunity",
        POST,
        ["owner"],
        405,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/message/",
        "opportunity",
        GET,
        ["anonymous"],
        "login",
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/message/",
        "opportunity",
        GET,
        NO_ROLE_LOGGED_IN,
        404,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/message/",
        "opportunity",
        GET,
        ["coordinator"],
        403,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/message/",
        "opportunity",
        GET,
        ["editor", "owner", "superuser"],
        200,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/message/",
        "draft_opportunity",
        GET,
        ["editor"],
        200,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/message/",
        "opportunity",
        POST,
        ["anonymous"],
        "login",
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/message/",
        "opportunity",
        POST,
        NO_ROLE_LOGGED_IN,
        404,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/message/",
        "opportunity",
        POST,
        ["coordinator"],
        403,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/message/",
        "opportunity",
        POST,
        ["editor", "owner", "superuser"],
        200,
    ),
    (
        "manage/<slug:slug>/opportunities/<slug:opportunity_slug>/message/",
        "draft_opportunity",
        POST,
        ["editor"],
        200,
    ),
    # Posting and editing opportunities: staff who may edit (an empty POST gets the form back
    # with its errors; an unknown status action changes nothing and goes back to the list).
    ("manage/<slug:slug>/opportunities/", "card", GET, ["anonymous"], "login"),
    ("manage/<slug:slug>/opportunities/", "card", GET, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/opportunities/", "card", GET, ["coordinator"], 403),
    ("manage/<slug:slug>/opportunities/", "card", GET, ["editor", "owner", "superuser"], 200),
    ("manage/<slug:slug>/opportunities/", "draft_card", GET, ["editor"], 200),
    ("manage/<slug:slug>/opportunities/", "card", POST, ["outsider", "editor"], 405),
    ("manage/<slug:slug>/opportunities/new/", "card", GET, ["anonymous"], "login"),
    ("manage/<slug:slug>/opportunities/new/", "card", POST, ["anonymous"], "login"),
    ("manage/<slug:slug>/opportunities/new/", "card", GET, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/opportunities/new/", "card", POST, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/opportunities/new/", "card", GET, ["coordinator"], 403),
    ("manage/<slug:slug>/opportunities/new/", "card", POST, ["coordinator"], 403),
    ("manage/<slug:slug>/opportunities/new/", "card", GET, ["editor", "owner", "superuser"], 200),
    ("manage/<slug:slug>/opportunities/new/", "card", POST, ["editor", "owner", "superuser"], 200),
    (OPP + "edit/", "opportunity", GET, ["anonymous"], "login"),
    (OPP + "edit/", "opportunity", POST, ["anonymous"], "login"),
    (OPP + "edit/", "opportunity", GET, NO_ROLE_LOGGED_IN, 404),
    (OPP + "edit/", "opportunity", POST, NO_ROLE_LOGGED_IN, 404),
    (OPP + "edit/", "draft_opportunity", GET, NO_ROLE_LOGGED_IN, 404),
    (OPP + "edit/", "opportunity", GET, ["coordinator"], 403),
    (OPP + "edit/", "opportunity", POST, ["coordinator"], 403),
    (OPP + "edit/", "opportunity", GET, ["editor", "owner", "superuser"], 200),
    (OPP + "edit/", "draft_opportunity", GET, ["editor", "owner", "superuser"], 200),
    (OPP + "edit/", "opportunity", POST, ["editor", "owner", "superuser"], 200),
    # An opportunity's history: owners and coordinators, not editors.
    (OPP + "history/", "opportunity", GET, ["anonymous"], "login"),
    (OPP + "history/", "opportunity", GET, NO_ROLE_LOGGED_IN, 404),
    (OPP + "history/", "draft_opportunity", GET, NO_ROLE_LOGGED_IN, 404),
    (OPP + "history/", "opportunity", GET, ["editor"], 403),
    (OPP + "history/", "opportunity", GET, ["owner", "coordinator", "superuser"], 200),
    (OPP + "history/", "draft_opportunity", GET, ["owner", "superuser"], 200),
    (OPP + "history/", "opportunity", POST, ["owner"], 405),
    (OPP + "duplicate/", "opportunity", POST, ["anonymous"], "login"),
    (OPP + "duplicate/", "opportunity", POST, NO_ROLE_LOGGED_IN, 404),
    (OPP + "duplicate/", "opportunity", POST, ["coordinator"], 403),
    (OPP + "duplicate/", "opportunity", POST, ["editor", "owner", "superuser"], 302),
    (OPP + "duplicate/", "draft_opportunity", POST, ["editor"], 302),
    (OPP + "duplicate/", "opportunity", GET, ["anonymous"], "login"),
    (OPP + "duplicate/", "opportunity", GET, ["outsider", "editor"], 405),
    (OPP + "status/", "opportunity", POST, ["anonymous"], "login"),
    (OPP + "status/", "opportunity", POST, NO_ROLE_LOGGED_IN, 404),
    (OPP + "status/", "draft_opportunity", POST, NO_ROLE_LOGGED_IN, 404),
    (OPP + "status/", "opportunity", POST, ["coordinator"], 403),
    (OPP + "status/", "opportunity", POST, ["editor", "owner", "superuser"], 302),
    (OPP + "status/", "draft_opportunity", POST, ["editor"], 302),
    (OPP + "status/", "opportunity", GET, ["anonymous"], "login"),
    (OPP + "status/", "opportunity", GET, ["outsider", "editor"], 405),
    # Staff, roles and invitations: owners only (an empty POST changes nothing).
    ("manage/<slug:slug>/staff/", "card", GET, ["anonymous"], "login"),
    ("manage/<slug:slug>/staff/", "card", POST, ["anonymous"], "login"),
    ("manage/<slug:slug>/staff/", "card", GET, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/staff/", "card", POST, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/staff/", "card", GET, ["editor", "coordinator"], 403),
    ("manage/<slug:slug>/staff/", "card", POST, ["editor", "coordinator"], 403),
    ("manage/<slug:slug>/staff/", "card", GET, ["owner", "superuser"], 200),
    ("manage/<slug:slug>/staff/", "draft_card", GET, ["owner"], 200),
    ("manage/<slug:slug>/staff/", "card", POST, ["owner", "superuser"], 200),
    ("manage/<slug:slug>/staff/<int:pk>/", "staff_member", POST, ["anonymous"], "login"),
    ("manage/<slug:slug>/staff/<int:pk>/", "staff_member", POST, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/staff/<int:pk>/", "staff_member", POST, ["editor", "coordinator"], 403),
    ("manage/<slug:slug>/staff/<int:pk>/", "staff_member", POST, ["owner", "superuser"], 302),
    ("manage/<slug:slug>/staff/<int:pk>/", "staff_member", GET, ["anonymous"], "login"),
    ("manage/<slug:slug>/staff/<int:pk>/", "staff_member", GET, ["outsider", "owner"], 405),
    ("manage/<slug:slug>/staff/leave/", "card", POST, ["anonymous"], "login"),
    ("manage/<slug:slug>/staff/leave/", "card", POST, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/staff/leave/", "card", POST, ["coordinator"], 403),
    # Staff leave (the last owner is told they cannot); a superuser is not staff.
    ("manage/<slug:slug>/staff/leave/", "card", POST, ["editor", "owner"], "workspace"),
    ("manage/<slug:slug>/staff/leave/", "card", POST, ["superuser"], 404),
    # GET asks to confirm (the last owner is told to name another owner first).
    ("manage/<slug:slug>/staff/leave/", "card", GET, ["anonymous"], "login"),
    ("manage/<slug:slug>/staff/leave/", "card", GET, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/staff/leave/", "card", GET, ["coordinator"], 403),
    ("manage/<slug:slug>/staff/leave/", "card", GET, ["editor", "owner"], 200),
    ("manage/<slug:slug>/staff/leave/", "draft_card", GET, ["editor"], 200),
    ("manage/<slug:slug>/staff/leave/", "card", GET, ["superuser"], 404),
    ("manage/<slug:slug>/invitations/<int:pk>/revoke/", "invitation", POST, ["anonymous"], "login"),
    ("manage/<slug:slug>/invitations/<int:pk>/revoke/", "invitation", POST, NO_ROLE_LOGGED_IN, 404),
    (
        "manage/<slug:slug>/invitations/<int:pk>/revoke/",
        "invitation",
        POST,
        ["editor", "coordinator"],
        403,
    ),
    (
        "manage/<slug:slug>/invitations/<int:pk>/revoke/",
        "invitation",
        POST,
        ["owner", "superuser"],
        302,
    ),
    ("manage/<slug:slug>/invitations/<int:pk>/revoke/", "invitation", GET, ["anonymous"], "login"),
    (
        "manage/<slug:slug>/invitations/<int:pk>/revoke/",
        "invitation",
        GET,
        ["outsider", "owner"],
        405,
    ),
    # Join requests: staff who may edit (an empty answer gets the list back with its errors).
    ("manage/<slug:slug>/join-requests/", "card", GET, ["anonymous"], "login"),
    ("manage/<slug:slug>/join-requests/", "card", GET, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/join-requests/", "card", GET, ["coordinator"], 403),
    ("manage/<slug:slug>/join-requests/", "card", GET, ["editor", "owner", "superuser"], 200),
    ("manage/<slug:slug>/join-requests/", "draft_card", GET, ["editor"], 200),
    ("manage/<slug:slug>/join-requests/", "card", POST, ["anonymous"], "login"),
    ("manage/<slug:slug>/join-requests/", "card", POST, ["outsider", "editor"], 405),
    (
        "manage/<slug:slug>/join-requests/<int:pk>/answer/",
        "join_request",
        POST,
        ["anonymous"],
        "login",
    ),
    (
        "manage/<slug:slug>/join-requests/<int:pk>/answer/",
        "join_request",
        POST,
        NO_ROLE_LOGGED_IN,
        404,
    ),
    (
        "manage/<slug:slug>/join-requests/<int:pk>/answer/",
        "join_request",
        POST,
        ["coordinator"],
        403,
    ),
    (
        "manage/<slug:slug>/join-requests/<int:pk>/answer/",
        "join_request",
        POST,
        ["editor", "owner", "superuser"],
        200,
    ),
    (
        "manage/<slug:slug>/join-requests/<int:pk>/answer/",
        "join_request",
        GET,
        ["anonymous"],
        "login",
    ),
    (
        "manage/<slug:slug>/join-requests/<int:pk>/answer/",
        "join_request",
        GET,
        ["outsider", "editor"],
        405,
    ),
    # Activities and support: staff who may edit (an empty POST gets the form back with its
    # errors; another association's offering is 404: tests/associations/test_offerings.py).
    ("manage/<slug:slug>/activities/", "card", GET, ["anonymous"], "login"),
    ("manage/<slug:slug>/activities/", "card", GET, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/activities/", "card", GET, ["coordinator"], 403),
    ("manage/<slug:slug>/activities/", "card", GET, ["editor", "owner", "superuser"], 200),
    ("manage/<slug:slug>/activities/", "draft_card", GET, ["editor"], 200),
    ("manage/<slug:slug>/activities/", "card", POST, ["anonymous"], "login"),
    ("manage/<slug:slug>/activities/", "card", POST, ["outsider", "editor"], 405),
    ("manage/<slug:slug>/activities/new/", "card", GET, ["anonymous"], "login"),
    ("manage/<slug:slug>/activities/new/", "card", POST, ["anonymous"], "login"),
    ("manage/<slug:slug>/activities/new/", "card", GET, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/activities/new/", "card", POST, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/activities/new/", "card", GET, ["coordinator"], 403),
    ("manage/<slug:slug>/activities/new/", "card", POST, ["coordinator"], 403),
    ("manage/<slug:slug>/activities/new/", "card", GET, ["editor", "owner", "superuser"], 200),
    ("manage/<slug:slug>/activities/new/", "draft_card", GET, ["editor"], 200),
    ("manage/<slug:slug>/activities/new/", "card", POST, ["editor", "owner", "superuser"], 200),
    ("manage/<slug:slug>/activities/<int:pk>/", "offering", GET, ["anonymous"], "login"),
    ("manage/<slug:slug>/activities/<int:pk>/", "offering", POST, ["anonymous"], "login"),
    ("manage/<slug:slug>/activities/<int:pk>/", "offering", GET, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/activities/<int:pk>/", "offering", POST, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/activities/<int:pk>/", "offering", GET, ["coordinator"], 403),
    ("manage/<slug:slug>/activities/<int:pk>/", "offering", POST, ["coordinator"], 403),
    (
        "manage/<slug:slug>/activities/<int:pk>/",
        "offering",
        GET,
        ["editor", "owner", "superuser"],
        200,
    ),
    (
        "manage/<slug:slug>/activities/<int:pk>/",
        "offering",
        POST,
        ["editor", "owner", "superuser"],
        200,
    ),
    ("manage/<slug:slug>/activities/<int:pk>/delete/", "offering", GET, ["anonymous"], "login"),
    ("manage/<slug:slug>/activities/<int:pk>/delete/", "offering", POST, ["anonymous"], "login"),
    ("manage/<slug:slug>/activities/<int:pk>/delete/", "offering", GET, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/activities/<int:pk>/delete/", "offering", POST, NO_ROLE_LOGGED_IN, 404),
    ("manage/<slug:slug>/activities/<int:pk>/delete/", "offering", GET, ["coordinator"], 403),
    ("manage/<slug:slug>/activities/<int:pk>/delete/", "offering", POST, ["coordinator"], 403),
    (
        "manage/<slug:slug>/activities/<int:pk>/delete/",
        "offering",
        GET,
        ["editor", "owner", "superuser"],
        200,
    ),
    (
        "manage/<slug:slug>/activities/<int:pk>/delete/",
        "offering",
        POST,
        ["editor", "owner", "superuser"],
        302,
    ),
    # --- Associations ---------------------------------------------------------------------------
    ("associations/", None, GET, ANYONE, 200),
    ("associations/<slug:slug>/", "card", GET, PERSONAS, 200),
    ("associations/<slug:slug>/", "draft_card", GET, NO_ROLE, 404),
    ("associations/<slug:slug>/", "draft_card", GET, STAFF, 200),
    ("associations/<slug:slug>/join/", "card", GET, ["anonymous"], "login"),
    ("associations/<slug:slug>/join/", "card", GET, SOMEONE, 200),
    ("associations/<slug:slug>/join/", "card", POST, ["anonymous"], "login"),
    ("associations/<slug:slug>/join/", "card", POST, NO_ROLE_LOGGED_IN, "my page"),
    ("associations/<slug:slug>/join/", "draft_card", GET, ["anonymous"], "login"),
    ("associations/<slug:slug>/join/", "draft_card", GET, NO_ROLE_LOGGED_IN, 404),
    ("associations/<slug:slug>/join/", "draft_card", GET, STAFF, 200),
    ("associations/<slug:slug>/join/", "draft_card", POST, NO_ROLE_LOGGED_IN, 404),
    # A draft takes no requests: its own people get the form back with the service's error.
    ("associations/<slug:slug>/join/", "draft_card", POST, STAFF, 200),
    # A staff invitation: anyone sees it (people with another address are told so); accepting
    # needs a login, and the invited address (the personas have other addresses).
    ("associations/invitations/<slug:token>/", "invitation", GET, PERSONAS, 200),
    ("associations/invitations/<slug:token>/", "invitation", POST, ["anonymous"], "login"),
    ("associations/invitations/<slug:token>/", "invitation", POST, LOGGED_IN, 403),
    (
        "associations/join-requests/<int:pk>/withdraw/",
        "other_join_request",
        POST,
        ["anonymous"],
        "login",
    ),
    ("associations/join-requests/<int:pk>/withdraw/", "own_join_request", POST, SOMEONE, "my page"),
    # Someone else's request is not found, whatever the persona is to its association.
    ("associations/join-requests/<int:pk>/withdraw/", "other_join_request", POST, LOGGED_IN, 404),
    (
        "associations/join-requests/<int:pk>/withdraw/",
        "other_join_request",
        GET,
        ["anonymous"],
        "login",
    ),
    ("associations/join-requests/<int:pk>/withdraw/", "own_join_request", GET, ["outsider"], 405),
    # --- Opportunities --------------------------------------------------------------------------
    ("opportunities/", None, GET, ANYONE, 200),
    ("opportunities/feed/atom/", None, GET, ANYONE, 200),
    ("opportunities/feed/rss/", None, GET, ANYONE, 200),
    ("opportunities/<slug:slug>/", "opportunity", GET, PERSONAS, 200),
    ("opportunities/<slug:slug>/", "draft_opportunity", GET, NO_ROLE, 404),
    ("opportunities/<slug:slug>/", "draft_opportunity", GET, STAFF, 200),
    ("opportunities/<slug:slug>/calendar.ics", "opportunity", GET, ANYONE, 200),
    ("opportunities/<slug:slug>/calendar.ics", "draft_opportunity", GET, NO_ROLE, 404),
    ("opportunities/<slug:slug>/calendar.ics", "draft_opportunity", GET, STAFF, 200),
    ("opportunities/<slug:slug>/sign-up/", "opportunity", GET, ["anonymous"], "login"),
    ("opportunities/<slug:slug>/sign-up/", "opportunity", GET, SOMEONE, 200),
    ("opportunities/<slug:slug>/sign-up/", "opportunity", POST, ["anonymous"], "login"),
    ("opportunities/<slug:slug>/sign-up/", "opportunity", POST, SOMEONE, "my page"),
    ("opportunities/<slug:slug>/sign-up/", "draft_opportunity", GET, ["anonymous"], "login"),
    ("opportunities/<slug:slug>/sign-up/", "draft_opportunity", GET, NO_ROLE_LOGGED_IN, 404),
    ("opportunities/<slug:slug>/sign-up/", "draft_opportunity", POST, NO_ROLE_LOGGED_IN, 404),
    # A draft takes no sign-ups: its own people are told so.
    ("opportunities/<slug:slug>/sign-up/", "draft_opportunity", GET, STAFF, 200),
    ("opportunities/signups/<int:pk>/withdraw/", "other_signup", POST, ["anonymous"], "login"),
    ("opportunities/signups/<int:pk>/withdraw/", "own_signup", POST, SOMEONE, "my page"),
    # Someone else's sign-up is not found, whatever the persona is to its association.
    ("opportunities/signups/<int:pk>/withdraw/", "other_signup", POST, LOGGED_IN, 404),
    ("opportunities/signups/<int:pk>/withdraw/", "other_signup", GET, ["anonymous"], "login"),
    ("opportunities/signups/<int:pk>/withdraw/", "own_signup", GET, ["outsider"], 405),
    # --- Alerts: one's own (someone else's is not found); the emails' unsubscribe link needs no
    # log-in (a POST unsubscribes: each persona has an alert of their own to try it on) ---------
    ("me/alerts/", None, GET, ["anonymous"], "login"),
    ("me/alerts/", None, GET, SOMEONE, 200),
    ("me/alerts/", None, POST, ["outsider"], 405),
    ("me/alerts/new/", None, POST, ["anonymous"], "login"),
    ("me/alerts/new/", None, POST, ["outsider"], "alerts"),
    ("me/alerts/new/", None, GET, ["outsider"], 405),
    *[
        row
        for route in ("me/alerts/<int:pk>/frequency/", "me/alerts/<int:pk>/delete/")
        for row in [
            (route, "alert", POST, ["anonymous"], "login"),
            (route, "alert", POST, LOGGED_IN, 404),
            (route, "alert", GET, ["outsider"], 405),
        ]
    ],
    ("alerts/unsubscribe/<slug:token>/", "alert", GET, PERSONAS, 200),
    ("alerts/unsubscribe/<slug:token>/", "alert", POST, ANYONE, 200),
    # --- The person's own profile ---------------------------------------------------------------
    ("me/profile/", None, GET, ["anonymous"], "login"),
    ("me/profile/", None, GET, SOMEONE, 200),
    ("me/profile/", None, POST, ["anonymous"], "login"),
    ("me/profile/", None, POST, ["outsider"], "my page"),
    # --- The person's own data: the download and deleting the account (no ids: always one's own)
    ("me/data/", None, GET, ["anonymous"], "login"),
    ("me/data/", None, GET, SOMEONE, 200),
    ("me/data/", None, POST, ["outsider"], 405),
    ("me/data/download/", None, GET, ["anonymous"], "login"),
    ("me/data/download/", None, GET, SOMEONE, 200),
    ("me/delete/", None, GET, ["anonymous"], "login"),
    ("me/delete/", None, GET, SOMEONE, 200),  # the owner is told to hand the card over first
    ("me/delete/", None, POST, ["anonymous"], "login"),
    ("me/delete/", None, POST, SOMEONE, 200),  # a wrong password (POST_DATA): nothing deleted
    # --- The person's record and certificates: only their own completed sign-ups ---------------
    *[
        row
        for route in ("me/record/", "me/record/certificates/")
        for row in [
            (route, None, GET, ["anonymous"], "login"),
            (route, None, GET, SOMEONE, 200),
            (route, None, POST, ["outsider"], 405),
        ]
    ],
    *[
        row
        for route, method, answer in (
            ("me/record/<int:signup_pk>/certificate/", GET, 200),
            ("me/record/<int:signup_pk>/certificate/links/", POST, 302),
        )
        for row in [
            (route, "other_completed_signup", method, ["anonymous"], "login"),
            (route, "own_completed_signup", method, SOMEONE, answer),
            # Someone else's is not found, whatever the persona is to its association; so is
            # one's own sign-up that is not completed.
            (route, "other_completed_signup", method, LOGGED_IN, 404),
            (route, "own_signup", method, ["outsider"], 404),
            (route, "own_completed_signup", POST if method == GET else GET, ["outsider"], 405),
        ]
    ],
    ("me/record/links/<int:pk>/revoke/", "certificate_link", POST, ["anonymous"], "login"),
    ("me/record/links/<int:pk>/revoke/", "certificate_link", POST, LOGGED_IN, 404),
    ("me/record/links/<int:pk>/revoke/", "certificate_link", GET, ["outsider"], 405),
    # A shared certificate: anyone with the link.
    ("certificate/<slug:token>/", "certificate_link", GET, PERSONAS, 200),
    ("certificate/<slug:token>/", "certificate_link", POST, ANYONE, 405),
    # What the person is looking for: only ever their own (no id in the URL).
    ("me/preferences/", None, GET, ["anonymous"], "login"),
    ("me/preferences/", None, GET, SOMEONE, 200),
    ("me/preferences/", None, POST, ["anonymous"], "login"),
    ("me/preferences/", None, POST, ["outsider"], "my page"),
    # One's own suggestions: only ever for who asks (no id in the URL).
    ("me/suggestions/", None, GET, ["anonymous"], "login"),
    ("me/suggestions/", None, GET, SOMEONE, 200),
    ("me/suggestions/", None, POST, ["outsider"], 405),
    # --- The short list: anyone's own, logged in or not (no id in the URL); a shared one only
    # through its link. Only a current opportunity can be added, whoever asks.
    ("shortlist/", None, GET, ANYONE, 200),
    ("shortlist/", None, POST, ANYONE, "short list"),
    ("shortlist/print/", None, GET, ANYONE, 200),
    ("shortlist/print/", None, POST, ANYONE, 405),
    ("shortlist/add/", "opportunity", POST, ANYONE, "short list"),
    ("shortlist/add/", "draft_opportunity", POST, PERSONAS, 404),
    ("shortlist/add/", "opportunity", GET, ANYONE, 405),
    ("shortlist/add/<slug:kind>/<int:pk>/", "opportunity", GET, ANYONE, 200),
    ("shortlist/add/<slug:kind>/<int:pk>/", "draft_opportunity", GET, PERSONAS, 404),
    ("shortlist/add/<slug:kind>/<int:pk>/", "opportunity", POST, ANYONE, 405),
    ("shortlist/remove/", "opportunity", POST, ANYONE, "short list"),
    ("shortlist/remove/", "opportunity", GET, ANYONE, 405),
    ("shortlist/share/", None, POST, ANYONE, "short list"),
    ("shortlist/share/", None, GET, ANYONE, 405),
    ("shortlist/unshare/", None, POST, ANYONE, "short list"),
    ("shortlist/unshare/", None, GET, ANYONE, 405),
    ("shortlist/shared/<slug:token>/", "shared_shortlist", GET, PERSONAS, 200),
    ("shortlist/shared/<slug:token>/", "unshared_shortlist", GET, PERSONAS, 404),
    ("shortlist/shared/<slug:token>/", "shared_shortlist", POST, ANYONE, 405),
    # --- The coordinator's tools: anyone who coordinates a region, and superusers ----------------
    *[
        row
        for route in (
            "coordinate/",
            "coordinate/statistics/",
            "coordinate/statistics.csv",
            "coordinate/log/",  # the decision log: entries of the person's own regions
        )
        for row in [
            (route, None, GET, ["anonymous"], "login"),
            (route, None, GET, ["outsider", "other_staff", "editor", "owner"], 404),
            (route, None, GET, ["coordinator", "other_coordinator", "superuser"], 200),
            (route, None, POST, ["coordinator"], 405),
        ]
    ],
    # Reports from the public: the coordinator of the report's region and superusers; a
    # coordinator of another region gets 404 (an empty POST gets the form back with its errors).
    ("coordinate/reports/", None, GET, ["anonymous"], "login"),
    ("coordinate/reports/", None, GET, ["outsider", "other_staff", "editor", "owner"], 404),
    ("coordinate/reports/", None, GET, ["coordinator", "other_coordinator", "superuser"], 200),
    ("coordinate/reports/", None, POST, ["coordinator"], 405),
    ("coordinate/reports/<int:pk>/", "report", GET, ["anonymous"], "login"),
    ("coordinate/reports/<int:pk>/", "report", POST, ["anonymous"], "login"),
    ("coordinate/reports/<int:pk>/", "report", GET, NO_ROLE_LOGGED_IN + ["editor", "owner"], 404),
    ("coordinate/reports/<int:pk>/", "report", POST, NO_ROLE_LOGGED_IN + ["owner"], 404),
    ("coordinate/reports/<int:pk>/", "report", GET, ["coordinator", "superuser"], 200),
    ("coordinate/reports/<int:pk>/", "report", POST, ["coordinator", "superuser"], 200),
    # Featured cards and opportunities, and stale cards: the lists for anyone who coordinates a
    # region; the buttons for the coordinators of the item's region (a card in Kouvola) and
    # superusers, everyone else 404.
    *[
        row
        for route in ("coordinate/featured/", "coordinate/stale/")
        for row in [
            (route, None, GET, ["anonymous"], "login"),
            (route, None, GET, ["outsider", "other_staff", "editor", "owner"], 404),
            (route, None, GET, ["coordinator", "other_coordinator", "superuser"], 200),
            (route, None, POST, ["coordinator"], 405),
        ]
    ],
    *[
        row
        for route, target, goes_to in (
            ("coordinate/featured/add/", "card", "featured"),
            ("coordinate/featured/<int:pk>/remove/", "feature", "featured"),
            ("coordinate/featured/<int:pk>/move/", "feature", "featured"),
            ("coordinate/stale/<slug:slug>/remind/", "stale_card", "stale cards"),
        )
        for row in [
            (route, target, POST, ["anonymous"], "login"),
            (route, target, POST, NO_ROLE_LOGGED_IN + ["editor", "owner"], 404),
            (route, target, POST, ["coordinator", "superuser"], goes_to),
            (route, target, GET, ["coordinator"], 405),
        ]
    ],
    ("coordinate/stale/<slug:slug>/remind/", "card", POST, ["coordinator"], 404),  # not stale
    # The moderation queue: anyone who coordinates a region, and superusers.
    ("coordinate/queue/", None, GET, ["anonymous"], "login"),
    ("coordinate/queue/", None, GET, ["outsider", "other_staff", "editor", "owner"], 404),
    ("coordinate/queue/", None, GET, ["coordinator", "other_coordinator", "superuser"], 200),
    ("coordinate/queue/", None, POST, ["coordinator"], 405),
    # A coordinator's decisions on a card or an opportunity: the coordinators of its regions and
    # superusers (MODERATE); its own staff 403, everyone else 404 (a hiding without a reason
    # gets the form back with its error).
    *[
        row
        for route, public, hidden in (
            ("coordinate/associations/<slug:slug>/", "card", "draft_card"),
            ("coordinate/opportunities/<slug:slug>/", "opportunity", "draft_opportunity"),
        )
        for row in [
            (route, public, GET, ["anonymous"], "login"),
            (route, public, POST, ["anonymous"], "login"),
            (route, public, GET, NO_ROLE_LOGGED_IN, 404),
            (route, public, POST, NO_ROLE_LOGGED_IN, 404),
            (route, hidden, GET, NO_ROLE_LOGGED_IN, 404),
            (route, public, GET, ["editor", "owner"], 403),
            (route, public, POST, ["editor", "owner"], 403),
            (route, hidden, GET, ["owner"], 403),
            (route, public, GET, ["coordinator", "superuser"], 200),
            (route, hidden, GET, ["coordinator", "superuser"], 200),
            (route, public, POST, ["coordinator", "superuser"], 200),
        ]
    ],
    # --- "Report this": anyone, for public cards and opportunities only ----------------------
    *[
        row
        for route, public, hidden in (
            ("report/association/<slug:slug>/", "card", "draft_card"),
            ("report/opportunity/<slug:slug>/", "opportunity", "draft_opportunity"),
        )
        for row in [
            (route, public, GET, PERSONAS, 200),
            (route, public, POST, ANYONE, 200),
            (route, hidden, GET, PERSONAS, 404),
            (route, hidden, POST, ANYONE + ["owner"], 404),
            (route + "sent/", public, GET, ANYONE, 200),
            (route + "sent/", public, POST, ANYONE, 405),
            (route + "sent/", hidden, GET, ANYONE + ["owner"], 404),
        ]
    ],
    # --- allauth (the tree "accounts/"; see the module docstring) -------------------------------
    ("accounts/login/", None, GET, ["anonymous"], 200),
    ("accounts/login/", None, GET, ["outsider"], "home"),
    ("accounts/signup/", None, GET, ["anonymous"], 200),
    ("accounts/signup/", None, GET, ["outsider"], "home"),
    ("accounts/password/reset/", None, GET, ANYONE, 200),
    ("accounts/logout/", None, POST, ANYONE, "home"),
    ("accounts/email/", None, GET, ["anonymous"], "login"),
    ("accounts/email/", None, GET, ["outsider"], 200),
    ("accounts/password/change/", None, GET, ["anonymous"], "login"),
    ("accounts/password/change/", None, GET, ["outsider"], 200),
    # --- Django admin (the tree "admin/"): superusers only ------------------------------------
    ("admin/", None, GET, ["anonymous"], "admin login"),
    ("admin/", None, GET, NOT_SUPERUSER, "admin login"),
    ("admin/", None, GET, ["superuser"], 200),
    ("admin/associations/association/", None, GET, NOT_SUPERUSER, "admin login"),
    ("admin/associations/association/", None, GET, ["anonymous"], "admin login"),
    ("admin/associations/association/", None, GET, ["superuser"], 200),
    ("admin/login/", None, GET, ANYONE, 200),
]

ROWS = [
    (route, target, method, persona, expected)
    for route, target, method, personas, expected in TABLE
    for persona in personas
]

FIXED_PARAMS = {
    "region_slug": "kymenlaakso",
    "municipality_slug": "kouvola",
    "section": "pages",
    "kind": "opportunity",  # what a short list's button adds: the row's opportunity
}

POST_DATA = {
    "associations/<slug:slug>/join/": {
        "preferred_name": "Testi",  # asked once, until the person has given it
        "message": "Haluaisin tulla mukaan toimintaan.",
    },
    "opportunities/<slug:slug>/sign-up/": {
        "preferred_name": "Testi",
        "birth_year": years_ago(25),
        "home_municipality": "kouvola",
        "consent": "on",
    },
    "me/profile/": {"birth_year": years_ago(30), "home_municipality": "kotka"},
    "me/delete/": {"password": "not-the-password"},
    "me/alerts/new/": {"query": "region=kymenlaakso&evening=on", "frequency": "weekly"},
    "coordinate/associations/<slug:slug>/": {"decision": "hide"},
    # A card in Kouvola (Kymenlaakso), the route's target.
    "coordinate/featured/add/": lambda card: {
        "region": "kymenlaakso",
        "kind": "association",
        "pk": card.pk,
    },
    "coordinate/featured/<int:pk>/move/": {"direction": "up"},
    "coordinate/opportunities/<slug:slug>/": {"decision": "hide"},
    "shortlist/add/": lambda opportunity: {"kind": "opportunity", "pk": opportunity.pk},
    "shortlist/remove/": lambda opportunity: {"kind": "opportunity", "pk": opportunity.pk},
}

PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")


# --- The resolver ---------------------------------------------------------------------------

# The product's URLconf; with BENCH=1 the settings serve bench/urls.py, which adds a
# development-only view to these.
PRODUCT_URLCONF = "portal.urls"
OUR_PACKAGES = {
    "portal",
    "core",
    "accounts",
    "associations",
    "volunteering",
    "coordination",
    "matching",
    "alerts",
    "shortlists",
}


def is_third_party(resolver: URLResolver) -> bool:
    """An included URLconf of another package: allauth's module, or the admin site's list."""
    module = getattr(resolver.urlconf_name, "__name__", "")  # "" for a list of patterns
    return resolver.app_name == "admin" or bool(module and module.split(".")[0] not in OUR_PACKAGES)


def project_routes(resolver=None, prefix=""):
    """(route, is a third-party tree) for every URL pattern the project serves."""
    for entry in (resolver or get_resolver(PRODUCT_URLCONF)).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLPattern) or is_third_party(entry):
            yield route, isinstance(entry, URLResolver)
        else:
            yield from project_routes(entry, route)


def covered_route(route, routes):
    """The resolver's route that a table row stands for: itself, or the tree it lies under."""
    if route in routes:
        return route
    trees = [tree for tree, is_tree in routes.items() if is_tree and route.startswith(tree)]
    return trees[0] if trees else None


def test_every_url_has_a_row():
    with translation.override(settings.LANGUAGE_CODE):  # the i18n prefix is empty in fi
        routes = dict(project_routes())
    in_table = {route for route, *_ in TABLE}

    without_row = set(routes) - {covered_route(route, routes) for route in in_table}
    unknown = {route for route in in_table if covered_route(route, routes) is None}

    assert not without_row, f"URLs without a row in the permission matrix: {sorted(without_row)}"
    assert not unknown, f"Rows for URLs that no longer exist: {sorted(unknown)}"


def test_every_url_is_tried_without_a_role():
    """Anonymous and a logged-in person without a role appear for every route."""
    personas_of = {}
    for route, _target, _method, personas, _expected in TABLE:
        personas_of.setdefault(route, set()).update(personas)

    untried = [route for route, personas in personas_of.items() if not personas.issuperset(ANYONE)]
    assert not untried, f"Routes not tried by anonymous and a person without a role: {untried}"


# --- The runner -----------------------------------------------------------------------------


def build_target(target):
    """The object that fills the URL, and the association whose people the personas are."""
    if target == "draft_card":
        association = AssociationFactory(draft=True)
        return association, association
    if target in ("opportunity", "own_signup", "own_completed_signup"):
        opportunity = OpportunityFactory(one_off=True)
        return opportunity, opportunity.association
    if target == "draft_opportunity":
        opportunity = OpportunityFactory(one_off=True, draft=True)
        return opportunity, opportunity.association
    if target in ("other_completed_signup", "certificate_link"):
        signup = SignUpFactory(opportunity__one_off=True, status="completed", hours_done=4)
        if target == "certificate_link":
            return certificate_link_create(signup=signup), signup.opportunity.association
        return signup, signup.opportunity.association
    if target == "other_signup":
        signup = SignUpFactory(opportunity__one_off=True)
        return signup, signup.opportunity.association
    if target == "staff_member":
        membership = MembershipFactory()
        return SimpleNamespace(slug=membership.association.slug, pk=membership.pk), (
            membership.association
        )
    if target == "invitation":
        association = AssociationFactory()
        invitation, token = invitation_create(
            association=association,
            email="kutsuttu@example.com",
            role="editor",
            language="fi",
            invited_by=None,
        )
        return SimpleNamespace(slug=association.slug, pk=invitation.pk, token=token), association
    if target == "offering":
        association = AssociationFactory()
        offering = offering_create(
            association=association,
            fields={
                "kind": "club",
                "name": "Kerho",
                "for_whom": "Nuorille",
                "when": "Tiistaisin",
                "how_to_take_part": "Tule paikalle.",
            },
        )
        return SimpleNamespace(slug=association.slug, pk=offering.pk), association
    if target in ("join_request", "other_join_request"):
        join_request = JoinRequestFactory()
        return SimpleNamespace(slug=join_request.association.slug, pk=join_request.pk), (
            join_request.association
        )
    if target == "feature":  # a card in Kouvola featured on the page of Kymenlaakso
        association = AssociationFactory()
        feature = Feature.objects.create(
            region=association.home_municipality.region, association=association
        )
        return feature, association
    if target == "stale_card":  # a published card in Kouvola, not updated for 400 days
        association = AssociationFactory()
        Association.objects.filter(pk=association.pk).update(
            updated_at=timezone.now() - datetime.timedelta(days=400)
        )
        return association, association
    if target == "alert":  # someone's alert of Kymenlaakso
        alert = alert_create(user=UserFactory(), query="region=kymenlaakso", frequency="daily")
        return alert, AssociationFactory()
    if target in ("shared_shortlist", "unshared_shortlist"):  # someone's list of one task
        opportunity = OpportunityFactory()
        shortlist = ShortList.objects.create(owner=UserFactory())
        shortlist_add(shortlist=shortlist, kind="opportunity", target=opportunity)
        if target == "shared_shortlist":
            token = shortlist_share(shortlist=shortlist).share_token
            return SimpleNamespace(token=token), opportunity.association
        return SimpleNamespace(token="stopped-sharing"), opportunity.association
    if target == "report":  # about a card in Kouvola (Kymenlaakso)
        association = AssociationFactory()
        report = Report.objects.create(
            association=association, reason="other", text="Jotain on pielessä.", language="fi"
        )
        return report, association
    association = AssociationFactory()  # also for pages without a target: a card to have roles in
    return association, association


def fill(route, obj):
    values = {**FIXED_PARAMS, "slug": getattr(obj, "slug", None), "pk": getattr(obj, "pk", None)}
    values["token"] = getattr(obj, "token", None)
    values["signup_pk"] = values["pk"]
    if "<slug:opportunity_slug>" in route:  # an opportunity in its association's workspace
        values.update(slug=obj.association.slug, opportunity_slug=obj.slug)
    return "/" + PARAMETER.sub(lambda match: str(values[match.group(1)]), route)


def row_id(row):
    route, target, method, persona, _expected = row
    return " ".join(filter(None, [method, f"/{route}", target, persona]))


@pytest.mark.parametrize(
    ("route", "target", "method", "persona", "expected"),
    [pytest.param(*row, id=row_id(row)) for row in ROWS],
)
def test_permission_matrix(client, route, target, method, persona, expected):
    obj, association = build_target(target)
    user = make_persona(persona, association)
    if target == "own_join_request":
        obj = JoinRequestFactory(association=association, user=user)
    if target == "own_completed_signup":
        obj = SignUpFactory(opportunity=obj, user=user, status="completed", hours_done=4)
    if target == "own_signup":
        obj = SignUpFactory(opportunity=obj, user=user)
    log_in(client, user)
    url = fill(route, obj)

    if method == GET:
        response = client.get(url)
    else:
        data = POST_DATA.get(route, {})
        response = client.post(url, data(obj) if callable(data) else data)

    if isinstance(expected, int):
        assert response.status_code == expected, url
    else:
        assert response.status_code == 302, url
        with translation.override(settings.LANGUAGE_CODE):
            assert urlparse(response.url).path == reverse(REDIRECTS[expected]), url
