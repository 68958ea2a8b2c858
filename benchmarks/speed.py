"""Report how fast mailtool reads mail: per-message analysis time, cold start of the CLI, peak memory, imports.

python benchmarks/speed.py [--runs 7] [--imports 12] [FOLDER]

Targets: median analysis <= 5 ms per message (after one warm-up pass), cold `mailtool classify one.eml` <= 0.5 s.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "dev"
TARGET_MEDIAN_MS = 5.0
TARGET_COLD_S = 0.5
_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)")


def per_message(files: list[Path]) -> list[float]:
    """Return the analysis time of each message in ms, after a warm-up pass over all of them."""
    from mailtool.errors import MailParseError
    from mailtool.pipeline import analyse

    raws = [path.read_bytes() for path in files]
    times = []
    for timed in (False, True):
        for raw in raws:
            start = time.perf_counter()
            with contextlib.suppress(MailParseError):
                analyse(raw)
            if timed:
                times.append((time.perf_counter() - start) * 1000)
    return times


def stage_medians(files: list[Path]) -> dict[str, float]:
    """Return the median time in ms of each stage of the pipeline (parse, language, classify, extract)."""
    from mailtool import classify, extract, language
    from mailtool.parse import parse

    stages: dict[str, list[float]] = {"parse": [], "language": [], "classify": [], "extract": []}
    for path in files:
        raw = path.read_bytes()
        t0 = time.perf_counter()
        mail = parse(raw)
        t1 = time.perf_counter()
        lang = language.detect(mail)
        t2 = time.perf_counter()
        verdict = classify.classify(mail, lang.code)
        t3 = time.perf_counter()
        extract.extract(mail, lang.code, verdict.kind)
        t4 = time.perf_counter()
        for name, spent in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            stages[name].append(spent * 1000)
    return {name: statistics.median(values) for name, values in stages.items()}


def cold_runs(path: Path, runs: int) -> tuple[list[float], int]:
    """Return the wall times in s of `python -m mailtool classify FILE` in fresh processes, and the peak RSS in KiB."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mailtool", "classify", str(path)], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux: the largest child
    return times, peak


def heaviest_imports(path: Path, top: int) -> list[tuple[float, str]]:
    """Return the top-level imports of a cold classify run that cost the most (cumulative ms)."""
    code = f"import sys; sys.argv=['mailtool','classify',{str(path)!r}]; from mailtool.cli import main; main()"
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True)
    rows = []
    for line in proc.stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match and len(match.group(3)) <= 3:  # a module imported by mailtool itself or directly below it
            rows.append((int(match.group(2)) / 1000, match.group(4)))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=7, help="cold CLI runs (default 7)")
    parser.add_argument("--imports", type=int, default=12, help="heaviest imports to list (default 12)")
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.eml"))
    if not files:
        parser.error(f"no .eml files in {args.folder}")
    times = sorted(per_message(files))
    median, p95 = statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"messages        {len(times)} from {args.folder}")
    print(
        f"analysis median {median:6.2f} ms   (target <= {TARGET_MEDIAN_MS} ms) {_verdict(median <= TARGET_MEDIAN_MS)}"
    )
    print(f"analysis p95    {p95:6.2f} ms   max {times[-1]:.2f} ms")
    for name, value in stage_medians(files).items():
        print(f"  {name:13} {value:6.2f} ms median")
    samples = files[:: max(1, len(files) // 3)][:3]  # messages of different shapes: calendar, plain, HTML
    cold_all: list[float] = []
    for path in samples:
        cold, peak = cold_runs(path, args.runs)
        cold_all.extend(cold)
        print(f"cold classify   {statistics.median(cold):6.3f} s    {path.name} (median of {args.runs})")
    cold_median = statistics.median(cold_all)
    verdict = _verdict(cold_median <= TARGET_COLD_S)
    print(f"cold overall    {cold_median:6.3f} s    (target <= {TARGET_COLD_S} s) {verdict}")
    print(f"peak RSS        {peak / 1024:6.1f} MiB (largest child process)")
    print("heaviest imports of a cold run (cumulative ms):")
    for spent, module in heaviest_imports(files[0], args.imports):
        print(f"  {spent:7.1f}  {module}")


def _verdict(ok: bool) -> str:
    return "ok" if ok else "OVER"


if __name__ == "__main__":
    main()
