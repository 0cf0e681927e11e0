import datetime

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.history import history_user_id_field
from core.models import Municipality
from core.schedule import WeeklyTime

from .validators import (
    validate_business_id,
    validate_register_number,
    validate_web_address_lines,
)


class Term(models.Model):
    """A small, editable list of options with a name in each language of the portal."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name_fi = models.CharField(_("name in Finnish"), max_length=100)
    name_sv = models.CharField(_("name in Swedish"), max_length=100)
    name_en = models.CharField(_("name in English"), max_length=100)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "slug"]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return getattr(self, f"name_{get_language()}", None) or self.name_fi


class Category(Term):
    class Meta(Term.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")


class TargetGroup(Term):
    class Meta(Term.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class ActivityLanguage(Term):
    class Meta(Term.Meta):
        verbose_name = _("language of activity")
        verbose_name_plural = _("languages of activity")


class AssociationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Association.Status.PUBLISHED)

    def in_region(self, region):
        # A semi-join: a card active in several of the region's municipalities is listed once.
        return self.filter(
            pk__in=Association.municipalities.through.objects.filter(
                municipality__region=region
            ).values("association_id")
        )

    def in_municipality(self, municipality):
        return self.filter(municipalities=municipality)

    def stale(self, now=None):
        """Published cards not updated for a year: their staff are asked to check them."""
        now = now or timezone.now()
        return self.published().filter(updated_at__lt=now - Association.STALE_AFTER)


class Association(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING = "pending", _("Pending verification")
        PUBLISHED = "published", _("Published")
        HIDDEN = "hidden", _("Hidden")
        CHANGES_REQUESTED = "changes", _("Changes requested")
        REJECTED = "rejected", _("Rejected")

    class ContactLanguage(models.TextChoices):
        FINNISH = "fi", "Suomi"
        SWEDISH = "sv", "Svenska"
        ENGLISH = "en", "English"

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("web address name"), max_length=200, unique=True)
    short_description = models.CharField(
        _("short description"),
        max_length=300,
        help_text=_("One or two sentences, shown in lists."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_(
            "What the association does. Paragraphs, lists and links (Markdown) are allowed."
        ),
    )
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    categories = models.ManyToManyField(
        Category, related_name="associations", verbose_name=_("categories"), blank=True
    )
    target_groups = models.ManyToManyField(
        TargetGroup, related_name="associations", verbose_name=_("target groups"), blank=True
    )
    languages = models.ManyToManyField(
        ActivityLanguage,
        related_name="associations",
        verbose_name=_("languages of activity"),
        blank=True,
    )
    home_municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="home_associations",
        verbose_name=_("home municipality"),
    )
    municipalities = models.ManyToManyField(
        Municipality,
        related_name="associations",
        verbose_name=_("municipalities where it is active"),
        help_text=_("The home municipality is always included."),
        blank=True,
    )
    meeting_place = models.CharField(_("meeting place"), max_length=200, blank=True)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=5, blank=True)
    post_office = models.CharField(_("post office"), max_length=100, blank=True)
    step_free_access = models.BooleanField(
        _("step-free access"),
        null=True,
        blank=True,
        help_text=_("Can you get into the premises without steps, for example with a wheelchair?"),
    )
    accessibility_notes = models.TextField(_("accessibility of the premises"), blank=True)
    membership_fee = models.CharField(
        _("membership fee"),
        max_length=100,
        blank=True,
        help_text=_("For example: 20 € a year, or free."),
    )
    how_to_join = models.TextField(_("how to join"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"))
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    contact_language = models.CharField(
        _("language of the contact person"),
        max_length=2,
        choices=ContactLanguage.choices,
        default=ContactLanguage.FINNISH,
        help_text=_("Messages from the portal to the association are written in this language."),
    )
    website = models.URLField(_("website"), blank=True)
    social_links = models.TextField(
        _("social media links"),
        blank=True,
        help_text=_("One web address per line."),
        validators=[validate_web_address_lines],
    )
    business_id = models.CharField(
        _("business ID (Y-tunnus)"),
        max_length=9,
        blank=True,
        validators=[validate_business_id],
    )
    register_number = models.CharField(
        _("association register number"),
        max_length=15,
        blank=True,
        validators=[validate_register_number],
    )
    founded_year = models.PositiveSmallIntegerField(
        _("year founded"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    is_verified = models.BooleanField(_("verified by a coordinator"), default=False)
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    # Moderation: when the card was last sent for verification (the queue's waiting time), the
    # coordinator's latest message or reason (shown to the staff until they send it again), and
    # the status a hidden card goes back to when it is restored.
    submitted_at = models.DateTimeField(
        _("sent for verification at"), null=True, blank=True, editable=False
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
    has_evening_activity = models.BooleanField(
        _("evening activity"), default=False, editable=False, help_text=_("Meets after 16:00.")
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    # Base forms of the card's words (Voikko) and the words themselves, lower-cased: the
    # search document on SQLite, and the source of the unweighted part of search_vector.
    search_text = models.TextField(editable=False, blank=True, default="")
    search_vector = SearchVectorField(null=True, editable=False)
    # The options and flags it is counted under in the listing's filters (core.facets), kept
    # by associations.services.association_refresh_derived_fields.
    facet_keys = models.TextField(editable=False, blank=True, default="")

    # A published card not updated for this long is stale (see AssociationQuerySet.stale).
    STALE_AFTER = datetime.timedelta(days=365)

    objects = AssociationQuerySet.as_manager()
    # Who changed what and when; derived fields (search, evening flag) are left out.
    history = HistoricalRecords(
        excluded_fields=[
            "search_text",
            "search_vector",
            "has_evening_activity",
            "facet_keys",
            "updated_at",
        ],
        m2m_fields=["categories", "target_groups", "languages", "municipalities"],
        history_user_id_field=history_user_id_field(),
    )

    class Meta:
        verbose_name = _("association")
        verbose_name_plural = _("associations")
        ordering = ["name"]
        indexes = [
            # Listings: published cards, newest first or by name.
            models.Index(fields=["status", "-published_at"], name="assoc_status_published_idx"),
            models.Index(fields=["status", "name"], name="assoc_status_name_idx"),
            # Counting facets, and joining opportunities to published cards, from a narrow index.
            models.Index(
                fields=["status"],
                include=["id", "facet_keys", "has_evening_activity", "step_free_access"],
                name="assoc_status_facets_idx",
            ),
            # The evening and step-free filters.
            models.Index(
                fields=["has_evening_activity"],
                name="assoc_evening_idx",
                condition=Q(status="published"),
            ),
            models.Index(
                fields=["step_free_access"],
                name="assoc_step_free_idx",
                condition=Q(status="published"),
            ),
            # The GIN indexes for full-text and trigram search are PostgreSQL-only: see
            # migration 0002_search_indexes.
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="associations_published_has_date",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("associations:detail", kwargs={"slug": self.slug})

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def is_stale(self) -> bool:
        return self.is_public and self.updated_at < timezone.now() - self.STALE_AFTER

    @property
    def address(self) -> str:
        place = " ".join(part for part in [self.postal_code, self.post_office] if part)
        return ", ".join(part for part in [self.street_address, place] if part)

    @property
    def social_link_list(self) -> list[str]:
        return [line.strip() for line in self.social_links.splitlines() if line.strip()]


class MeetingTime(WeeklyTime):
    association = models.ForeignKey(
        Association,
        on_delete=models.CASCADE,
        related_name="meeting_times",
        verbose_name=_("association"),
    )
    description = models.CharField(
        _("what happens"), max_length=200, blank=True, help_text=_("For example: youth group.")
    )
    history = HistoricalRecords(history_user_id_field=history_user_id_field())

    class Meta(WeeklyTime.Meta):
        verbose_name = _("meeting time")
        verbose_name_plural = _("meeting times")


class OfferingQuerySet(models.QuerySet):
    def published(self):
        return self.filter(association__status=Association.Status.PUBLISHED)


class Offering(models.Model):
    """Something an association offers: a peer-support group, a club, advice, an event series."""

    class Kind(models.TextChoices):
        PEER_SUPPORT = "peer_support", _("Peer-support group")
        CLUB = "club", _("Club or hobby group")
        COUNSELLING = "counselling", _("Counselling or advice")
        EVENT_SERIES = "event_series", _("Event series")
        SERVICE = "service", _("Service")

    association = models.ForeignKey(
        Association,
        on_delete=models.CASCADE,
        related_name="offerings",
        verbose_name=_("association"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(
        _("name"), max_length=120, help_text=_("A short title. For example: Youth peer group.")
    )
    description = models.TextField(
        _("what happens"),
        max_length=2000,
        blank=True,
        help_text=_(
            "Tell in a few sentences what you do together. For example: we talk and play games."
        ),
    )
    for_whom = models.TextField(
        _("for whom"),
        max_length=500,
        help_text=_("For example: young people aged 16–25 who live in Lappeenranta."),
    )
    when = models.CharField(
        _("when"),
        max_length=200,
        help_text=_("For example: Tuesdays 17–19, September to May."),
    )
    cost = models.CharField(
        _("cost"),
        max_length=100,
        blank=True,
        help_text=_("For example: 5 € a time. Leave empty if it is free of charge."),
    )
    is_free = models.BooleanField(
        _("free of charge"),
        default=False,
        help_text=_("Tick this if taking part costs nothing."),
    )
    how_to_take_part = models.TextField(
        _("how to take part"),
        max_length=1000,
        help_text=_("For example: come along, no need to sign up. Or: call Anna, 040 123 4567."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Smaller numbers are shown first.")
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = OfferingQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=["updated_at"], history_user_id_field=history_user_id_field()
    )

    class Meta:
        verbose_name = _("activity or support")
        verbose_name_plural = _("activities and support")
        ordering = ["position", "id"]
        indexes = [
            # The "Activities and support" filter and its counts: cards with an offering of a kind.
            models.Index(fields=["kind", "association"], name="assoc_offering_kind_idx"),
            # The "Free activities" filter and its count.
            models.Index(
                fields=["association"],
                name="assoc_offering_free_idx",
                condition=Q(is_free=True),
            ),
        ]

    def __str__(self):
        return self.name


class Membership(models.Model):
    """A person who works for an association on the portal: edits its card, handles requests."""

    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        EDITOR = "editor", _("Editor")

    association = models.ForeignKey(
        Association,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("association"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="association_memberships",
        verbose_name=_("user"),
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.EDITOR)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("staff membership")
        verbose_name_plural = _("staff memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["association", "user"], name="associations_membership_unique"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.association} ({self.get_role_display()})"


class JoinRequest(models.Model):
    """A person asks to join an association or tells of their interest in its activity."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    association = models.ForeignKey(
        Association,
        on_delete=models.CASCADE,
        related_name="join_requests",
        verbose_name=_("association"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="join_requests",
        verbose_name=_("person"),
    )
    message = models.TextField(_("message"), max_length=2000)
    language = models.CharField(
        _("language"), max_length=5, help_text=_("The language the person used.")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    response = models.TextField(_("answer to the person"), blank=True)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")
        ordering = ["-created_at"]
        constraints = [
            # A person has at most one open request per association at a time.
            models.UniqueConstraint(
                fields=["association", "user"],
                condition=Q(status="pending"),
                name="associations_joinrequest_one_pending",
            ),
        ]
        indexes = [
            # The person's own page lists their requests, newest first.
            models.Index(fields=["user", "-created_at"], name="joinrequest_user_idx"),
        ]

    def __str__(self):
        return f"{self.user} → {self.association}"


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        """Invitations that can still be accepted: not used, not revoked and not expired."""
        return self.filter(
            accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now()
        )


class Invitation(models.Model):
    """An owner asks a person, by email address, to join the association's staff.

    The link carries a random token; only its SHA-256 digest is stored, so the database does
    not hold working links. The link works once, until it expires or is revoked."""

    association = models.ForeignKey(
        Association,
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("association"),
    )
    email = models.EmailField(_("email address"))
    role = models.CharField(
        _("role"), max_length=10, choices=Membership.Role.choices, default=Membership.Role.EDITOR
    )
    language = models.CharField(
        _("language"), max_length=5, help_text=_("The language of the invitation email.")
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, editable=False)
    expires_at = models.DateTimeField(_("expires at"))
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted by"),
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("staff invitation")
        verbose_name_plural = _("staff invitations")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["association", "-created_at"], name="invitation_assoc_idx"),
            models.Index(fields=["email"], name="invitation_email_idx"),
        ]

    def __str__(self):
        return f"{self.email} → {self.association} ({self.get_role_display()})"

    @property
    def is_pending(self) -> bool:
        return (
            self.accepted_at is None
            and self.revoked_at is None
            and self.expires_at > timezone.now()
        )
