"""Load test of the main pages, anonymous and logged in: gunicorn + PostgreSQL + wrk, compared
with a trivial view in the same run.

    .venv/bin/python bench/run.py [--associations 20000] [--opportunities 100000]
                                  [--cache db|redis|off | --both-caches] [--duration 10s]

See bench/README.md. Everything runs on 127.0.0.1; the tables go to bench/results/latest.md.
"""

import argparse
import contextlib
import dataclasses
import datetime
import http.client
import json
import os
import platform
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/yhdistysinfo_bench"
ANONYMOUS = "anonymous"
LOGGED_IN = "logged in"


@dataclasses.dataclass(frozen=True)
class Page:
    label: str
    path: str  # {card}, {opportunity}, {staff_card}, {staff_opportunity}: generated slugs
    login: str | None = None  # only logged in, as this bench account
    # Whose session a logged-in visit of a public page uses.
    visitor: str = "person"


TRIVIAL = Page("trivial view", "/bench/trivial")
PAGES = [
    Page("home", "/"),
    Page("associations, a region", "/associations/?region=kymenlaakso"),
    Page("associations, broad search", "/associations/?q=nuorille"),
    Page(
        "associations, several filters",
        "/associations/?region=uusimaa&category=sports-outdoors&target_group=youth&evening=on",
    ),
    Page("association card", "/associations/{card}/"),
    Page("opportunities", "/opportunities/"),
    Page("opportunities, a region", "/opportunities/?region=kymenlaakso"),
    Page("opportunities, broad search", "/opportunities/?q=nuorille"),
    Page(
        "opportunities, several filters", "/opportunities/?type=volunteer&evening=on&region=uusimaa"
    ),
    Page("opportunity", "/opportunities/{opportunity}/"),
    Page("my page", "/me/", login="person"),
    Page("suggestions", "/me/suggestions/", login="person"),
    Page("workspace", "/manage/", login="staff"),
    Page(
        "people of an opportunity",
        "/manage/{staff_card}/opportunities/{staff_opportunity}/people/",
        login="staff",
    ),
    Page("coordinator", "/coordinate/", login="coordinator"),
    Page("coordinator statistics", "/coordinate/statistics/", login="coordinator"),
]

# Prints wrk's summary as one JSON line; wrk's own --latency table has no 95th percentile.
WRK_SCRIPT = r"""
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, ' ..
    '"p95_us": %d, "p99_us": %d, "max_us": %d, "errors_connect": %d, "errors_read": %d, ' ..
    '"errors_write": %d, "errors_status": %d, "errors_timeout": %d}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50),
    latency:percentile(95), latency:percentile(99), latency.max, e.connect, e.read,
    e.write, e.status, e.timeout))
end
"""


def main() -> int:
    ensure_venv()
    args = parse_args()
    if shutil.which("wrk") is None:
        print("wrk is not installed. Install it with:  sudo apt-get install wrk", file=sys.stderr)
        return 2
    gunicorn = Path(sys.executable).with_name("gunicorn")
    if not gunicorn.exists():
        print(f"gunicorn not found next to {sys.executable}: pip install -e .", file=sys.stderr)
        return 2
    try:
        caches = chosen_caches(args, os.environ.get("REDIS_URL", ""))
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2

    database_url = os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    if urlsplit(database_url).scheme not in ("postgres", "postgresql"):
        print(f"DATABASE_URL must point to PostgreSQL, not {database_url!r}.", file=sys.stderr)
        return 2
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        "BENCH": "1",
        "BENCH_CACHE": "db",
        "PUBLIC_PAGE_CACHE_SECONDS": str(args.cache_seconds),
        "FACET_COUNT_CACHE_SECONDS": str(args.count_cache_seconds),
    }

    step(f"Database {redact(database_url)}")
    create_database_if_missing(database_url)
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "createcachetable", "--verbosity", "0")  # the "db" cache
    manage(env, "compiletranslations", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    cards, opportunities = count_generated(database_url)
    if (cards, opportunities) == (args.associations, args.opportunities):
        step(f"{cards} cards and {opportunities} opportunities already there: not seeding again")
    else:
        step(
            f"Seeding {args.associations} cards and {args.opportunities} opportunities "
            f"(found {cards} and {opportunities})"
        )
        manage(
            env,
            "generate_bench_data",
            "--associations",
            str(args.associations),
            "--opportunities",
            str(args.opportunities),
            "--seed",
            str(args.seed),
            "--clear",
            "--verbosity",
            "2",
        )
    logins = bench_logins(env)
    pages = [resolve(page, logins) for page in args.pages]

    RESULTS.mkdir(parents=True, exist_ok=True)
    reports = []
    for cache in caches:
        rows, trivial_runs = measure(args, {**env, "BENCH_CACHE": cache}, gunicorn, pages, logins)
        report = format_report(args, cache, database_url, rows, trivial_runs)
        print()
        print(report, flush=True)
        reports.append(report)
    (RESULTS / "latest.md").write_text("\n\n".join(reports) + "\n")
    print(f"\nWritten to {(RESULTS / 'latest.md').relative_to(ROOT)}")
    return 0


def chosen_caches(args, redis_url: str) -> list[str]:
    """The caches to run with, one server each: --cache, or db and redis with --both-caches
    (redis only when REDIS_URL is set)."""
    if args.both_caches:
        return ["db", "redis"] if redis_url else ["db"]
    if args.cache == "redis" and not redis_url:
        raise ValueError("--cache redis needs REDIS_URL (for example redis://127.0.0.1:6379/5).")
    return [args.cache]


def resolve(page: Page, logins: dict) -> Page:
    """The page with the generated slugs in its path."""
    path = page.path
    for name in ("card", "opportunity", "staff_card", "staff_opportunity"):
        path = path.replace("{" + name + "}", logins.get(name) or f"no-{name}")
    return dataclasses.replace(page, path=path)


def cookie_header(cookie_name: str, session_key: str | None) -> str | None:
    """The Cookie header of a logged-in visit; None for an anonymous one."""
    return f"{cookie_name}={session_key}" if session_key else None


def visits(pages: list[Page], logins: dict) -> list[tuple[Page, str, str | None]]:
    """(page, mode, Cookie header) of each measurement: public pages anonymously and logged in
    (as their visitor), pages that need a log-in only logged in (as their account)."""
    sessions, name = logins.get("sessions", {}), logins.get("cookie", "sessionid")
    result = []
    for page in pages:
        if page.login is None:
            result.append((page, ANONYMOUS, None))
        session = sessions.get(page.login or page.visitor)
        if session:
            result.append((page, LOGGED_IN, cookie_header(name, session)))
    return result


def measure(args, env: dict, gunicorn: Path, pages: list[Page], logins: dict):
    port = free_port()
    log_path = RESULTS / f"gunicorn-{env['BENCH_CACHE']}.log"
    step(
        f"Starting gunicorn on 127.0.0.1:{port} with {args.workers} sync workers, "
        f"cache {env['BENCH_CACHE']}"
    )
    rows, trivial_runs = [], []
    with log_path.open("w") as log, tempfile.TemporaryDirectory() as tmp:
        server = subprocess.Popen(
            [
                str(gunicorn),
                "portal.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(args.workers),
                "--worker-class",
                "sync",
                "--no-control-socket",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_up(port, server, log_path)
            script = Path(tmp) / "report.lua"
            script.write_text(WRK_SCRIPT)
            trivial = (TRIVIAL, ANONYMOUS, None)
            for page, mode, cookie in [trivial, *visits(pages, logins), trivial]:
                row = measure_page(args, script, port, page, mode, cookie)
                (trivial_runs if page is TRIVIAL else rows).append(row)
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
    return rows, trivial_runs


def measure_page(args, script: Path, port: int, page: Page, mode: str, cookie) -> dict:
    row = {"label": page.label, "path": page.path, "mode": mode}
    status, size, _timing = fetch(port, page.path, cookie=cookie)
    row.update(status=status, bytes=size)
    if status != 200:
        step(f"{page.path} ({mode}): HTTP {status}, not measured")
        return row
    warm_up(port, page.path, cookie)
    # One request on its own, measured in the server (bench/timing.py), after the warm-up: as
    # the requests under load find the caches.
    row.update(fetch(port, page.path, cookie=cookie, timing=True)[2])
    step(f"wrk {page.path} ({mode})")
    row.update(run_wrk(args, script, f"http://127.0.0.1:{port}{page.path}", cookie))
    drain(port)
    return row


def bench_logins(env: dict) -> dict:
    """Sessions of the bench's accounts and the generated slugs (`manage.py bench_sessions`)."""
    output = subprocess.run(
        [sys.executable, "manage.py", "bench_sessions"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def ensure_venv() -> None:
    """Run under the project's virtual environment even when started with another Python."""
    try:
        import django  # noqa: F401
        import psycopg  # noqa: F401
    except ImportError:
        venv_python = ROOT / ".venv" / "bin" / "python"
        if venv_python.exists() and Path(sys.executable) != venv_python:
            os.execv(venv_python, [str(venv_python), *sys.argv])
        sys.exit("Django is not installed here: run `make test` once, or `pip install -e .`.")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--associations", type=int, default=20000, help="cards (default 20000)")
    parser.add_argument(
        "--opportunities", type=int, default=100000, help="opportunities (default 100000)"
    )
    parser.add_argument("--seed", type=int, default=1, help="seed for the generated data")
    parser.add_argument("--duration", default="10s", help="wrk duration per page (default 10s)")
    parser.add_argument(
        "--timeout", default="30s", help="wrk: a slower response counts as a timeout (30s)"
    )
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--connections", type=int, default=10, help="wrk connections (10)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    caches = parser.add_mutually_exclusive_group()
    caches.add_argument(
        "--cache",
        choices=["db", "redis", "off"],
        default="db",
        help="the shared cache: the database table (default), Redis at REDIS_URL, or off "
        "(nothing cached: every request is a first visit)",
    )
    caches.add_argument(
        "--both-caches",
        action="store_true",
        help="run with the database cache, then with Redis when REDIS_URL is set",
    )
    parser.add_argument(
        "--cache-seconds",
        type=int,
        default=600,
        help="PUBLIC_PAGE_CACHE_SECONDS of the server (default 600, as deployed; 0 = no page cache)",
    )
    parser.add_argument(
        "--count-cache-seconds",
        type=int,
        default=600,
        help="FACET_COUNT_CACHE_SECONDS of the server (default 600, as deployed; 0 = count always)",
    )
    parser.add_argument(
        "--page",
        dest="pages",
        action="append",
        metavar="PATH",
        help="measure this path instead of the default pages (repeatable; anonymous and logged "
        "in); {card} and {opportunity} are replaced by generated slugs",
    )
    args = parser.parse_args(argv)
    args.pages = [Page(path, path) for path in args.pages] if args.pages else PAGES
    return args


def step(message: str) -> None:
    print(f"· {message}", flush=True)


def redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@")
    return url


def manage(env: dict, *arguments: str) -> None:
    subprocess.run([sys.executable, "manage.py", *arguments], cwd=ROOT, env=env, check=True)


def connect(database_url: str, **overrides):
    import psycopg

    return psycopg.connect(database_url, autocommit=True, **overrides)


def create_database_if_missing(database_url: str) -> None:
    from psycopg import sql

    name = urlsplit(database_url).path.lstrip("/")
    with connect(database_url, dbname="postgres") as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            step(f"Creating database {name}")
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


# The cards and opportunities generate_bench_data made (its --clear deletes the same ones).
GENERATED = "slug LIKE 'bench-%%' AND contact_email LIKE '%%@bench.example.invalid'"


def count_generated(database_url: str) -> tuple[int, int]:
    with connect(database_url) as connection:
        cards = connection.execute(
            f"SELECT count(*) FROM associations_association WHERE {GENERATED}"
        ).fetchone()[0]
        opportunities = connection.execute(
            f"SELECT count(*) FROM volunteering_opportunity WHERE {GENERATED}"
        ).fetchone()[0]
    return cards, opportunities


def totals(database_url: str) -> dict:
    tables = {
        "cards": "associations_association",
        "opportunities": "volunteering_opportunity",
        "sign-ups": "volunteering_signup",
    }
    with connect(database_url) as connection:
        return {
            name: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for name, table in tables.items()
        }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(
    port: int, path: str, *, cookie: str | None = None, timing: bool = False, timeout: float = 120
) -> tuple[int, int, dict]:
    """(status, body bytes, the server's timing when asked for) of one GET."""
    headers = {"Cookie": cookie} if cookie else {}
    if timing:
        headers["X-Bench-Timing"] = "1"
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        size = len(response.read())
        header = response.getheader("Server-Timing") or ""
        return response.status, size, parse_server_timing(header) if timing else {}
    finally:
        connection.close()


def parse_server_timing(header: str) -> dict:
    """{"total_ms", "sql_ms", "python_ms", "queries"} of the header bench/timing.py writes."""
    result = {}
    for part in filter(None, (part.strip() for part in header.split(","))):
        name, *fields = (field.strip() for field in part.split(";"))
        for field in fields:
            key, _, value = field.partition("=")
            if key == "dur":
                result[f"{name}_ms"] = float(value)
            elif key == "desc" and name == "sql":
                result["queries"] = int(value.strip('"').split()[0])
    return result


def wait_until_up(port: int, server: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn stopped at start:\n{log_path.read_text()[-3000:]}")
        with contextlib.suppress(OSError):
            if fetch(port, "/healthz")[0] == 200:
                return
        time.sleep(0.2)
    sys.exit(f"gunicorn did not answer within 60 s; see {log_path}")


def drain(port: int) -> None:
    """Wait until the requests still queued from wrk's last connections have been served."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        started = time.monotonic()
        with contextlib.suppress(OSError):
            fetch(port, "/healthz", timeout=300)
            if time.monotonic() - started < 0.5:
                return
        time.sleep(0.5)


def warm_up(port: int, path: str, cookie: str | None, requests: int = 20) -> None:
    """Let every worker load its templates and open its database connection."""
    for _ in range(requests):
        fetch(port, path, cookie=cookie)


def wrk_command(args, script: Path, url: str, cookie: str | None) -> list[str]:
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}"]
    command += [f"--timeout={args.timeout}", "--latency", "-s", str(script)]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    return [*command, url]


def run_wrk(args, script: Path, url: str, cookie: str | None) -> dict:
    command = wrk_command(args, script, url, cookie)
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH_RESULT "))
    return wrk_result(json.loads(line.removeprefix("BENCH_RESULT ")))


def wrk_result(data: dict) -> dict:
    errors = {
        kind: data[f"errors_{kind}"]
        for kind in ("connect", "read", "write", "status", "timeout")
        if data[f"errors_{kind}"]
    }
    return {
        "rps": data["requests"] / (data["duration_us"] / 1e6),
        "p50": data["p50_us"] / 1000,
        "p95": data["p95_us"] / 1000,
        "p99": data["p99_us"] / 1000,
        "requests": data["requests"],
        "errors": errors,
    }


def machine() -> str:
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} CPUs ({model}), {platform.system()} {platform.release()}"


def git_revision() -> str:
    try:
        revision = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return f"{revision}{' (with uncommitted changes)' if dirty else ''}" if revision else "unknown"


CACHE_NAMES = {
    "db": "database table (shared)",
    "redis": "Redis (shared)",
    "off": "off (DummyCache: nothing cached)",
}
COLUMNS = [
    "page",
    "mode",
    "req/s",
    "% of trivial",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "queries",
    "SQL ms",
    "Python ms",
    "HTML KB",
]


def format_report(args, cache, database_url, rows, trivial_runs) -> str:
    """One markdown table of a run: a header of the conditions, then a row per page and mode."""
    trivial_rps = mean_rps(trivial_runs)
    counts = totals(database_url)
    lines = [
        f"## Yhdistysinfo load test, cache: {cache}, {datetime.datetime.now():%Y-%m-%d %H:%M}",
        "",
        f"- Machine: {machine()}, load average {os.getloadavg()[0]:.1f} at the end",
        f"- Code: {git_revision()}",
        f"- Database: PostgreSQL {redact(database_url)}: "
        + ", ".join(f"{count:,} {name}" for name, count in counts.items()),
        f"- Server: gunicorn, {args.workers} sync workers, DEBUG off, cache "
        f"{CACHE_NAMES[cache]}, page cache "
        + (f"{args.cache_seconds} s for visitors without cookies" if args.cache_seconds else "off")
        + ", filter counts cache "
        + (f"{args.count_cache_seconds} s" if args.count_cache_seconds else "off"),
        f"- wrk: -t{args.threads} -c{args.connections} -d{args.duration} --timeout {args.timeout}",
    ]
    if trivial_runs:
        runs = ", ".join(f"{run['rps']:,.0f}" for run in trivial_runs if "rps" in run)
        lines.append(
            f"- Trivial view (HttpResponse('ok')): {runs} req/s at start and end; "
            f"percentages use their mean {trivial_rps or 0:,.0f}"
        )
    lines += ["", markdown_table(COLUMNS, [table_row(row, trivial_rps) for row in rows]), ""]
    lines.append(
        "req/s, p50/p95/p99: under load (wrk). queries, SQL ms, Python ms (the rest of the "
        "time in the server): one request on its own after the warm-up, measured in the server. "
        "Logged in: the bench person's session; /manage/ as the owner of a card, /coordinate/ "
        "as a regional coordinator."
    )
    return "\n".join(lines)


def mean_rps(runs: list[dict]) -> float | None:
    measured = [run["rps"] for run in runs if run.get("rps")]
    return sum(measured) / len(measured) if measured else None


def percent_of(rps: float | None, trivial_rps: float | None) -> str:
    if rps is None or not trivial_rps:
        return "–"
    return f"{100 * rps / trivial_rps:.1f} %"


def table_row(row: dict, trivial_rps: float | None) -> list[str]:
    page = f"{row['label']} `{row['path']}`"
    if "rps" not in row:
        return [page, row["mode"], f"HTTP {row['status']}", *["–"] * (len(COLUMNS) - 3)]
    if row["errors"]:
        names = {"status": "non-2xx", "timeout": "timeouts"}
        page += (
            " ("
            + ", ".join(
                f"{count} {names.get(kind, kind + ' errors')}"
                for kind, count in row["errors"].items()
            )
            + ")"
        )
    rps = row["rps"]
    measured = bool(row["requests"])
    return [
        page,
        row["mode"],
        (f"{rps:,.0f}" if rps >= 10 else f"{rps:.1f}") if measured else "0",
        percent_of(rps, trivial_rps),
        f"{row['p50']:.1f}" if measured else "–",
        f"{row['p95']:.1f}" if measured else "–",
        f"{row['p99']:.1f}" if measured else "–",
        fmt(row.get("queries")),
        fmt_ms(row.get("sql_ms")),
        fmt_ms(row.get("python_ms")),
        f"{row['bytes'] / 1024:.1f}",
    ]


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    def line(cells):
        return "| " + " | ".join(cells) + " |"

    align = ["---" if index < 2 else "---:" for index in range(len(header))]
    return "\n".join([line(header), line(align), *(line(row) for row in rows)])


def fmt(value) -> str:
    return "?" if value is None else str(value)


def fmt_ms(value) -> str:
    return "?" if value is None else f"{value:.1f}"


if __name__ == "__main__":
    sys.exit(main())
