from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account. The email address is the login; there are no usernames."""

    username = None
    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(
        _("language"),
        max_length=5,
        blank=True,
        help_text=_("The language of the emails the portal sends to this person."),
    )
    # Asked the first time an association needs it (a sign-up, a join request); editable on
    # the profile page. Sent to the associations the person contacts.
    preferred_name = models.CharField(
        _("what we call you"),
        max_length=100,
        blank=True,
        help_text=_("The name the associations you contact see."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.display_name or self.email

    @property
    def display_name(self) -> str:
        """The name the person asked to be called, else the name on the account; may be ''."""
        return self.preferred_name or self.get_full_name()


class RegionCoordinator(models.Model):
    """A project coordinator who verifies associations and moderates listings in a region."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="coordinator_roles", verbose_name=_("user")
    )
    region = models.ForeignKey(
        "portal.Region",
        on_delete=models.CASCADE,
        related_name="coordinators",
        verbose_name=_("region"),
    )

    class Meta:
        verbose_name = _("regional coordinator")
        verbose_name_plural = _("regional coordinators")
        constraints = [
            models.UniqueConstraint(fields=["user", "region"], name="accounts_coordinator_unique"),
        ]

    def __str__(self):
        return f"{self.user} – {self.region}"


class Profile(models.Model):
    """What a person has told about themselves, given when they first sign up for something.

    Seen only by the person; an association sees the parts the person agreed to share with it
    (copied into the sign-up).
    """

    user = models.OneToOneField(
        User, on_delete=models.CASCADE, related_name="profile", verbose_name=_("user")
    )
    birth_year = models.PositiveSmallIntegerField(_("birth year"), null=True, blank=True)
    home_municipality = models.ForeignKey(
        "portal.Municipality",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("home municipality"),
    )
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    interests = models.TextField(
        _("what I am good at and what I would like to learn"), blank=True, max_length=2000
    )
    # Private: copied into a sign-up only when the person agrees to share it with that association.
    accessibility_needs = models.TextField(
        _("accessibility needs"),
        blank=True,
        max_length=1000,
        help_text=_(
            "For example: I use a wheelchair, I need written instructions. Shared with an "
            "association only when you agree to it on a sign-up."
        ),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return str(self.user)
