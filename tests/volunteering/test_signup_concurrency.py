"""Scarce places under real concurrency: many people sign up for the last places at once.

Each thread has its own database connection and transaction, as parallel requests would, and
they all start together. `services.signup_create` locks the opportunity's row before counting
the places taken, so exactly as many get a place as there are places. The control test takes
the lock away and shows that the same threads then overbook: the test can fail. The same for
places freed while newcomers sign up: under the lock they go to the people waiting, first in
line first; without it they are lost.

PostgreSQL only: SQLite locks the whole database file for each write, so there is no row lock
to test (and its threads would wait for each other or fail with "database is locked").
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core import mail
from django.db import connection
from django.db.models import QuerySet

from accounts.models import User
from core.models import Municipality, Region
from tests.factories import OpportunityFactory, SignUpFactory, UserFactory, years_ago
from tests.volunteering.helpers import translated
from volunteering import services
from volunteering.models import Opportunity, SignUp

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Row locks need PostgreSQL: SQLite locks the whole database for each write.",
    ),
    # Committed data: each thread sees only what other transactions have committed.
    pytest.mark.django_db(transaction=True),
]

PLACES = 5
# Time spent between counting the places taken and saving the sign-up: a slow moment in
# production, here it makes the race in the control test happen every time.
COUNTING_PAUSE = 0.05


@pytest.fixture(autouse=True)
def seed_data(transactional_db):
    """The regions, municipalities and terms that the migrations load. An earlier test in a
    transactional database may have emptied the tables; put them back."""
    from associations.models import ActivityLanguage, Category, TargetGroup
    from associations.terms import seed_terms
    from core.geography import load_geography

    if not Region.objects.exists():
        load_geography(Region, Municipality)
        seed_terms(Category, TargetGroup, ActivityLanguage)


@pytest.fixture
def enough_connections():
    """Fail with a clear message, instead of with errors in the threads, when PostgreSQL does
    not take this many more connections (max_connections is 100 by default)."""

    def check(count):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('max_connections')::int"
                " - current_setting('superuser_reserved_connections')::int"
                " - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')"
            )
            (free,) = cursor.fetchone()
        if free < count:
            pytest.fail(
                f"PostgreSQL has room for {free} more connections; this test opens {count}. "
                "Raise max_connections or stop other clients."
            )

    return check


@pytest.fixture
def slow_counting(monkeypatch):
    original = services.places_taken

    def places_taken_slowly(opportunity):
        taken = original(opportunity)
        time.sleep(COUNTING_PAUSE)
        return taken

    monkeypatch.setattr(services, "places_taken", places_taken_slowly)


def sign_up_all_at_once(opportunity, users):
    """Sign every user up at the same moment, each in its own thread and connection.

    Returns the status of each sign-up, or the exception it raised.
    """
    start_together = threading.Barrier(len(users))
    kouvola = Municipality.objects.get(slug="kouvola")

    def sign_up(user_pk):
        try:
            # Load what the request would load, on this thread's own connection.
            user = User.objects.get(pk=user_pk)
            own_opportunity = Opportunity.objects.get(pk=opportunity.pk)
            start_together.wait(timeout=30)
            signup = services.signup_create(
                user=user,
                opportunity=own_opportunity,
                birth_year=years_ago(25),
                home_municipality=kouvola,
                consent=True,
            )
            return signup.status
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(users)) as pool:
        futures = [pool.submit(sign_up, user.pk) for user in users]
        return [future.exception() or future.result() for future in futures]


def test_exactly_the_places_are_given_and_the_rest_wait(enough_connections, slow_counting):
    people = 50
    enough_connections(people)
    opportunity = OpportunityFactory(places=PLACES, title="Satamajuhlien talkoot")
    users = UserFactory.create_batch(people)

    outcomes = sign_up_all_at_once(opportunity, users)

    assert [outcome for outcome in outcomes if isinstance(outcome, BaseException)] == []
    assert outcomes.count(SignUp.Status.ACCEPTED) == PLACES
    assert outcomes.count(SignUp.Status.WAITLISTED) == people - PLACES
    # The database agrees, with one sign-up for each person.
    signups = opportunity.signups.all()
    assert signups.count() == people
    assert signups.filter(status=SignUp.Status.ACCEPTED).count() == PLACES
    assert signups.filter(status=SignUp.Status.WAITLISTED).count() == people - PLACES
    # Each person was told what they got (in Finnish: no page language in these threads).
    subjects = [message.subject for message in mail.outbox if message.to[0].startswith("person")]
    title = {"title": "Satamajuhlien talkoot"}
    assert sorted(subjects) == sorted(
        [translated("fi", "You have signed up: %(title)s", **title)] * PLACES
        + [translated("fi", "You are on the waiting list: %(title)s", **title)] * (people - PLACES)
    )


def test_control_without_the_lock_places_are_overbooked(
    enough_connections, slow_counting, monkeypatch
):
    """Shows that the test above would catch a missing lock: without it, more people get a
    place than there are places."""
    people = 20
    enough_connections(people)
    monkeypatch.setattr(QuerySet, "select_for_update", lambda self, *args, **kwargs: self)
    opportunity = OpportunityFactory(places=PLACES)
    users = UserFactory.create_batch(people)

    outcomes = sign_up_all_at_once(opportunity, users)

    assert [outcome for outcome in outcomes if isinstance(outcome, BaseException)] == []
    accepted = opportunity.signups.filter(status=SignUp.Status.ACCEPTED).count()
    assert accepted > PLACES, "without the lock the places should have been overbooked"


def run_all_at_once(tasks):
    """Run each task at the same moment, each in its own thread and connection; returns what
    each returned, or the exception it raised."""
    start_together = threading.Barrier(len(tasks))

    def run(task):
        try:
            prepared = task()
            start_together.wait(timeout=30)
            return prepared()
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(tasks)) as pool:
        futures = [pool.submit(run, task) for task in tasks]
        return [future.exception() or future.result() for future in futures]


def withdraw_all_while_newcomers_sign_up(opportunity, newcomers):
    """Everyone with a place withdraws while `newcomers` people sign up, all at once. Returns
    the outcomes, the sign-ups that were waiting before, and the pks of those with a place."""
    holding = SignUpFactory.create_batch(PLACES, opportunity=opportunity)
    waiting = SignUpFactory.create_batch(PLACES, opportunity=opportunity, waitlisted=True)
    new_people = UserFactory.create_batch(newcomers)
    kouvola = Municipality.objects.get(slug="kouvola")

    def withdraw(pk):
        def prepare():
            signup = SignUp.objects.select_related("opportunity").get(pk=pk)
            return lambda: services.signup_withdraw(signup=signup).status

        return prepare

    def sign_up(user_pk):
        def prepare():
            user = User.objects.get(pk=user_pk)
            own_opportunity = Opportunity.objects.get(pk=opportunity.pk)
            return lambda: (
                services.signup_create(
                    user=user,
                    opportunity=own_opportunity,
                    birth_year=years_ago(25),
                    home_municipality=kouvola,
                    consent=True,
                ).status
            )

        return prepare

    outcomes = run_all_at_once(
        [withdraw(signup.pk) for signup in holding] + [sign_up(user.pk) for user in new_people]
    )
    accepted = opportunity.signups.filter(status=SignUp.Status.ACCEPTED)
    return outcomes, waiting, sorted(accepted.values_list("pk", flat=True))


def test_freed_places_go_to_the_people_waiting_even_when_newcomers_come_at_once(
    enough_connections, slow_counting
):
    """Everyone with a place withdraws while newcomers sign up: the places go to the people
    who were waiting, and every newcomer waits behind them."""
    newcomers = 15
    enough_connections(PLACES + newcomers)
    opportunity = OpportunityFactory(places=PLACES)

    outcomes, waiting, accepted = withdraw_all_while_newcomers_sign_up(opportunity, newcomers)

    assert [outcome for outcome in outcomes if isinstance(outcome, BaseException)] == []
    assert outcomes.count(SignUp.Status.WITHDRAWN) == PLACES
    assert outcomes.count(SignUp.Status.WAITLISTED) == newcomers
    assert accepted == sorted(signup.pk for signup in waiting)
    assert opportunity.signups.filter(status=SignUp.Status.WAITLISTED).count() == newcomers


def test_control_without_the_lock_freed_places_are_lost(
    enough_connections, slow_counting, monkeypatch
):
    """Shows that the test above would catch a missing lock: without it, several withdrawals
    count the same free places and move up the same people, and places stay empty."""
    newcomers = 15
    enough_connections(PLACES + newcomers)
    monkeypatch.setattr(QuerySet, "select_for_update", lambda self, *args, **kwargs: self)
    opportunity = OpportunityFactory(places=PLACES)

    outcomes, waiting, accepted = withdraw_all_while_newcomers_sign_up(opportunity, newcomers)

    assert [outcome for outcome in outcomes if isinstance(outcome, BaseException)] == []
    assert accepted != sorted(signup.pk for signup in waiting), (
        "without the lock the freed places should have gone wrong"
    )
