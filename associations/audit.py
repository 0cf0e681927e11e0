"""Staff and coordinator decisions about an association and what belongs to it, in the audit log
(core/audit.py). The entry concerns the regions of the association's home municipality and of
the municipalities where it is active, so the coordinators of those regions see it."""

from django.db import models

from core.audit import AuditEntry, record
from core.models import Region

from .models import Association


def association_regions(association: Association) -> list[Region]:
    return list(
        Region.objects.filter(
            models.Q(municipalities=association.home_municipality_id)
            | models.Q(
                municipalities__in=Association.municipalities.through.objects.filter(
                    association=association
                ).values("municipality")
            )
        ).distinct()
    )


def record_decision(
    *,
    actor,
    action: str,
    association: Association,
    target: models.Model | None = None,
    reason: str = "",
    details: dict | None = None,
    target_repr: str | None = None,
) -> AuditEntry:
    """Record `actor`'s decision `action` on `target` (by default the association itself)."""
    details = {"association": association.name, "association_id": association.pk, **(details or {})}
    return record(
        actor=actor,
        action=action,
        target=association if target is None else target,
        regions=association_regions(association),
        reason=reason,
        details=details,
        target_repr=target_repr,
    )
