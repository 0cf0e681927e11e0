"""The benchmark's URLs: the portal's own, plus a trivial view that pages are compared with.
Used only when the settings are loaded with BENCH=1 (bench/run.py); never in production."""

from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def trivial(request):
    return HttpResponse("ok")


urlpatterns = [path("bench/trivial", trivial, name="bench-trivial"), *portal_urlpatterns]
