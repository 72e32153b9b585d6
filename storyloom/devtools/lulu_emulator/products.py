"""What the emulated Lulu makes and checks: products read from their pod_package_id, cover sizes,
prices, and the PDF checks it runs on the files it downloads (page size, count, cover size)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

import httpx
import pikepdf

JSON = dict[str, Any]
SIZE_TOLERANCE_PT = 1.5
PB_BLEED_IN = 0.125
CASEWRAP_EDGE_IN = 0.75

web = httpx.Client(timeout=30.0, follow_redirects=True)
"""One connection pool for the files the emulator fetches and the webhooks it posts."""


@dataclass
class Product:
    """What a pod_package_id says: trim, binding and the paper's pages per inch."""

    width_in: float
    height_in: float
    binding: str
    ppi: int

    @property
    def casewrap(self) -> bool:
        return self.binding == "CW"

    @property
    def min_pages(self) -> int:
        """Lulu's least page count: 24 for hardcovers, 32 for paperbacks (its spine width calculator)."""
        return 24 if self.casewrap else 32

    def spine_in(self, pages: int) -> float:
        if self.casewrap:
            return max(0.25, pages / self.ppi + 0.2)
        return pages / self.ppi + 0.06

    def cover_pt(self, pages: int) -> tuple[float, float]:
        edge = CASEWRAP_EDGE_IN if self.casewrap else PB_BLEED_IN
        width = 2 * self.width_in + self.spine_in(pages) + 2 * edge
        return round(width * 72, 3), round((self.height_in + 2 * edge) * 72, 3)


def product(pod_package_id: str) -> Product | None:
    """The product a pod_package_id names (e.g. 0850X0850FCPRECW080CW444GXX, or the dotted form
    0850X0850.FC.PRE.CW.080CW444.GXX Lulu moves to from 2026-03-31), or None."""
    match = re.fullmatch(
        r"(\d{4})X(\d{4})(BW|FC)(STD|PRE)([A-Z]{2})(\d{3})([A-Z]{2})(\d{3})[A-Z]{3}",
        pod_package_id.replace(".", ""),
    )
    if not match:
        return None
    width, height, _, _, binding, _, _, ppi = match.groups()
    return Product(int(width) / 100, int(height) / 100, binding, int(ppi))


def unit_cost(pod_package_id: str, pages: int) -> float:
    found = product(pod_package_id)
    base = 9.50 if found is not None and found.casewrap else 3.20
    return round(base + 0.07 * pages, 2)


def shipping_cost(level: str) -> float:
    return {"MAIL": 4.99, "PRIORITY_MAIL": 7.99, "GROUND": 8.99, "EXPEDITED": 14.99, "EXPRESS": 24.99}.get(
        level, 9.99
    )


def money(amount: float) -> JSON:
    text = f"{amount:.2f}"
    return {
        "tax_rate": "0.000000",
        "total_cost_excl_tax": text,
        "total_cost_incl_tax": text,
        "total_tax": "0.00",
    }


def _download(url: str) -> tuple[bytes | None, str]:
    try:
        response = web.get(url)
    except httpx.HTTPError as exc:
        return None, f"the file could not be downloaded ({type(exc).__name__})"
    if not response.is_success:
        return None, f"the file could not be downloaded (HTTP {response.status_code})"
    return response.content, ""


def _pages(data: bytes) -> list[tuple[float, float]] | None:
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            sizes = []
            for page in pdf.pages:
                x0, y0, x1, y1 = (float(v) for v in page.mediabox)
                sizes.append((abs(x1 - x0), abs(y1 - y0)))
            return sizes
    except pikepdf.PdfError:
        return None


def check_interior(url: str, pod_package_id: str) -> tuple[list[str], int | None]:
    data, problem = _download(url)
    if data is None:
        return [problem], None
    sizes = _pages(data)
    if sizes is None:
        return ["The file is not a valid PDF."], None
    problems = []
    if len(sizes) < 2:
        problems.append("The interior must have at least 2 pages.")
    if len({(round(w), round(h)) for w, h in sizes}) > 1:
        problems.append("All pages of the interior must have the same size.")
    found = product(pod_package_id) if pod_package_id else None
    if found is not None and len(sizes) < found.min_pages:
        problems.append(
            f"The interior has {len(sizes)} pages; this product needs at least {found.min_pages}."
        )
    if found is not None and sizes:
        want = ((found.width_in + 2 * PB_BLEED_IN) * 72, (found.height_in + 2 * PB_BLEED_IN) * 72)
        width, height = sizes[0]
        if abs(width - want[0]) > SIZE_TOLERANCE_PT or abs(height - want[1]) > SIZE_TOLERANCE_PT:
            problems.append(
                f"The interior page size {width:.1f} x {height:.1f} pt does not match the product's trim "
                f"with bleed ({want[0]:.1f} x {want[1]:.1f} pt)."
            )
    return problems, len(sizes)


def check_cover(url: str, pod_package_id: str, pages: int) -> list[str]:
    found = product(pod_package_id)
    if found is None:
        return ["Invalid pod_package_id."]
    data, problem = _download(url)
    if data is None:
        return [problem]
    sizes = _pages(data)
    if sizes is None:
        return ["The file is not a valid PDF."]
    if len(sizes) != 1:
        return [f"The cover must be a one-page PDF, not {len(sizes)} pages."]
    want = found.cover_pt(pages)
    width, height = sizes[0]
    if abs(width - want[0]) > SIZE_TOLERANCE_PT or abs(height - want[1]) > SIZE_TOLERANCE_PT:
        return [
            f"Invalid cover size: the cover is {width:.1f} x {height:.1f} pt, but {want[0]:.1f} x "
            f"{want[1]:.1f} pt is required for {pages} pages."
        ]
    return []
