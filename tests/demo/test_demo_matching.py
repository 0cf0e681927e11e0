"""The demo young user (nuori@): suggestions with reasons, a record with a certificate, an alert."""

import pytest
from django.contrib.auth import get_user_model

from alerts.models import Alert
from matching.suggestions import suggestions_for
from volunteering.models import SignUp

pytestmark = pytest.mark.django_db

EVENING_SPORTS_IN_KOUVOLA = "kiito-tyttojen-iltatreenit-apuvalmentaja"
DAYTIME_OFFICE_IN_JYVASKYLA = "kuurot-toimistoapu-arkipaivisin"


@pytest.fixture
def young_user(demo):
    return get_user_model().objects.get(email="nuori@example.fi")


def test_an_evening_sports_task_in_kouvola_ranks_above_a_daytime_office_task_in_jyvaskyla(
    young_user,
):
    slugs = [suggestion.opportunity.slug for suggestion in suggestions_for(young_user, limit=100)]

    assert slugs[0] == EVENING_SPORTS_IN_KOUVOLA
    assert DAYTIME_OFFICE_IN_JYVASKYLA in slugs
    assert slugs.index(EVENING_SPORTS_IN_KOUVOLA) < slugs.index(DAYTIME_OFFICE_IN_JYVASKYLA)


def test_the_young_user_sees_her_suggestions_with_reasons(client, young_user):
    client.force_login(young_user)

    page = client.get("/en/me/suggestions/").content.decode()

    assert "Tyttöjen iltatreenien apuvalmentaja" in page
    assert "Kouvola · evenings" in page
    # Nothing she cannot sign up for: the football school's assistant coach must be 18.
    assert "Futiskoulun apuvalmentaja sunnuntaisin" not in page


def test_her_completed_task_prints_as_a_certificate_with_the_reference(client, young_user):
    completed = SignUp.objects.get(user=young_user, status=SignUp.Status.COMPLETED)
    client.force_login(young_user)

    record = client.get("/me/record/").content.decode()
    certificate = client.get(f"/me/record/{completed.pk}/certificate/").content.decode()

    assert completed.opportunity.title in record
    assert "Noora Nuori" in certificate
    assert completed.opportunity.association.name in certificate
    assert "neljänä lauantaina" in certificate  # the association's reference
    assert completed.hours_done == 12


def test_she_has_a_weekly_alert_for_evening_sports_in_kymenlaakso(young_user):
    alert = Alert.objects.get(user=young_user)

    assert alert.frequency == "weekly"
    assert "region=kymenlaakso" in alert.query and "evening" in alert.query
