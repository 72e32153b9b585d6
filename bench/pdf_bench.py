"""PDF rendering: median time and file size of the print and screen editions of a 12- and a 32-page book.

The book is the test suite's sample (2625 px illustrations drawn with Pillow, QR codes on in print).
Run with `.venv/bin/python -m bench pdf`; `PDF_BENCH_REPEATS` sets the runs per row (default 3).
"""

from __future__ import annotations

import io
import os
import statistics
import time
from collections.abc import Callable

import pikepdf

from storyloom.render.book import BookInput
from storyloom.render.pdf import render_print_pdf, render_screen_pdf
from tests.render.fixtures.book import make_book

PAGE_COUNTS = (12, 32)


def _measure(render: Callable[[], bytes], repeats: int) -> tuple[float, float, int, int]:
    times: list[float] = []
    pdf = b""
    for _ in range(repeats):
        started = time.perf_counter()
        pdf = render()
        times.append(time.perf_counter() - started)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        pages = len(document.pages)
    return statistics.median(times), min(times), len(pdf), pages


def run() -> None:
    """Print one row per (story pages, edition): PDF pages, median and best seconds, megabytes."""
    repeats = max(1, int(os.environ.get("PDF_BENCH_REPEATS", "3")))
    print(f"runs per row: {repeats}")
    print(f"{'book':<10} {'edition':<8} {'pdf pages':>9} {'median s':>9} {'best s':>7} {'size MB':>8}")
    for count in PAGE_COUNTS:
        book: BookInput = make_book(count)
        editions: list[tuple[str, Callable[[], bytes]]] = [
            ("print", lambda book=book: render_print_pdf(book, qr_codes=True)),  # type: ignore[misc]
            ("screen", lambda book=book: render_screen_pdf(book)),  # type: ignore[misc]
        ]
        for edition, render in editions:
            median, best, size, pages = _measure(render, repeats)
            megabytes = size / 1_000_000
            row = f"{count:>2} pages  {edition:<8} {pages:>9} {median:>9.2f} {best:>7.2f} {megabytes:>8.2f}"
            print(row, flush=True)


if __name__ == "__main__":
    run()
