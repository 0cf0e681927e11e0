"""What one request costs, measured in the server: the bench's Server-Timing header.

Only a request that sends `X-Bench-Timing: 1` is measured (bench/run.py sends one per page and
mode, beside the load; it reads the header with its `parse_server_timing`), so the load itself runs without the measuring. The answer carries
`Server-Timing: total;dur=…, sql;dur=…;desc="N queries", python;dur=…` (milliseconds; Python is
the total less the SQL). Installed only by bench/settings.py.
"""

import contextlib
import time

from django.db import connections

REQUEST_HEADER = "HTTP_X_BENCH_TIMING"
CACHE_BACKENDS = {
    "db": "django.core.cache.backends.db.DatabaseCache",
    "redis": "django.core.cache.backends.redis.RedisCache",
    "off": "django.core.cache.backends.dummy.DummyCache",
}


def cache_setting(name: str, redis_url: str = "") -> dict:
    """CACHES for the bench's choice of cache: "db", "redis" (at `redis_url`) or "off"."""
    if name not in CACHE_BACKENDS:
        raise ValueError(f"Unknown cache {name!r}: choose one of {', '.join(CACHE_BACKENDS)}.")
    if name == "redis" and not redis_url:
        raise ValueError("The redis cache needs REDIS_URL.")
    location = {"db": "portal_cache", "redis": redis_url}.get(name, "")
    return {"default": {"BACKEND": CACHE_BACKENDS[name], "LOCATION": location}}


class QueryTimer:
    """Counts the queries run through the wrapped connections and adds up their time."""

    def __init__(self):
        self.count = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.count += 1


def server_timing(total: float, timer: QueryTimer) -> str:
    sql_ms = timer.seconds * 1000
    total_ms = total * 1000
    return (
        f'total;dur={total_ms:.2f}, sql;dur={sql_ms:.2f};desc="{timer.count} queries", '
        f"python;dur={total_ms - sql_ms:.2f}"
    )


class ServerTimingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.META.get(REQUEST_HEADER) != "1":
            return self.get_response(request)
        timer = QueryTimer()
        started = time.perf_counter()
        with contextlib.ExitStack() as stack:
            for connection in connections.all():
                stack.enter_context(connection.execute_wrapper(timer))
            response = self.get_response(request)
        response["Server-Timing"] = server_timing(time.perf_counter() - started, timer)
        return response
