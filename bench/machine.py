"""What the processors did during one wrk run, from /proc (Linux): the app server's workers' time per
request, and how busy the rest of the machine was (the `other` column), so a reader can judge how quiet
it was.

Times in /proc are in clock ticks (USER_HZ, usually 100 a second: 10 ms); a run of a few seconds
measures them to a few percent.
"""

import os
import resource
import time
from dataclasses import dataclass
from pathlib import Path

TICK_MS = 1000 / os.sysconf("SC_CLK_TCK")


def machine_busy_ms():
    """Every core's busy time since boot: user, nice, system, and steal (what the hypervisor gave to
    other machines: a neighbour's load, as much as a process of our own would be). Interrupts are left
    out: the loopback traffic between wrk and gunicorn is counted there, and it is the benchmark's own."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
    user, nice, system, _idle, _iowait, _irq, _softirq, steal = (int(value) for value in fields[1:9])
    return (user + nice + system + steal) * TICK_MS


def interrupts_ms():
    """Every core's time in interrupts since boot (hard and soft), kept beside the rest in the results."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
    return (int(fields[6]) + int(fields[7])) * TICK_MS


@dataclass
class ProcessTime:
    own_ms: float  # utime + stime, every thread of the process
    children_ms: float  # cutime + cstime: the children it has waited for, once they have exited


def process_time(pid):
    """A process's processor time so far (zero if it has gone: its time is then in its parent's
    children's, once the parent has waited for it)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return ProcessTime(0.0, 0.0)
    # The command name (field 2) may hold spaces: count the fields after its closing parenthesis,
    # where field 3 (the state) is the first; utime, stime, cutime, cstime are fields 14 to 17.
    fields = text[text.rindex(")") + 2 :].split()
    utime, stime, cutime, cstime = (int(value) for value in fields[11:15])
    return ProcessTime((utime + stime) * TICK_MS, (cutime + cstime) * TICK_MS)


def harness_ms():
    """This process and the children it has waited for (wrk, once it has exited), in ms."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += (usage.ru_utime + usage.ru_stime) * 1000
    return total


@dataclass
class Snapshot:
    at: float
    machine_ms: float
    interrupts_ms: float
    workers_ms: float
    master_ms: float
    harness_ms: float


def snapshot(server):
    """The counters at one moment, for `server` (a run.Server): read as close together as possible."""
    workers_ms, master_ms = server.cpu_ms()
    return Snapshot(
        at=time.monotonic(),
        machine_ms=machine_busy_ms(),
        interrupts_ms=interrupts_ms(),
        workers_ms=workers_ms,
        master_ms=master_ms,
        harness_ms=harness_ms(),
    )


def usage(before, after, requests):
    """Between two snapshots around one wrk run of `requests` requests: the workers' processor ms per
    request, and the ms per second the rest of the machine used (everything but the workers, the
    gunicorn master, wrk and this harness), which should be near zero on a quiet machine. Accounting
    noise can make it a little negative."""
    seconds = after.at - before.at
    workers = after.workers_ms - before.workers_ms
    ours = (
        workers
        + (after.master_ms - before.master_ms)
        + (after.harness_ms - before.harness_ms)  # wrk, reaped during the run, and the harness
    )
    return {
        "cpu_ms_per_request": workers / requests if requests else None,
        "workers_ms_per_s": workers / seconds,
        "other_ms_per_s": (after.machine_ms - before.machine_ms - ours) / seconds,
        "interrupts_ms_per_s": (after.interrupts_ms - before.interrupts_ms) / seconds,
    }


def load_average():
    """The 1, 5 and 15 minute load averages."""
    return [round(value, 2) for value in os.getloadavg()]
