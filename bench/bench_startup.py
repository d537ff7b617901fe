"""Start-up from source: process start -> Home painted, and -> question sets listed and usable,
beside a minimal PySide6 window started the same way (aims: painted <= 1.5x the minimal window,
listed <= 0.6 s). Also the peak memory of the app process, and whether start-up imported any of
the libraries only the quiz generator needs (spaCy, trafilatura: it must not). Figures only,
never asserted.

Usage: python bench/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = [sys.executable, str(ROOT / "main.py")]
MINIMAL = [sys.executable, str(ROOT / "bench" / "hello_window.py")]
DEFERRED_PREFIX = "deferred modules loaded: "  # as ui/startup_probe.py prints it


def time_to(marker: str, command: list[str], env: dict[str, str]) -> float:
    """Seconds from launching `command` until it prints `marker`."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT
    )
    assert process.stdout is not None
    found = None
    lines = []
    for line in process.stdout:
        lines.append(line.strip())
        if line.strip() == marker and found is None:
            found = time.perf_counter() - start
    process.wait(timeout=60)
    if found is None:
        raise RuntimeError(f"{command} never printed {marker!r}: {lines} {process.returncode}")
    return found


def deferred_modules_loaded(command: list[str], env: dict[str, str]) -> str:
    """What the start-up probe says about the generator's libraries: "none" when none loaded."""
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, cwd=ROOT, timeout=60, check=False
    )
    for line in done.stdout.splitlines():
        if line.startswith(DEFERRED_PREFIX):
            return line.removeprefix(DEFERRED_PREFIX).strip()
    raise RuntimeError(f"{command} never said which deferred modules it loaded: {done.stdout}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "STEPPE_QUIZ_STARTUP_PROBE": "1",
            "STEPPE_QUIZ_DB": f"sqlite:///{folder}/bench.db",
            "PYTHONPATH": str(ROOT),
        }
        time_to("listed", APP, env)  # warm-up: creates the database and loads the bank
        minimal = statistics.median(time_to("painted", MINIMAL, env) for _ in range(args.runs))
        painted = statistics.median(time_to("painted", APP, env) for _ in range(args.runs))
        listed = statistics.median(time_to("listed", APP, env) for _ in range(args.runs))
        deferred = deferred_modules_loaded(APP, env)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"start-up from source, median of {args.runs} runs")
    print(f"  minimal PySide6 window painted  {minimal:6.3f} s")
    print(f"  Home painted                    {painted:6.3f} s   ({painted / minimal:.2f}x)")
    print(f"  question sets listed and usable {listed:6.3f} s")
    print(f"  peak memory of a child process  {peak:6.0f} MiB")
    spacy_loaded = "spacy" in deferred.split(", ")
    print(f"  'spacy' in sys.modules after start-up: {spacy_loaded} (must be False)")
    print(f"  generator libraries imported at start-up: {deferred} (aim: none)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
