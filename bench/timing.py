"""Shared by the benchmarks: median time and peak Python memory of a function."""

from __future__ import annotations

import statistics
import time
import tracemalloc


def measure(fn, repeat: int) -> tuple[float, float]:
    """Median time of `repeat` runs, then the peak Python memory of one more run (traced
    separately: tracing slows the code it watches)."""
    seconds, _cpu, peak = measure_with_cpu(fn, repeat)
    return seconds, peak


def measure_with_cpu(fn, repeat: int) -> tuple[float, float, float]:
    """Median wall time, median CPU time (of this process: on a loaded machine the wall
    time also counts the time the process waited for a core) and peak Python memory (MB)."""
    fn()  # warm-up: fonts registered, modules loaded, caches filled
    times, cpu = [], []
    for _ in range(repeat):
        start, started_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - started_cpu)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times), statistics.median(cpu), peak / 1e6
