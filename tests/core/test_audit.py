"""The audit log's ground floor: an entry records who decided what, on which item and why, for
which regions; once written, it is neither changed nor deleted, and the admin only reads it."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from associations.audit import association_regions, record_decision
from core.audit import AuditAction, AuditEntry, AuditLogImmutable, record
from core.models import Region
from tests.factories import AssociationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry():
    association = AssociationFactory(name="Kotkan Kuoro", municipality="kotka")
    return record_decision(
        actor=UserFactory(preferred_name="Aino Anttila"),
        action=AuditAction.ASSOCIATION_HIDDEN,
        association=association,
        reason="Ilmoitus on vanhentunut.",
    )


def test_an_entry_records_who_what_which_item_why_and_where(entry):
    entry.refresh_from_db()
    assert entry.actor.preferred_name == "Aino Anttila"
    assert entry.actor_name == "Aino Anttila"
    assert entry.action == AuditAction.ASSOCIATION_HIDDEN
    assert entry.target.name == entry.target_repr == "Kotkan Kuoro"
    assert entry.reason == "Ilmoitus on vanhentunut."
    assert entry.details["association"] == "Kotkan Kuoro"
    assert [region.slug for region in entry.regions.all()] == ["kymenlaakso"]
    assert entry.created_at is not None


def test_the_regions_are_those_of_the_home_and_the_active_municipalities():
    association = AssociationFactory(municipality="kotka", municipalities=["jyvaskyla", "kouvola"])
    assert {region.slug for region in association_regions(association)} == {
        "kymenlaakso",
        "keski-suomi",
    }


def test_the_names_stay_when_the_account_and_the_item_are_gone(entry):
    entry.actor.delete()
    entry.target.delete()
    entry = AuditEntry.objects.get()
    assert entry.actor is None and entry.target is None
    assert (entry.actor_name, entry.target_repr) == ("Aino Anttila", "Kotkan Kuoro")


def test_an_entry_without_an_actor_or_a_target_is_the_service_speaking():
    entry = record(
        actor=None, action="stale_reminder_sent", target=None, regions=Region.objects.none()
    )
    assert (entry.actor, entry.actor_name, entry.target_repr) == (None, "", "")


def test_an_unknown_action_is_refused():
    with pytest.raises(ValueError):
        record(actor=None, action="deleted_everything", target=None, regions=[])


def test_every_action_has_a_translated_label():
    from django.utils import translation

    with translation.override("fi"):
        labels = {action: str(action.label) for action in AuditAction}
    with translation.override("en"):
        english = {action: str(action.label) for action in AuditAction}
    assert all(labels[action] != english[action] for action in AuditAction)


@pytest.mark.parametrize(
    "change",
    [
        lambda entry: entry.save(),
        lambda entry: entry.delete(),
        lambda entry: AuditEntry.objects.filter(pk=entry.pk).update(reason="muutettu"),
        lambda entry: AuditEntry.objects.filter(pk=entry.pk).delete(),
    ],
    ids=["save", "delete", "queryset update", "queryset delete"],
)
def test_an_entry_cannot_be_changed_or_deleted(entry, change):
    entry.reason = "muutettu"
    with pytest.raises(AuditLogImmutable):
        change(entry)
    assert AuditEntry.objects.get().reason == "Ilmoitus on vanhentunut."


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_the_admin_lists_and_shows_entries(admin_client, entry):
    response = admin_client.get(reverse("admin:portal_auditentry_changelist"))
    assert response.status_code == 200
    assert "Kotkan Kuoro" in response.content.decode()
    assert (
        admin_client.get(reverse("admin:portal_auditentry_change", args=[entry.pk])).status_code
        == 200
    )


def test_the_admin_refuses_to_add_change_or_delete(admin_client, entry):
    assert admin_client.get(reverse("admin:portal_auditentry_add")).status_code == 403
    change = reverse("admin:portal_auditentry_change", args=[entry.pk])
    assert admin_client.post(change, {"reason": "muutettu"}).status_code == 403
    delete = reverse("admin:portal_auditentry_delete", args=[entry.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 403
    bulk = admin_client.post(
        reverse("admin:portal_auditentry_changelist"),
        {"action": "delete_selected", "_selected_action": [entry.pk], "post": "yes"},
    )
    assert bulk.status_code in (200, 302)
    assert AuditEntry.objects.get().reason == "Ilmoitus on vanhentunut."


def test_staff_with_every_model_permission_still_only_read(client, entry):
    staff = UserFactory(is_staff=True)
    staff.user_permissions.set(Permission.objects.filter(content_type__model="auditentry"))
    client.force_login(staff)
    assert client.get(reverse("admin:portal_auditentry_add")).status_code == 403
    change = reverse("admin:portal_auditentry_change", args=[entry.pk])
    assert client.post(change, {"reason": "muutettu"}).status_code == 403
    assert AuditEntry.objects.count() == 1
