import datetime
import secrets

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from associations.models import ActivityLanguage, Association, Category
from core.history import history_user_id_field
from core.models import Municipality
from core.schedule import WeeklyTime

from .rules import places_left


def new_link_token() -> str:
    """An unguessable token for a link that needs no log-in."""
    return secrets.token_urlsafe(32)


PLACE_REQUIRED = _("Choose the municipality where this happens, or mark it as remote.")
ENDS_BEFORE_START = _("The last day cannot be before the first day.")
AGES_REVERSED = _("The maximum age cannot be lower than the minimum age.")


class OpportunityQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Opportunity.Status.PUBLISHED)

    def current(self, today: datetime.date | None = None):
        """Published, and neither past its application deadline nor over."""
        today = today or timezone.localdate()
        return (
            self.published()
            .not_over(today)
            .filter(
                Q(application_deadline__isnull=True) | Q(application_deadline__gte=today),
                association__status=Association.Status.PUBLISHED,
            )
        )

    def not_over(self, day: datetime.date):
        """Still running on `day` or later. A one-off task without a last day is on its first
        day only; other opportunities without a last day go on."""
        return self.filter(
            Q(end_date__gte=day)
            | Q(end_date__isnull=True)
            & (
                ~Q(schedule=Opportunity.Schedule.ONE_OFF)
                | Q(start_date__isnull=True)
                | Q(start_date__gte=day)
            )
        )


class Skill(models.TextChoices):
    """Strengths and skills in plain words: what a person has or wants to learn (their
    preferences) and what an opportunity lets them practise (shown on their record)."""

    CUSTOMER_SERVICE = "customer-service", _("Customer service")
    COOKING = "cooking", _("Cooking")
    SPORTS_COACHING = "sports-coaching", _("Sports coaching")
    IT_HELP = "it-help", _("IT help")
    LANGUAGES = "languages", _("Languages")
    CARE = "care", _("Care and company")
    EVENTS = "events", _("Events")
    CRAFTS = "crafts", _("Crafts")
    OUTDOOR_WORK = "outdoor-work", _("Outdoor work")


class Opportunity(models.Model):
    """Something a person can do with an association: a task, a tryout, a job, a group."""

    class Type(models.TextChoices):
        VOLUNTEER = "volunteer", _("Volunteer task")
        BUDDY = "buddy", _("Buddy activity")
        EVENT_HELP = "event-help", _("Event help")
        PLACEMENT = "placement", _("Student placement")
        TRYOUT = "tryout", _("Work tryout (JTET)")
        JOB = "job", _("Paid or summer job")
        GROUP = "group", _("Group or hobby to join")

    class Schedule(models.TextChoices):
        ONE_OFF = "one-off", _("On given days")
        RECURRING = "recurring", _("Regularly, on given weekdays")
        FLEXIBLE = "flexible", _("Flexible: agree on the times")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING = "pending", _("Pending review")
        PUBLISHED = "published", _("Published")
        CLOSED = "closed", _("Closed")
        ARCHIVED = "archived", _("Archived")
        CHANGES_REQUESTED = "changes", _("Changes requested")
        REJECTED = "rejected", _("Rejected")
        HIDDEN = "hidden", _("Hidden")

    class Benefit(models.TextChoices):
        ORIENTATION = "orientation", _("Orientation")
        TRAINING = "training", _("Training")
        CERTIFICATE = "certificate", _("Certificate")
        INSURANCE = "insurance", _("Insurance")
        MEALS = "meals", _("Meals")
        TRAVEL = "travel", _("Travel costs paid")
        PAY = "pay", _("Pay")

    association = models.ForeignKey(
        Association,
        on_delete=models.CASCADE,
        related_name="opportunities",
        verbose_name=_("association"),
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("web address name"), max_length=220, unique=True)
    type = models.CharField(_("type"), max_length=12, choices=Type.choices)
    short_description = models.CharField(
        _("short description"), max_length=300, help_text=_("One or two sentences, shown in lists.")
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Paragraphs, lists and links (Markdown) are allowed."),
    )
    plain_language_summary = models.TextField(
        _("summary in plain language"),
        blank=True,
        help_text=_("Short sentences and everyday words (selkokieli). Shown first when given."),
    )
    categories = models.ManyToManyField(
        Category, related_name="opportunities", verbose_name=_("categories"), blank=True
    )
    languages = models.ManyToManyField(
        ActivityLanguage,
        related_name="opportunities",
        verbose_name=_("languages"),
        blank=True,
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="opportunities",
        verbose_name=_("municipality"),
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    is_remote = models.BooleanField(
        _("remote"), default=False, help_text=_("Can be done from home.")
    )
    schedule = models.CharField(
        _("schedule"), max_length=10, choices=Schedule.choices, default=Schedule.FLEXIBLE
    )
    start_date = models.DateField(_("first day"), null=True, blank=True)
    end_date = models.DateField(_("last day"), null=True, blank=True)
    start_time = models.TimeField(
        _("starts at"), null=True, blank=True, help_text=_("For tasks on given days.")
    )
    end_time = models.TimeField(_("ends at"), null=True, blank=True)
    is_evening = models.BooleanField(_("in the evening"), default=False, editable=False)
    is_weekend = models.BooleanField(_("at the weekend"), default=False, editable=False)
    hours_per_week = models.DecimalField(
        _("hours a week"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    total_days = models.PositiveSmallIntegerField(_("days in all"), null=True, blank=True)
    min_age = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, validators=[MaxValueValidator(99)]
    )
    max_age = models.PositiveSmallIntegerField(
        _("maximum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    beginner_friendly = models.BooleanField(
        _("suits beginners"), default=False, help_text=_("No earlier experience needed.")
    )
    is_supported = models.BooleanField(
        _("supported volunteering"),
        default=False,
        help_text=_(
            "Extra guidance for people with partial work ability or little experience "
            "(tuettu vapaaehtoistoiminta)."
        ),
    )
    for_english_speakers = models.BooleanField(
        _("also for English speakers"),
        default=False,
        help_text=_("You can take part without speaking Finnish or Swedish."),
    )
    for_under_18s = models.BooleanField(
        _("suitable for under-18s"), default=False, help_text=_("People under 18 can take part.")
    )
    is_popup = models.BooleanField(
        _("pop-up task"), default=False, help_text=_("A one-off task of a few hours.")
    )
    chooses_people = models.BooleanField(
        _("we choose the people"),
        default=False,
        help_text=_(
            "Sign-ups wait for your answer instead of getting a place at once. Good for work "
            "tryouts, placements and jobs."
        ),
    )
    criminal_record_required = models.BooleanField(
        _("a criminal-record extract is required"),
        default=False,
        help_text=_(
            "For work with minors. The person shows the extract to the association; "
            "the portal never stores it."
        ),
    )
    requirements = models.TextField(
        _("requirements"),
        blank=True,
        help_text=_("For example: an extract from the criminal record for work with children."),
    )
    benefits = models.JSONField(_("what you get"), default=list, blank=True)
    # Values of Skill: what a person practises here (matching and the person's record).
    skills = models.JSONField(_("skills you practise"), default=list, blank=True)
    accessibility_notes = models.TextField(_("accessibility"), blank=True)
    places = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty when there is no limit."),
    )
    application_deadline = models.DateField(_("apply by"), null=True, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_language = models.CharField(
        _("language of the contact person"),
        max_length=2,
        choices=Association.ContactLanguage.choices,
        default=Association.ContactLanguage.FINNISH,
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    # Moderation: when it was last sent for review (the queue's waiting time), the coordinator's
    # latest message or reason (shown to the staff until they submit it again), and the status a
    # hidden opportunity goes back to when it is restored.
    submitted_at = models.DateTimeField(
        _("sent for review at"), null=True, blank=True, editable=False
    )
    moderation_message = models.TextField(
        _("message from the coordinator"), blank=True, max_length=2000, editable=False
    )
    moderation_message_at = models.DateTimeField(
        _("message from the coordinator given at"), null=True, blank=True, editable=False
    )
    status_before_hidden = models.CharField(
        _("status before hiding"), max_length=10, choices=Status.choices, blank=True, editable=False
    )
    search_text = models.TextField(editable=False, blank=True, default="")
    search_vector = SearchVectorField(null=True, editable=False)
    # The options and flags it is counted under in the listing's filters (core.facets), kept
    # by volunteering.services.opportunity_refresh_derived_fields.
    facet_keys = models.TextField(editable=False, blank=True, default="")

    objects = OpportunityQuerySet.as_manager()
    # Who changed what and when; derived fields (search, evening and weekend flags) are left out.
    history = HistoricalRecords(
        excluded_fields=[
            "search_text",
            "search_vector",
            "is_evening",
            "is_weekend",
            "facet_keys",
            "updated_at",
        ],
        m2m_fields=["categories", "languages"],
        history_user_id_field=history_user_id_field(),
    )

    class Meta:
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")
        ordering = ["start_date", "title"]
        indexes = [
            # Listings of current opportunities: soonest first, newest first.
            models.Index(fields=["status", "start_date"], name="opp_status_start_idx"),
            # Counting the facets of current opportunities and ranking a person's suggestions
            # (matching.suggestions) from a narrow index: PostgreSQL reads it without the wide
            # rows; other databases ignore `include`.
            models.Index(
                fields=["status"],
                include=[
                    "association",
                    "start_date",
                    "end_date",
                    "application_deadline",
                    "schedule",
                    "facet_keys",
                    "municipality",
                    "type",
                    "min_age",
                    "max_age",
                    "start_time",
                    "is_remote",
                    "is_evening",
                    "is_weekend",
                    "beginner_friendly",
                    "skills",
                ],
                name="opp_status_match_idx",
            ),
            models.Index(fields=["status", "-published_at"], name="opp_status_published_idx"),
            # Hiding opportunities past their deadline or end.
            models.Index(
                fields=["application_deadline", "end_date"],
                name="opp_current_idx",
                condition=Q(status="published"),
            ),
            # The type, evening, weekend and remote filters.
            models.Index(fields=["type"], name="opp_type_idx", condition=Q(status="published")),
            models.Index(
                fields=["is_evening", "is_weekend"],
                name="opp_evening_weekend_idx",
                condition=Q(status="published"),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="volunteering_opportunity_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(max_age__isnull=True)
                | Q(min_age__isnull=True)
                | Q(max_age__gte=models.F("min_age")),
                name="volunteering_opportunity_age_range",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="volunteering_opportunity_published_has_date",
            ),
            # Its page, feeds and structured data need to say where it happens.
            models.CheckConstraint(
                condition=Q(is_remote=True) | Q(municipality__isnull=False),
                name="volunteering_opportunity_has_place",
                violation_error_message=PLACE_REQUIRED,
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("volunteering:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        errors = {}
        if not self.is_remote and self.municipality_id is None:
            errors["municipality"] = ValidationError(PLACE_REQUIRED, code="place_required")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = ValidationError(ENDS_BEFORE_START, code="ends_before_start")
        if self.min_age is not None and self.max_age is not None and self.max_age < self.min_age:
            errors["max_age"] = ValidationError(AGES_REVERSED, code="ages_reversed")
        if errors:
            raise ValidationError(errors)

    @property
    def benefit_labels(self) -> list[str]:
        labels = dict(self.Benefit.choices)
        return [labels[benefit] for benefit in self.benefits if benefit in labels]

    @property
    def skill_labels(self) -> list[str]:
        labels = dict(Skill.choices)
        return [labels[skill] for skill in self.skills if skill in labels]

    @property
    def places_left(self) -> int | None:
        """Places free for a newcomer, None when unlimited: `selectors.with_places_taken()`."""
        return places_left(self.places, self.places_taken, self.places_waiting)


class OpportunityTime(WeeklyTime):
    """A weekly time of a recurring opportunity."""

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="times", verbose_name=_("opportunity")
    )
    history = HistoricalRecords(history_user_id_field=history_user_id_field())

    class Meta(WeeklyTime.Meta):
        verbose_name = _("weekly time")
        verbose_name_plural = _("weekly times")


class SignUp(models.Model):
    """A person signs up for an opportunity and shares what they agreed to share with it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("You have a place")
        WAITLISTED = "waitlisted", _("On the waiting list")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        COMPLETED = "completed", _("Completed")

    # A sign-up in these states holds one of the opportunity's places.
    HOLDS_PLACE = (Status.ACCEPTED, Status.COMPLETED)
    # The person can still withdraw from these.
    ACTIVE = (Status.PENDING, Status.ACCEPTED, Status.WAITLISTED)

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="signups", verbose_name=_("opportunity")
    )
    # Empty once the person has deleted their account: the sign-up is kept without anything
    # personal, for the association's and the funders' counts.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="signups",
        verbose_name=_("person"),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    message = models.TextField(_("message to the association"), blank=True, max_length=2000)
    # Shared with this association with the person's consent, copied from their profile.
    birth_year = models.PositiveSmallIntegerField(_("birth year"))
    # Required on every sign-up (blank=False); emptied when the person deletes their account.
    home_municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        verbose_name=_("home municipality"),
    )
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    interests = models.TextField(
        _("what I am good at and what I would like to learn"), blank=True, max_length=2000
    )
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True, max_length=1000)
    consent_at = models.DateTimeField(_("consent given at"))
    language = models.CharField(_("language"), max_length=5)
    created_at = models.DateTimeField(_("signed up at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # The association's answer, shown to the person on their own page.
    staff_message = models.TextField(_("message from the association"), blank=True, max_length=2000)
    decided_at = models.DateTimeField(_("answered at"), null=True, blank=True, editable=False)
    hours_done = models.DecimalField(
        _("hours done"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    reference = models.CharField(_("reference"), max_length=500, blank=True)
    # When the association's staff first saw the sign-up: until then it is new to them.
    seen_at = models.DateTimeField(_("seen by the association at"), null=True, blank=True)
    # Once the person has deleted their account: the same random value on all their sign-ups, so
    # that the funders' statistics still count them as one participant. It names nobody.
    former_person = models.UUIDField(
        _("anonymous participant"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["opportunity", "user"], name="volunteering_signup_once_per_person"
            ),
        ]
        indexes = [
            # Counting the places taken; the person's own page.
            models.Index(fields=["opportunity", "status"], name="signup_opportunity_status_idx"),
            models.Index(fields=["user", "-created_at"], name="signup_user_idx"),
        ]

    def __str__(self):
        return f"{self.person_label} → {self.opportunity}"

    @property
    def person_label(self) -> str:
        """How the association's staff see the person: their name, else their email address;
        "Deleted account" once the person has deleted their account."""
        if self.user is None:
            return str(_("Deleted account"))
        return self.user.display_name or self.user.email

    @property
    def can_withdraw(self) -> bool:
        return self.status in self.ACTIVE

    @property
    def status_for_staff(self) -> str:
        """The status as the association's staff read it (the choices speak to the person)."""
        if self.status == self.Status.ACCEPTED:
            return _("Has a place")
        return self.get_status_display()


class OpportunityMessage(models.Model):
    """A message the association's staff sent to the people of an opportunity, kept with it."""

    class Audience(models.TextChoices):
        ACCEPTED = "accepted", _("Everyone who has a place")
        WAITLISTED = "waitlisted", _("Everyone on the waiting list")

    opportunity = models.ForeignKey(
        Opportunity,
        on_delete=models.CASCADE,
        related_name="messages",
        verbose_name=_("opportunity"),
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("sender"),
    )
    audience = models.CharField(_("to"), max_length=10, choices=Audience.choices)
    body = models.TextField(_("message"), max_length=4000)
    recipient_count = models.PositiveIntegerField(_("recipients"), default=0)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("message to the people")
        verbose_name_plural = _("messages to the people")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.opportunity}: {self.created_at:%Y-%m-%d %H:%M}"


class CertificateLink(models.Model):
    """A link that shows one certificate of a completed sign-up to whoever has it (an employer,
    a school), until the person revokes it."""

    signup = models.ForeignKey(
        SignUp,
        on_delete=models.CASCADE,
        related_name="certificate_links",
        verbose_name=_("sign-up"),
    )
    token = models.CharField(max_length=64, unique=True, default=new_link_token, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("certificate link")
        verbose_name_plural = _("certificate links")
        ordering = ["-created_at"]

    def __str__(self):
        return str(self.signup)

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
