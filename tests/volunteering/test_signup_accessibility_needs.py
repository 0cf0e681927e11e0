"""Accessibility needs on the profile are private: a sign-up shares them with its association
only when the person ticks the box, and only that association's staff see them."""

import csv
import io
import re

import pytest

from tests.factories import MembershipFactory, OpportunityFactory, ProfileFactory, years_ago
from volunteering.models import SignUp

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

TICKED = re.compile(r'<input type="checkbox" name="share_accessibility_needs"[^>]* checked')
NEEDS = "Käytän pyörätuolia. <Tarvitsen> kirjalliset ohjeet."


def signup_url(opportunity):
    return f"/en/opportunities/{opportunity.slug}/sign-up/"


def people_url(opportunity, tail="people/"):
    return f"/en/manage/{opportunity.association.slug}/opportunities/{opportunity.slug}/{tail}"


def data(**overrides):
    return {"preferred_name": "Aino", "consent": "on", **overrides}


@pytest.fixture
def opportunity(association):
    return OpportunityFactory(association=association, title="Läksykerhon ohjaaja")


@pytest.fixture
def other_opportunity():
    return OpportunityFactory(title="Kirpputorin apu", association__name="Toinen yhdistys")


@pytest.fixture
def profile(person):
    return ProfileFactory(user=person, birth_year=years_ago(20), accessibility_needs=NEEDS)


def staff_page(client, opportunity):
    client.force_login(MembershipFactory(association=opportunity.association).user)
    html = client.get(people_url(opportunity)).content.decode()
    response = client.get(people_url(opportunity, "people.csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    return html, rows


def test_the_form_offers_to_share_them_unticked(client, opportunity, profile):
    client.force_login(profile.user)

    html = client.get(signup_url(opportunity)).content.decode()

    assert 'name="share_accessibility_needs"' in html
    assert not TICKED.search(html)
    assert "Share my accessibility needs with Kouvolan Nuorisoseura" in html
    # The person's own words, escaped.
    assert "Käytän pyörätuolia. &lt;Tarvitsen&gt; kirjalliset ohjeet." in html
    assert "<Tarvitsen>" not in html


def test_without_needs_on_the_profile_nothing_is_asked(client, opportunity, person):
    ProfileFactory(user=person)
    client.force_login(person)

    html = client.get(signup_url(opportunity)).content.decode()

    assert "share_accessibility_needs" not in html


def test_not_shared_unless_ticked(client, opportunity, profile):
    client.force_login(profile.user)

    response = client.post(signup_url(opportunity), data())

    assert response.status_code == 302
    assert SignUp.objects.get().accessibility_needs == ""
    html, rows = staff_page(client, opportunity)
    assert "pyörätuolia" not in html
    assert "Accessibility needs" not in html
    assert rows[0][-1] == "Accessibility needs"
    assert rows[1][-1] == ""


def test_shared_when_ticked_and_seen_by_that_association_only(
    client, opportunity, other_opportunity, profile
):
    client.force_login(profile.user)

    client.post(signup_url(opportunity), data(share_accessibility_needs="on"))
    client.post(signup_url(other_opportunity), data())

    shared = SignUp.objects.get(opportunity=opportunity)
    assert shared.accessibility_needs == NEEDS
    assert SignUp.objects.get(opportunity=other_opportunity).accessibility_needs == ""
    html, rows = staff_page(client, opportunity)
    assert "<dt>Accessibility needs</dt>" in html
    assert "Käytän pyörätuolia. &lt;Tarvitsen&gt; kirjalliset ohjeet." in html
    assert rows[1][-1] == NEEDS
    # The other association's staff see the person, not their needs.
    html, rows = staff_page(client, other_opportunity)
    assert "Aino" in html
    assert "pyörätuolia" not in html
    assert rows[1][-1] == ""


def test_a_later_change_of_the_profile_is_not_shared(client, opportunity, profile):
    client.force_login(profile.user)
    client.post(signup_url(opportunity), data(share_accessibility_needs="on"))

    client.post("/en/me/profile/", {"accessibility_needs": "Uusi tarve"})

    assert SignUp.objects.get().accessibility_needs == NEEDS


def test_the_box_is_kept_when_the_form_has_errors(client, opportunity, profile):
    client.force_login(profile.user)

    response = client.post(
        signup_url(opportunity), {"preferred_name": "Aino", "share_accessibility_needs": "on"}
    )

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["consent"]
    assert TICKED.search(response.content.decode())
    assert not SignUp.objects.exists()
