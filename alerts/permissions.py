"""Who may do what with alerts: each is its owner's alone."""

from django.http import Http404

from .models import Alert


def get_own_alert_for(request, pk) -> Alert:
    """An alert of the person asking; anyone else's is a 404 (also for an anonymous caller)."""
    if not request.user.is_authenticated:
        raise Http404
    try:
        return Alert.objects.of(request.user).get(pk=pk)
    except Alert.DoesNotExist:
        raise Http404 from None
