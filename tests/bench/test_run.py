"""The runner's pure parts (bench/run.py), without starting gunicorn or wrk."""

from pathlib import Path

import pytest

from bench import run
from bench.timing import QueryTimer, cache_setting, server_timing

LOGINS = {
    "cookie": "sessionid",
    "sessions": {"person": "p1", "staff": "s1", "coordinator": "c1"},
    "card": "bench-kerho-1",
    "opportunity": "bench-apu-2",
    "staff_card": "bench-seura-3",
    "staff_opportunity": "bench-talkoot-4",
}


def test_percent_of_the_trivial_view():
    assert run.percent_of(600, 2400) == "25.0 %"
    assert run.percent_of(600, None) == "–"
    assert run.mean_rps([{"rps": 2000.0}, {"rps": 3000.0}, {"status": 500}]) == 2500.0


def test_public_pages_are_measured_anonymously_and_logged_in_others_only_logged_in():
    pages = [run.resolve(page, LOGINS) for page in run.PAGES]

    visits = run.visits(pages, LOGINS)

    modes = {(page.path, mode): cookie for page, mode, cookie in visits}
    assert modes[("/", run.ANONYMOUS)] is None
    assert modes[("/", run.LOGGED_IN)] == "sessionid=p1"
    assert ("/me/", run.ANONYMOUS) not in modes
    assert modes[("/me/suggestions/", run.LOGGED_IN)] == "sessionid=p1"
    assert ("/me/suggestions/", run.ANONYMOUS) not in modes
    assert modes[("/manage/", run.LOGGED_IN)] == "sessionid=s1"
    assert modes[("/coordinate/", run.LOGGED_IN)] == "sessionid=c1"
    people = "/manage/bench-seura-3/opportunities/bench-talkoot-4/people/"
    assert modes[(people, run.LOGGED_IN)] == "sessionid=s1"
    assert ("/opportunities/bench-apu-2/", run.LOGGED_IN) in modes


def test_a_page_without_its_account_is_measured_anonymously_only():
    visits = run.visits([run.Page("home", "/"), run.Page("me", "/me/", login="person")], {})

    assert [(page.path, mode) for page, mode, _ in visits] == [("/", run.ANONYMOUS)]


def test_the_session_cookie_goes_to_wrk_as_a_header():
    args = run.parse_args(["--connections", "10", "--duration", "3s"])

    command = run.wrk_command(args, Path("r.lua"), "http://127.0.0.1:1/me/", "sessionid=abc")
    anonymous = run.wrk_command(args, Path("r.lua"), "http://127.0.0.1:1/", None)

    assert command[-3:] == ["-H", "Cookie: sessionid=abc", "http://127.0.0.1:1/me/"]
    assert "-H" not in anonymous
    assert run.cookie_header("sessionid", None) is None


def test_caches_to_run_with():
    assert run.chosen_caches(run.parse_args(["--both-caches"]), "redis://x") == ["db", "redis"]
    assert run.chosen_caches(run.parse_args(["--both-caches"]), "") == ["db"]
    assert run.chosen_caches(run.parse_args(["--cache", "off"]), "") == ["off"]
    with pytest.raises(ValueError, match="REDIS_URL"):
        run.chosen_caches(run.parse_args(["--cache", "redis"]), "")


def test_the_cache_settings():
    assert cache_setting("off")["default"]["BACKEND"].endswith("DummyCache")
    assert cache_setting("db")["default"]["LOCATION"] == "portal_cache"
    assert cache_setting("redis", "redis://h:6379/1")["default"]["LOCATION"] == "redis://h:6379/1"
    with pytest.raises(ValueError):
        cache_setting("redis")


def test_the_server_timing_header_reads_back():
    timer = QueryTimer()
    timer.count, timer.seconds = 7, 0.012

    parsed = run.parse_server_timing(server_timing(0.050, timer))

    assert parsed == {"total_ms": 50.0, "sql_ms": 12.0, "queries": 7, "python_ms": 38.0}
    assert run.parse_server_timing("") == {}


def test_the_table_is_markdown_with_a_row_per_page_and_mode():
    wrk = {"requests": 3000, "duration_us": 3_000_000, "bytes": 1, "p50_us": 4000}
    wrk |= {"p95_us": 9000, "p99_us": 12000, "max_us": 20000}
    wrk |= {f"errors_{kind}": 0 for kind in ("connect", "read", "write", "timeout")}
    row = {"label": "home", "path": "/", "mode": run.LOGGED_IN, "status": 200, "bytes": 30720}
    row |= {"queries": 9, "sql_ms": 4.0, "python_ms": 19.0}
    row |= run.wrk_result({**wrk, "errors_status": 2})
    failed = {"label": "me", "path": "/me/", "mode": run.LOGGED_IN, "status": 500, "bytes": 10}

    rows = [run.table_row(row, 2000.0), run.table_row(failed, 2000.0)]
    table = run.markdown_table(run.COLUMNS, rows).splitlines()

    assert table[0].startswith("| page | mode | req/s | % of trivial | p50 ms | p95 ms | p99 ms")
    assert table[1].startswith("| --- | --- | ---: |")
    assert table[2] == (
        "| home `/` (2 non-2xx) | logged in | 1,000 | 50.0 % | 4.0 | 9.0 | 12.0 | 9 | 4.0 "
        "| 19.0 | 30.0 |"
    )
    assert table[3].startswith("| me `/me/` | logged in | HTTP 500 | – |")
    assert all(line.count("|") == len(run.COLUMNS) + 1 for line in table)


def test_the_timing_middleware_answers_only_when_asked(client, settings):
    settings.MIDDLEWARE = ["bench.timing.ServerTimingMiddleware", *settings.MIDDLEWARE]
    settings.ROOT_URLCONF = "bench.urls"

    plain = client.get("/bench/trivial")
    timed = client.get("/bench/trivial", headers={"X-Bench-Timing": "1"})

    assert "Server-Timing" not in plain
    timing = run.parse_server_timing(timed["Server-Timing"])
    assert timing["queries"] == 0
    assert timing["total_ms"] >= timing["sql_ms"] >= 0
