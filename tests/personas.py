"""The people who use an association card, by their role towards it (STYLE §8).

`make_persona(name, association)` creates the user for that role (None for anonymous), so a
test can build the persona for a draft, hidden or published card alike. The fixtures in
`tests/associations/conftest.py` give the same personas for the default `association`.
"""

from accounts.models import RegionCoordinator
from core.models import Region
from tests.factories import AssociationFactory, MembershipFactory, UserFactory

# Who sees everything of the association, and who sees only what the public sees.
STAFF_AND_COORDINATORS = ["editor", "owner", "coordinator", "superuser"]
NO_ROLE = ["anonymous", "outsider", "other_staff", "other_coordinator"]
PERSONAS = NO_ROLE + STAFF_AND_COORDINATORS

# A region that none of the test associations is active in.
OTHER_REGION = "uusimaa"


def make_persona(name, association):
    """A user with the named role towards `association`; None for "anonymous"."""
    if name == "anonymous":
        return None
    if name == "outsider":
        return UserFactory()
    if name == "other_staff":
        other = AssociationFactory(municipality="kotka")
        return MembershipFactory(association=other, owner=True).user
    if name == "editor":
        return MembershipFactory(association=association).user
    if name == "owner":
        return MembershipFactory(association=association, owner=True).user
    if name == "coordinator":
        return _coordinator(association.home_municipality.region)
    if name == "other_coordinator":
        return _coordinator(Region.objects.get(slug=OTHER_REGION))
    if name == "superuser":
        return UserFactory(is_superuser=True, is_staff=True)
    raise ValueError(f"Unknown persona: {name}")


def log_in(client, user):
    """Log the client in as `user`, or leave it anonymous for None."""
    if user is not None:
        client.force_login(user)
    return client


def _coordinator(region):
    user = UserFactory()
    RegionCoordinator.objects.create(user=user, region=region)
    return user


# What each persona with a role may do in an association, whatever the status of its card:
# the rules of associations/permissions.py written out, so that changing a rule there means
# changing this table too. A persona without a role may only see what is public.
PERSONA_CAPABILITIES = {
    "owner": {"see", "edit", "manage_staff", "see_history"},
    "editor": {"see", "edit"},
    "coordinator": {"see", "moderate", "see_history"},
    "superuser": {"see", "edit", "manage_staff", "moderate", "see_history"},
}


def expected_capabilities(persona, *, is_public: bool) -> set[str]:
    """The capabilities `persona` has towards an association's card or opportunity."""
    if persona in NO_ROLE:
        return {"see"} if is_public else set()
    return PERSONA_CAPABILITIES[persona]
