"""One printed book from end to end against the local Lulu, as the print-job units will drive it:
files made from the book, sized and checked by Lulu, priced, ordered, and shipped with tracking
reported by a signed webhook."""

from __future__ import annotations

from storyloom.devtools.lulu_emulator import LuluEmulator
from storyloom.providers.printing.base import PrintJobRequest
from storyloom.render.cover import cover_spread_pdf
from storyloom.render.interior import print_interior
from tests.providers.image.conftest import FakeAPI, Received, Reply
from tests.providers.printing.lulu_server import ADDRESS, HARDCOVER, host, service
from tests.render.fixtures.book import make_book
from tests.render.fixtures.book.pdfs import print_pdf


def test_a_hardcover_is_sized_checked_priced_ordered_and_shipped(
    lulu: LuluEmulator, fake_api: FakeAPI
) -> None:
    webhooks: list[Received] = []

    def receive(request: Received) -> Reply:
        webhooks.append(request)
        return Reply(200, {})

    fake_api.on("POST", "/api/webhooks/lulu", receive)
    adapter = service(lulu)
    adapter.subscribe_webhook(f"{fake_api.url}/api/webhooks/lulu")
    # the files: the interior padded to Lulu's least page count, the cover sized by Lulu for it
    interior = print_interior(print_pdf(4), min_pages=adapter.minimum_pages(HARDCOVER))
    pages = adapter.validate_interior(HARDCOVER, host(fake_api, "/f/interior.pdf", interior)).page_count
    assert pages == 24
    dims = adapter.cover_dimensions(HARDCOVER, pages)
    cover_url = host(fake_api, "/f/cover.pdf", cover_spread_pdf(make_book(4), dims))
    assert adapter.validate_cover(HARDCOVER, cover_url, pages).state == "valid"
    # the cost shown to the merchant, then the order
    quote = adapter.quote(HARDCOVER, pages, ADDRESS, "MAIL")
    job = adapter.create_job(
        PrintJobRequest(
            external_id="storyloom-dev.myshopify.com:5001:9001",
            title=make_book(4).story.title,
            page_count=pages,
            format=HARDCOVER,
            interior_url=f"{fake_api.url}/f/interior.pdf",
            cover_url=cover_url,
            address=ADDRESS,
            contact_email="books@storyloom-dev.example",
        )
    )
    lulu.advance(job.job_id)
    lulu.advance(job.job_id)
    shipped = adapter.parse_webhook(webhooks[-1].headers, webhooks[-1].body)
    assert quote.total_cost_excl_tax == "16.17"  # 9.50 + 0.07 x 24 + 4.99 mail, the emulator's prices
    assert (shipped.job_id, shipped.state, shipped.carrier) == (job.job_id, "shipped", "UPS")
    assert shipped.tracking_numbers and shipped.tracking_urls
