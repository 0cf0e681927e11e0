import datetime

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify

from associations.models import (
    ActivityLanguage,
    Association,
    Category,
    JoinRequest,
    MeetingTime,
    Membership,
    TargetGroup,
)
from associations.services import association_refresh_derived_fields
from core.models import Municipality
from core.schedule import Weekday

PASSWORD = "correct-horse-battery"


class WithoutHistoryFactory(factory.django.DjangoModelFactory):
    """Rows made by a factory stand for what was there before the test began: like rows saved
    before the history was kept, they get no history entries (their terms neither), which keeps
    the suite fast. Tests of the history make their changes through the services and views."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        instance = model_class(*args, **kwargs)
        instance.skip_history_when_saving = True  # until the post-generation hooks have run
        instance.save(force_insert=True)
        return instance

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        super()._after_postgeneration(instance, create, results)
        if create:
            del instance.skip_history_when_saving


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(user, create, extracted, **kwargs):
        """Users have a verified primary email unless `verified=False` is passed."""
        if create and extracted is not False:
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
            user.save()


def _term(model, slug):
    return model.objects.get(slug=slug)


def _municipality(slug):
    return Municipality.objects.get(slug=slug)


def _add_evening_meeting(association, create, extracted, **kwargs):
    if create:
        MeetingTime.objects.create(
            association=association,
            weekday=Weekday.TUESDAY,
            start_time=datetime.time(17, 0),
            end_time=datetime.time(19, 0),
        )
        association_refresh_derived_fields(association=association)


class AssociationFactory(WithoutHistoryFactory):
    """A published association card, active in its home municipality (Kouvola by default).

    Categories, target groups, languages and extra municipalities are given as slugs of the
    rows the migrations seed, e.g. `AssociationFactory(categories=["youth"],
    municipalities=["kotka"])`. The derived fields (evening flag, search index) are computed
    last, through the service; a test that changes the card afterwards calls
    `associations.services.association_refresh_derived_fields` itself.
    """

    class Meta:
        model = Association
        skip_postgeneration_save = True

    class Params:
        municipality = "kouvola"
        draft = factory.Trait(status=Association.Status.DRAFT, published_at=None)
        hidden = factory.Trait(status=Association.Status.HIDDEN)
        # Adds a Tuesday meeting 17:00-19:00 (and refreshes the evening flag).
        evening = factory.Trait(evening_meeting=factory.PostGeneration(_add_evening_meeting))

    name = factory.Sequence(lambda n: f"Yhdistys {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    short_description = factory.LazyAttribute(lambda o: f"{o.name} toimii paikallisesti.")
    home_municipality = factory.LazyAttribute(lambda o: _municipality(o.municipality))
    contact_email = factory.LazyAttribute(lambda o: f"info@{o.slug}.example.com")
    status = Association.Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def categories(association, create, extracted, **kwargs):
        if create and extracted:
            association.categories.set([_term(Category, slug) for slug in extracted])

    @factory.post_generation
    def target_groups(association, create, extracted, **kwargs):
        if create and extracted:
            association.target_groups.set([_term(TargetGroup, slug) for slug in extracted])

    @factory.post_generation
    def languages(association, create, extracted, **kwargs):
        if create and extracted:
            association.languages.set([_term(ActivityLanguage, slug) for slug in extracted])

    @factory.post_generation
    def municipalities(association, create, extracted, **kwargs):
        """Where else the association is active, besides its home municipality."""
        if create and extracted:
            association.municipalities.add(*[_municipality(slug) for slug in extracted])

    @factory.post_generation
    def meeting_times(association, create, extracted, **kwargs):
        """(weekday, start, end) tuples."""
        if create and extracted:
            for weekday, start, end in extracted:
                MeetingTime.objects.create(
                    association=association, weekday=weekday, start_time=start, end_time=end
                )

    @factory.post_generation
    def derived_fields(association, create, extracted, **kwargs):
        # Declared last: it must see the relations set by the hooks above.
        if create:
            association_refresh_derived_fields(association=association)


class MeetingTimeFactory(WithoutHistoryFactory):
    """A meeting time. It does not refresh the card's evening flag: call the service for that."""

    class Meta:
        model = MeetingTime

    association = factory.SubFactory(AssociationFactory)
    weekday = Weekday.WEDNESDAY
    start_time = datetime.time(10, 0)
    end_time = datetime.time(12, 0)
    description = "Kerhoilta"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    class Params:
        owner = factory.Trait(role=Membership.Role.OWNER)

    association = factory.SubFactory(AssociationFactory)
    user = factory.SubFactory(UserFactory)
    role = Membership.Role.EDITOR


class JoinRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JoinRequest

    association = factory.SubFactory(AssociationFactory)
    user = factory.SubFactory(UserFactory)
    message = "Haluaisin tulla mukaan toimintaan."
    language = "fi"
    status = JoinRequest.Status.PENDING


# --- Opportunities, sign-ups and profiles ---------------------------------------------------
# Appended below the association factories; the imports stay here so that this section can be
# added without touching the lines above.

from accounts.models import Profile  # noqa: E402
from volunteering.models import Opportunity, OpportunityTime, SignUp  # noqa: E402
from volunteering.services import opportunity_refresh_derived_fields  # noqa: E402


def years_ago(years: int) -> int:
    """The birth year of someone who turns `years` this year."""
    return timezone.localdate().year - years


def next_weekday(weekday: int, *, weeks_ahead: int = 1) -> datetime.date:
    """A date on `weekday` (0 = Monday) at least `weeks_ahead` weeks from today."""
    start = timezone.localdate() + datetime.timedelta(weeks=weeks_ahead)
    return start + datetime.timedelta(days=(weekday - start.weekday()) % 7)


def _fill_places(opportunity, create, extracted, **kwargs):
    if create and opportunity.places:
        SignUpFactory.create_batch(opportunity.places, opportunity=opportunity)


class OpportunityFactory(WithoutHistoryFactory):
    """A published volunteer task of a published association in Kouvola: flexible times, no
    dates, no age limits and no limit on places.

    `place` is the municipality's slug (None for none). Categories and languages are given as
    slugs, weekly times as (weekday, start, end) tuples. The evening and weekend flags and the
    search index are computed last, through the service.
    """

    class Meta:
        model = Opportunity
        skip_postgeneration_save = True

    class Params:
        place = "kouvola"
        draft = factory.Trait(status=Opportunity.Status.DRAFT, published_at=None)
        pending = factory.Trait(status=Opportunity.Status.PENDING, published_at=None)
        closed = factory.Trait(status=Opportunity.Status.CLOSED)
        archived = factory.Trait(status=Opportunity.Status.ARCHIVED)
        # On a Wednesday two weeks ahead: 10.00-14.00, or 18.00-20.00 in the evening.
        one_off = factory.Trait(
            schedule=Opportunity.Schedule.ONE_OFF,
            start_date=factory.LazyFunction(lambda: next_weekday(2, weeks_ahead=2)),
            start_time=datetime.time(10, 0),
            end_time=datetime.time(14, 0),
        )
        evening = factory.Trait(
            one_off=True, start_time=datetime.time(18, 0), end_time=datetime.time(20, 0)
        )
        # On a Saturday two weeks ahead, 10.00-14.00.
        weekend = factory.Trait(
            one_off=True, start_date=factory.LazyFunction(lambda: next_weekday(5, weeks_ahead=2))
        )
        youth_only = factory.Trait(min_age=13, max_age=17)
        # One place, taken by someone else.
        full = factory.Trait(places=1, filled=factory.PostGeneration(_fill_places))

    association = factory.SubFactory(AssociationFactory)
    title = factory.Sequence(lambda n: f"Vapaaehtoistehtävä {n}")
    slug = factory.LazyAttributeSequence(lambda o, n: f"{slugify(o.title)[:200]}-{n}")
    type = Opportunity.Type.VOLUNTEER
    short_description = factory.LazyAttribute(lambda o: f"{o.title}: tule mukaan auttamaan.")
    municipality = factory.LazyAttribute(lambda o: _municipality(o.place) if o.place else None)
    schedule = Opportunity.Schedule.FLEXIBLE
    status = Opportunity.Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def categories(opportunity, create, extracted, **kwargs):
        if create and extracted:
            opportunity.categories.set([_term(Category, slug) for slug in extracted])

    @factory.post_generation
    def languages(opportunity, create, extracted, **kwargs):
        if create and extracted:
            opportunity.languages.set([_term(ActivityLanguage, slug) for slug in extracted])

    @factory.post_generation
    def times(opportunity, create, extracted, **kwargs):
        """(weekday, start, end) tuples of a recurring opportunity."""
        if create and extracted:
            for weekday, start, end in extracted:
                OpportunityTime.objects.create(
                    opportunity=opportunity, weekday=weekday, start_time=start, end_time=end
                )

    @factory.post_generation
    def derived_fields(opportunity, create, extracted, **kwargs):
        # Declared after the hooks above: it must see the categories and weekly times.
        if create:
            opportunity_refresh_derived_fields(opportunity=opportunity)


class OpportunityTimeFactory(WithoutHistoryFactory):
    """A weekly time. It does not refresh the evening and weekend flags: call the service."""

    class Meta:
        model = OpportunityTime

    opportunity = factory.SubFactory(
        OpportunityFactory,
        schedule=Opportunity.Schedule.RECURRING,
        start_date=factory.LazyFunction(timezone.localdate),
    )
    weekday = Weekday.TUESDAY
    start_time = datetime.time(17, 0)
    end_time = datetime.time(19, 0)


class ProfileFactory(factory.django.DjangoModelFactory):
    """What a person has told about themselves: 25 years old this year, living in Kouvola."""

    class Meta:
        model = Profile

    class Params:
        place = "kouvola"

    user = factory.SubFactory(UserFactory)
    birth_year = factory.LazyFunction(lambda: years_ago(25))
    home_municipality = factory.LazyAttribute(lambda o: _municipality(o.place) if o.place else None)


class SignUpFactory(factory.django.DjangoModelFactory):
    """An accepted sign-up with the details the person shared, copied as the service does."""

    class Meta:
        model = SignUp

    class Params:
        place = "kouvola"
        waitlisted = factory.Trait(status=SignUp.Status.WAITLISTED)
        withdrawn = factory.Trait(status=SignUp.Status.WITHDRAWN)

    opportunity = factory.SubFactory(OpportunityFactory)
    user = factory.SubFactory(UserFactory)
    status = SignUp.Status.ACCEPTED
    birth_year = factory.LazyFunction(lambda: years_ago(25))
    home_municipality = factory.LazyAttribute(lambda o: _municipality(o.place))
    consent_at = factory.LazyFunction(timezone.now)
    language = "fi"
