"""Does an app worker's memory grow as it serves? The evidence behind gunicorn's `max_requests`.

    .venv/bin/python bench/worker_memory.py [--articles 100000] [--rounds 6] [--duration 10]

Starts the production profile (one worker, page cache off, worker recycling off) on the benchmark's
seeded site (bench/run.py's database), then in each round runs wrk on every benchmarked page in turn,
the member page signed in, and prints the worker's resident memory and how many requests it has
served. A leak shows as memory that keeps climbing round after round; a worker that levels off after
its first rounds (templates compiled, fragments copied into the process) has none to speak of.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from environment import prepare, use_size
from run import fetch, wrk
from server import Server


def resident_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page per round")
    parser.add_argument("--articles", type=int, help="the seeded site's size (as bench/run.py's)")
    args = parser.parse_args()
    use_size(args.articles)

    seeded = prepare(measure=False)
    targets = [(url, None) for url in seeded["pages"].values()]
    targets += [(url, seeded["session"]) for url in seeded["member"].values()]
    server = Server(1, 0, GUNICORN_MAX_REQUESTS="0")
    try:
        (worker,) = server.worker_pids()
        for url, cookie in targets:
            fetch(server.base + url, cookie)
        served = len(targets)
        print(f"{'round':>5}{'requests':>10}{'RSS MB':>9}")
        print(f"{0:>5}{served:>10}{resident_mb(worker):>9.1f}")
        for number in range(1, args.rounds + 1):
            for url, cookie in targets:
                result = wrk(server.base + url, args.duration, 4, cookie)
                served += result["requests"]
            print(f"{number:>5}{served:>10}{resident_mb(worker):>9.1f}")
        if server.worker_pids() != [worker]:
            sys.exit("the worker was replaced during the run: the figures are not one process's")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
