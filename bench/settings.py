"""Settings of the server the load test starts: the portal's own, plus a choice of cache and
the timing middleware. Used only by bench/run.py (with BENCH=1, which installs the bench app).

BENCH_CACHE chooses the shared cache: "db" (the database table), "redis" (needs REDIS_URL) or
"off" (DummyCache: nothing is cached, every request is a first visit).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from portal.settings import *  # noqa: F403
from portal.settings import MIDDLEWARE, env_bool

from .timing import cache_setting

if not env_bool("BENCH"):
    raise ImproperlyConfigured("bench.settings are for the load test only: set BENCH=1.")

CACHES = cache_setting(os.environ.get("BENCH_CACHE", "db"), os.environ.get("REDIS_URL", ""))
# First, so that its total covers every other middleware too.
MIDDLEWARE = ["bench.timing.ServerTimingMiddleware", *MIDDLEWARE]
