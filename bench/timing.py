"""Shared by the benchmarks: median time and peak Python memory of a function."""

from __future__ import annotations

import statistics
import time
import tracemalloc


def measure(fn, repeat: int) -> tuple[float, float]:
    """Median time of `repeat` runs, then the peak Python memory of one more run (traced
    separately: tracing slows the code it watches)."""
    fn()  # warm-up: fonts registered, modules loaded, caches filled
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times), peak / 1e6
