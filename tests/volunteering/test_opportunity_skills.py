"""The skills an opportunity lets a person practise: chosen in the staff editor, shown on the
public page (/manage/<slug>/opportunities/… and /opportunities/<slug>/)."""

import pytest

from tests.factories import AssociationFactory, MembershipFactory, OpportunityFactory
from tests.volunteering.test_manage_opportunities import create_url, edit_url, form_data
from volunteering.models import Opportunity
from volunteering.services import opportunity_duplicate

pytestmark = pytest.mark.django_db


@pytest.fixture
def association():
    return AssociationFactory(name="Kouvolan Nuorisoseura", is_verified=True)


@pytest.fixture
def editor(client, association):
    user = MembershipFactory(association=association).user
    client.force_login(user)
    return user


def test_the_editor_offers_the_skills_as_checkboxes(client, association, editor):
    html = client.get(create_url(association)).content.decode()

    assert "<legend>Skills you practise here</legend>" in html
    assert 'type="checkbox" name="skills" value="sports-coaching"' in html
    assert "Care and company" in html


def test_skills_are_saved_and_shown_on_the_public_page(client, association, editor):
    client.post(
        create_url(association),
        form_data(action="submit", skills=["outdoor-work", "cooking"]),
    )

    opportunity = association.opportunities.get()
    assert opportunity.skills == ["cooking", "outdoor-work"]
    html = client.get(opportunity.get_absolute_url()).content.decode()
    assert "<h3>Skills you practise</h3><ul><li>Cooking</li><li>Outdoor work</li></ul>" in html
    fi = client.get(opportunity.get_absolute_url().replace("/en/", "/")).content.decode()
    assert "<li>Ruoanlaitto</li><li>Ulkotyöt</li>" in fi


def test_editing_shows_and_changes_the_skills(client, association, editor):
    opportunity = OpportunityFactory(association=association, skills=["events"])

    html = client.get(edit_url(opportunity)).content.decode()
    assert 'value="events" id="id_skills_6" checked' in html

    client.post(edit_url(opportunity), form_data(action="save", title=opportunity.title))

    opportunity.refresh_from_db()
    assert opportunity.skills == []
    html = client.get(opportunity.get_absolute_url()).content.decode()
    assert "Skills you practise" not in html


def test_an_unknown_skill_is_shown_beside_the_field_and_nothing_is_saved(
    client, association, editor
):
    response = client.post(
        create_url(association),
        form_data(action="submit", skills=["cooking", "juggling"], title="Säilyvä otsikko"),
    )

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["skills"]
    html = response.content.decode()
    assert 'href="#id_skills"' in html
    assert "Säilyvä otsikko" in html
    assert 'value="cooking" aria-invalid="true" id="id_skills_1" checked' in html
    assert not Opportunity.objects.exists()


def test_a_copy_keeps_the_skills(association, editor):
    opportunity = OpportunityFactory(association=association, skills=["it-help"])

    copy = opportunity_duplicate(opportunity=opportunity, by=editor)

    assert copy.skills == ["it-help"]
