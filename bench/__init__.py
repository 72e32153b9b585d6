"""Benchmarks. Each `bench/*_bench.py` module has a `run() -> None` that prints a table."""
