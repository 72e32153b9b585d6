"""A local Lulu Print API on 127.0.0.1, in Lulu's wire format, for the tests and `make shopify-dev`.

It issues OAuth2 client-credential tokens, sizes covers, really downloads and checks the PDFs it is
sent (page size against the product's trim and bleed, page count, the cover's size against the
cover dimensions), prices jobs, keeps print jobs (searchable, paginated) that move
CREATED -> IN_PRODUCTION -> SHIPPED with tracking (or REJECTED with Lulu's reason when a file is
wrong), and posts `PRINT_JOB_STATUS_CHANGED` webhooks signed like Lulu's (`Lulu-HMAC-SHA256`).
Faults are scripted with `fail_next` (429 with Retry-After, 5xx, anything).

    emulator = LuluEmulator().start()          # emulator.url -> LULU_API_URL
    ...
    emulator.advance(job_id)                   # one step along the job's life
    emulator.stop()

`python -m storyloom.devtools.lulu_emulator --port 8082 --webhook-url URL --step-seconds 5` runs it
alone, moving every job one step every few seconds.
"""

from storyloom.devtools.lulu_emulator.products import Product, product
from storyloom.devtools.lulu_emulator.server import (
    DEFAULT_KEY,
    DEFAULT_SECRET,
    REJECTED_POSTCODE,
    TOKEN_PATH,
    LuluEmulator,
)

__all__ = [
    "DEFAULT_KEY",
    "DEFAULT_SECRET",
    "REJECTED_POSTCODE",
    "TOKEN_PATH",
    "LuluEmulator",
    "Product",
    "product",
]
