"""The benchmark's results (bench/.results/latest.json) as markdown, ready to paste into
docs/performance.md: a line on the conditions, then one row per page and state of the page cache.

    .venv/bin/python bench/report.py [bench/.results/latest.json]
"""

import json
import os
import statistics
import sys
from pathlib import Path

COLUMNS = [
    "page",
    "cache",
    "queries",
    "queries, first view",
    "ms in-process",
    "ms, first view",
    "req/s",
    "p50 ms",
    "p99 ms",
    "CPU ms/req",
    "% of static",
    "other ms/s",
    "errors",
]


def number(value, digits=0):
    return "" if value is None else f"{value:,.{digits}f}"


def conditions(results):
    settings = results["settings"]
    load = results["load_average"]
    others = [run["other_ms_per_s"] for runs in results["runs"].values() for run in runs.values()] or [0]
    weight = results.get("weight")
    lines = [
        f"{results['articles']:,} articles; wrk -t2 -c{settings['connections']} -d{settings['duration']}s; "
        f"gunicorn {settings['workers']} workers; {os.cpu_count()} cores. Load average (1, 5, 15 min) "
        f"{' / '.join(map(str, load['start']))} at the start, {' / '.join(map(str, load.get('end', [])))} "
        f"at the end (the benchmark's own load included). Other: median {statistics.median(others):.0f}, "
        f"highest {max(others):.0f} ms/s of processor time used by the rest of the machine during a run."
    ]
    if weight:
        lines.append(
            f"Home page HTML + CSS + JS: {weight['html_css_js_bytes'] / 1024:.1f} KB "
            f"({weight['with_gzip_assets_bytes'] / 1024:.1f} KB with gzipped CSS/JS)."
        )
    return "\n".join(lines)


def row(name, label, run, measured, ceiling):
    measured = measured or {}
    share = 100 * run["rps"] / ceiling if ceiling else None
    return [
        name,
        label.removeprefix("cache "),
        number(measured.get("queries")),
        number(measured.get("first_view_queries")),
        number(measured.get("ms"), 1),
        number(measured.get("first_view_ms"), 1),
        number(run["rps"]),
        number(run["p50"], 1),
        number(run["p99"], 1),
        number(run["cpu_ms_per_request"], 2),
        "" if share is None else f"{share:.0f}%",
        number(run["other_ms_per_s"]),
        number(run["errors"] + run["socket_errors"]),
    ]


def markdown_table(results):
    lines = [conditions(results), "", "| " + " | ".join(COLUMNS) + " |", "|---" * len(COLUMNS) + "|"]
    for label, runs in results["runs"].items():
        ceiling = runs.get("static file", {}).get("rps")  # not measured with --only
        in_process = results.get("in_process", {}).get(label, {})
        for name, run in runs.items():
            cells = row(name, label, run, in_process.get(name), ceiling)
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / ".results" / "latest.json")
    print(markdown_table(json.loads(path.read_text())))
