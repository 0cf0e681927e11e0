"""Load test of the public pages: gunicorn + PostgreSQL + wrk, compared with a trivial view.

    .venv/bin/python bench/run.py [--associations 20000] [--duration 10s]

See bench/README.md. Everything runs on 127.0.0.1; the results go to bench/results/latest.txt.
"""

import argparse
import contextlib
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
TRIVIAL = ("trivial view", "/bench/trivial")
# (label, path); {card} is replaced by the slug of a published generated card.
PAGES = [
    ("home", "/"),
    ("list, one region", "/associations/?region=kymenlaakso"),
    ("list, search", "/associations/?q=nuorille"),
    ("association card", "/associations/{card}/"),
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

# Counts the queries of one request (after a warm-up request), with the server's settings.
QUERY_COUNT_SNIPPET = """
import json, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
result = {}
for path in sys.argv[1:]:
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    result[path] = {
        "status": response.status_code,
        "queries": len(queries.captured_queries),
        "sql_ms": 1000 * sum(float(query["time"]) for query in queries.captured_queries),
        "sql": [(float(query["time"]) * 1000, query["sql"]) for query in queries.captured_queries],
    }
print(json.dumps(result))
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

    database_url = os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    if urlsplit(database_url).scheme not in ("postgres", "postgresql"):
        print(f"DATABASE_URL must point to PostgreSQL, not {database_url!r}.", file=sys.stderr)
        return 2
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        "BENCH": "1",
        "PUBLIC_PAGE_CACHE_SECONDS": str(args.cache_seconds),
        "FACET_COUNT_CACHE_SECONDS": str(args.count_cache_seconds),
    }

    step(f"Database {redact(database_url)}")
    create_database_if_missing(database_url)
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "createcachetable", "--verbosity", "0")  # when the cache is a database table
    manage(env, "compiletranslations", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    cards = count_generated_cards(database_url)
    if cards == args.associations:
        step(f"{cards} generated cards already there: not seeding again")
    else:
        step(f"Seeding {args.associations} cards (found {cards})")
        manage(
            env,
            "generate_bench_data",
            "--associations",
            str(args.associations),
            "--seed",
            str(args.seed),
            "--clear",
        )
    card = published_card_slug(database_url)
    pages = [(label, path.replace("{card}", card or "no-card")) for label, path in args.pages]

    step("Counting queries per request")
    # Always counted without the page cache: what a request costs when the cache cannot help.
    queries = count_queries(
        {**env, "PUBLIC_PAGE_CACHE_SECONDS": "0", "FACET_COUNT_CACHE_SECONDS": "0"},
        [TRIVIAL[1], *(path for _, path in pages)],
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    write_query_log(RESULTS / "queries.txt", queries)

    port = free_port()
    log_path = RESULTS / "gunicorn.log"
    step(f"Starting gunicorn on 127.0.0.1:{port} with {args.workers} sync workers")
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
            rows = []
            trivial_runs = []
            for label, path in [TRIVIAL, *pages, TRIVIAL]:
                status, size = fetch(port, path)
                row = {"label": label, "path": path, "status": status, "bytes": size}
                row["queries"] = queries.get(path, {}).get("queries")
                row["sql_ms"] = queries.get(path, {}).get("sql_ms")
                if status != 200:
                    step(f"{path}: HTTP {status}, not measured")
                    rows.append(row)
                    continue
                warm_up(port, path)
                step(f"wrk {path}")
                row.update(run_wrk(args, script, f"http://127.0.0.1:{port}{path}"))
                drain(port)
                if path == TRIVIAL[1]:
                    trivial_runs.append(row)
                else:
                    rows.append(row)
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()

    report = format_report(args, database_url, cards_in_db(database_url), rows, trivial_runs)
    print()
    print(report)
    (RESULTS / "latest.txt").write_text(report + "\n")
    print(f"\nWritten to {(RESULTS / 'latest.txt').relative_to(ROOT)}")
    return 0


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


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--associations", type=int, default=20000, help="cards (default 20000)")
    parser.add_argument("--seed", type=int, default=1, help="seed for the generated cards")
    parser.add_argument("--duration", default="10s", help="wrk duration per page (default 10s)")
    parser.add_argument(
        "--timeout", default="30s", help="wrk: a slower response counts as a timeout (30s)"
    )
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--connections", type=int, default=10, help="wrk connections (10)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument(
        "--cache-seconds",
        type=int,
        default=60,
        help="PUBLIC_PAGE_CACHE_SECONDS of the server (default 60, as deployed; 0 = no page cache)",
    )
    parser.add_argument(
        "--count-cache-seconds",
        type=int,
        default=60,
        help="FACET_COUNT_CACHE_SECONDS of the server (default 60, as deployed; 0 = count always)",
    )
    parser.add_argument(
        "--page",
        dest="pages",
        action="append",
        metavar="PATH",
        help="measure this path instead of the default pages (repeatable); "
        "{card} is replaced by a published card's slug",
    )
    args = parser.parse_args()
    args.pages = [(path, path) for path in args.pages] if args.pages else PAGES
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


# The cards generate_bench_data made (its --clear deletes the same ones).
GENERATED = "slug LIKE %s AND contact_email LIKE %s"
GENERATED_PARAMS = ["bench-%", "%@bench.example.invalid"]


def count_generated_cards(database_url: str) -> int:
    with connect(database_url) as connection:
        query = f"SELECT count(*) FROM associations_association WHERE {GENERATED}"
        return connection.execute(query, GENERATED_PARAMS).fetchone()[0]


def cards_in_db(database_url: str) -> int:
    with connect(database_url) as connection:
        return connection.execute("SELECT count(*) FROM associations_association").fetchone()[0]


def published_card_slug(database_url: str) -> str | None:
    """A published generated card from the middle of the table: a typical one."""
    with connect(database_url) as connection:
        row = connection.execute(
            f"SELECT slug FROM associations_association WHERE status = 'published' "
            f"AND {GENERATED} ORDER BY id OFFSET (SELECT count(*) / 2 FROM "
            f"associations_association WHERE status = 'published' AND {GENERATED}) LIMIT 1",
            GENERATED_PARAMS * 2,
        ).fetchone()
    return row[0] if row else None


def count_queries(env: dict, paths: list[str]) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", QUERY_COUNT_SNIPPET, *paths],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def write_query_log(path: Path, queries: dict) -> None:
    """Every query of each page with its time (one request, not under load), slowest first."""
    lines = []
    for page, data in queries.items():
        lines.append(f"== {page}: {data['queries']} queries, {data['sql_ms']:.1f} ms")
        for milliseconds, sql in sorted(data["sql"], reverse=True):
            lines.append(f"{milliseconds:8.1f} ms  {sql}")
        lines.append("")
    path.write_text("\n".join(lines))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port: int, path: str, timeout: float = 120) -> tuple[int, int]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, len(response.read())
    finally:
        connection.close()


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


def warm_up(port: int, path: str, requests: int = 20) -> None:
    """Let every worker load its templates and open its database connection."""
    for _ in range(requests):
        fetch(port, path)


def run_wrk(args, script: Path, url: str) -> dict:
    command = [
        "wrk",
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{args.duration}",
        f"--timeout={args.timeout}",
        "--latency",
        "-s",
        str(script),
        url,
    ]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH_RESULT "))
    data = json.loads(line.removeprefix("BENCH_RESULT "))
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


def format_report(args, database_url, total_cards, rows, trivial_runs) -> str:
    trivial_rps = (
        sum(run["rps"] for run in trivial_runs) / len(trivial_runs) if trivial_runs else None
    )
    lines = [
        f"Yhdistysinfo load test, {datetime.datetime.now():%Y-%m-%d %H:%M}",
        f"Machine:  {machine()}, load average {os.getloadavg()[0]:.1f} at the end",
        f"Code:     {git_revision()}",
        f"Database: PostgreSQL {redact(database_url)}, {total_cards} association cards",
        f"Server:   gunicorn, {args.workers} sync workers, DEBUG off, page cache "
        + (f"{args.cache_seconds} s for visitors without cookies" if args.cache_seconds else "off")
        + ", filter counts cache "
        + (f"{args.count_cache_seconds} s" if args.count_cache_seconds else "off"),
        f"wrk:      -t{args.threads} -c{args.connections} -d{args.duration} --timeout {args.timeout}",
    ]
    if trivial_runs:
        runs = ", ".join(f"{run['rps']:,.0f}" for run in trivial_runs)
        lines.append(
            f"Trivial view (HttpResponse('ok')): {runs} req/s at start and end; "
            f"ratios use their mean {trivial_rps:,.0f}"
        )
    lines.append("")
    header = ["page", "req/s", "p50 ms", "p95 ms", "queries", "SQL ms", "HTML bytes", "vs trivial"]
    table = []
    for row in [*trivial_runs[:1], *rows]:
        if "rps" not in row:
            cells = [row["path"], f"HTTP {row['status']}", "–", "–"]
            table.append([*cells, fmt(row["queries"]), fmt_ms(row["sql_ms"]), "–", "–"])
            continue
        ratio = f"{row['rps'] / trivial_rps:.1%}" if trivial_rps else "–"
        if row["path"] == TRIVIAL[1]:
            rps, ratio = trivial_rps, "100%"
        else:
            rps = row["rps"]
        cells = [
            row["path"],
            f"{rps:,.0f}" if rps >= 10 else f"{rps:.1f}",
            f"{row['p50']:.1f}",
            f"{row['p95']:.1f}",
            fmt(row["queries"]),
            fmt_ms(row["sql_ms"]),
            f"{row['bytes']:,}",
            ratio,
        ]
        if row["errors"]:
            names = {"status": "non-2xx", "timeout": "timeouts"}
            cells[0] += (
                " ("
                + ", ".join(
                    f"{count} {names.get(kind, kind + ' errors')}"
                    for kind, count in row["errors"].items()
                )
                + ")"
            )
        if not row["requests"]:
            cells[1:4] = ["0", "–", "–"]
        table.append(cells)
    widths = [max(len(str(line[i])) for line in [header, *table]) for i in range(len(header))]
    for index, cells in enumerate([header, *table]):
        lines.append(
            "  ".join(
                cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i])
                for i, cell in enumerate(cells)
            ).rstrip()
        )
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    lines += [
        "",
        "p50/p95: latency under load (wrk). queries, SQL ms: one request on its own, measured with",
        "Django's test client and CaptureQueriesContext (each query: results/queries.txt).",
        "Pages: " + "; ".join(f"{row['path']} = {row['label']}" for row in rows),
    ]
    return "\n".join(lines)


def fmt(value) -> str:
    return "?" if value is None else str(value)


def fmt_ms(value) -> str:
    return "?" if value is None else f"{value:.1f}"


if __name__ == "__main__":
    sys.exit(main())
