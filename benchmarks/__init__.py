"""Benchmarks of marketplace_async: how close to the documented limits, what the SDK costs, how it scales.

Run ``python -m benchmarks`` (about 10 minutes) or ``python -m benchmarks --quick`` (CI-sized,
under 2 minutes). Results go to ``benchmarks/results/latest.md`` and ``send_rate.png``. Every
figure is a ratio or is shown next to its baseline from the same run, because the machines these
run on are shared and noisy. Misses are reported in the table, never as a failing exit status.
"""
