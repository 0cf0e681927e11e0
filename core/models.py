"""Finland's regions (maakunnat) and municipalities (kunnat), as Statistics Finland classifies them."""

from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class LocalizedNameMixin:
    """Regions and municipalities carry their official Finnish and Swedish names."""

    @property
    def name(self) -> str:
        if get_language() == "sv" and self.name_sv:
            return self.name_sv
        return self.name_fi


class Region(LocalizedNameMixin, models.Model):
    code = models.CharField(_("code"), max_length=2, unique=True)
    name_fi = models.CharField(_("name in Finnish"), max_length=100)
    name_sv = models.CharField(_("name in Swedish"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("portal:region-detail", kwargs={"region_slug": self.slug})


class Municipality(LocalizedNameMixin, models.Model):
    code = models.CharField(_("code"), max_length=3, unique=True)
    name_fi = models.CharField(_("name in Finnish"), max_length=100)
    name_sv = models.CharField(_("name in Swedish"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        related_name="municipalities",
        verbose_name=_("region"),
    )

    class Meta:
        ordering = ["name_fi"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse(
            "portal:municipality-detail",
            kwargs={"region_slug": self.region.slug, "municipality_slug": self.slug},
        )


from .audit import AuditEntry  # noqa: E402, F401 - the audit log's model lives with its records
