"""The coordinator's start page, the statistics page and its CSV file: who gets what, the
form's errors, the figures as shown, and a constant number of queries."""

import pytest
from django.urls import reverse

from tests.factories import MembershipFactory, SignUpFactory, UserFactory

from .conftest import PERIOD, coordinator_of, moment
from .csv_files import assert_no_small_figures, csv_rows, month_rows

pytestmark = pytest.mark.django_db

HOME = reverse("coordinate:home")
STATS = reverse("coordinate:statistics")
CSV = reverse("coordinate:statistics-csv")
KNOWN = {"region": "kymenlaakso", "start": "2025-01", "end": "2025-06"}


@pytest.fixture
def coordinator(db):
    return coordinator_of("kymenlaakso", "etela-karjala")


@pytest.mark.parametrize("url", [HOME, STATS, CSV])
def test_anonymous_visitors_log_in_first(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize("url", [HOME, STATS, CSV])
def test_people_without_a_region_get_404(client, url):
    client.force_login(MembershipFactory(owner=True).user)
    assert client.get(url).status_code == 404


def test_the_start_page_lists_the_regions_and_the_header_links_to_it(client, coordinator):
    client.force_login(coordinator)
    page = client.get(HOME).content.decode()
    assert "Etelä-Karjala" in page and "Kymenlaakso" in page
    assert f'href="{STATS}"' in page
    assert f'href="{HOME}" aria-current="page"' in page


def test_the_header_has_no_link_for_others(client):
    client.force_login(UserFactory())
    assert f'href="{HOME}"' not in client.get(reverse("portal:home")).content.decode()


def test_the_statistics_of_the_known_data(client, coordinator, known_data):
    client.force_login(coordinator)
    response = client.get(STATS, KNOWN)
    assert response.status_code == 200
    stats = response.context["stats"]
    assert stats.period == PERIOD
    assert stats.figure("signups").value == 16
    page = response.content.decode()
    assert "Kymenlaakso" in page
    assert 'role="img"' in page and '<title id="chart-months-title">' in page
    assert "&lt; 5" in page
    assert f'href="{CSV}?region=kymenlaakso&amp;start=2025-01&amp;end=2025-06"' in page


def test_the_default_is_all_my_regions_and_the_last_twelve_months(client, coordinator):
    client.force_login(coordinator)
    response = client.get(STATS)
    assert response.status_code == 200
    assert len(response.context["stats"].months) == 12
    assert response.context["form"]["region"].value() == ""


def test_a_region_not_ones_own_is_an_error_and_shows_no_data(client, coordinator, known_data):
    client.force_login(coordinator)
    response = client.get(STATS, {**KNOWN, "region": "keski-suomi"})
    assert response.status_code == 400
    assert response.context["stats"] is None
    assert response.context["form"].errors["region"] == ["Valitse jokin omista alueistasi."]
    assert "stats-title" not in response.content.decode()
    assert client.get(CSV, {**KNOWN, "region": "keski-suomi"}).status_code == 400


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [("2025-06", "2025-01", "end"), ("2020-01", "2025-01", "end"), ("kesäkuu", "2025-01", "start")],
)
def test_a_wrong_period_is_an_error_beside_the_field(client, coordinator, start, end, field):
    client.force_login(coordinator)
    response = client.get(STATS, {"start": start, "end": end})
    assert response.status_code == 400
    assert list(response.context["form"].errors) == [field]
    assert f'value="{start}"' in response.content.decode()  # what was typed is kept


def test_a_superuser_sees_every_region(client, known_data):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get(STATS, {**KNOWN, "region": ""})
    assert response.context["stats"].figure("signups").value == 16 + 7
    response = client.get(STATS, {**KNOWN, "region": "keski-suomi"})
    assert response.context["stats"].figure("signups").value == 7


def test_the_csv_file_has_the_figures_as_shown(client, coordinator, known_data):
    client.force_login(coordinator)
    response = client.get(CSV, KNOWN)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = csv_rows(response)
    figures = {row[0]: row[1] for row in rows if len(row) == 2}
    assert figures["Maakunta"] == "Kymenlaakso"
    assert figures["Ilmoittautumiset"] == "16"
    assert figures["Tehdyt tunnit"] == "13,5"
    assert figures["30–64-vuotiaat"] == "5"
    assert figures["Alle 18-vuotiaat"] == "< 5"
    months = month_rows(rows)
    assert months[2] == ["maaliskuu 2025", "< 5", "< 5", "< 5", "< 5"]
    assert months[3] == ["huhtikuu 2025", "8", "6", "6", "6"]
    assert_no_small_figures(rows)


def test_the_number_of_queries_does_not_grow_with_the_data(
    client, coordinator, known_data, django_assert_max_num_queries
):
    client.force_login(coordinator)
    with django_assert_max_num_queries(8) as few:
        client.get(STATS, KNOWN)
    for _ in range(20):
        SignUpFactory(opportunity=known_data.opportunities.first(), created_at=moment(5))
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(STATS, KNOWN).context["stats"].figure("signups").value == 36
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(CSV, KNOWN)
