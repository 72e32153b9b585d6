"""The emulator's own page (`GET /_emulator/`): its print jobs with their status and tracking, and a
button that moves a job one step, so a developer in `make shopify-dev` can see and ship an order."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyloom.devtools.lulu_emulator.server import LuluEmulator

PAGE_PATH = "/_emulator/"
ADVANCE_PREFIX = "/_emulator/jobs/"


def jobs_page(emulator: LuluEmulator) -> str:
    """The print jobs, newest first, as a small HTML page."""
    with emulator.lock:
        jobs = sorted(emulator.jobs.values(), key=lambda job: -int(job["id"]))
        rows = []
        for job in jobs:
            status = job["status"]
            tracking = ", ".join(
                str(item.get("tracking_id")) for item in job["line_items"] if item.get("tracking_id")
            )
            titles = ", ".join(str(item.get("title", "")) for item in job["line_items"])
            moving = status["name"] in emulator.life[:-1]
            button = (
                f'<form method="post" action="{ADVANCE_PREFIX}{job["id"]}/advance">'
                '<button type="submit">Next step</button></form>'
                if moving
                else ""
            )
            rows.append(
                "<tr>"
                f"<td>{job['id']}</td><td>{escape(str(job.get('external_id') or ''))}</td>"
                f"<td>{escape(titles)}</td><td>{escape(status['name'])}</td>"
                f"<td>{escape(str(status.get('message') or ''))}</td><td>{escape(tracking)}</td>"
                f"<td>{job['costs']['total_cost_incl_tax']} {job['costs']['currency']}</td><td>{button}</td>"
                "</tr>"
            )
        sent = len(emulator.webhooks_sent)
    body = "".join(rows) or '<tr><td colspan="8">No print jobs yet.</td></tr>'
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lulu emulator</title>'
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}</style></head><body>"
        f"<h1>Lulu emulator</h1><p>API at {escape(emulator.url)}; {sent} webhooks sent.</p>"
        "<table><tr><th>Job</th><th>External id</th><th>Title</th><th>Status</th><th>Message</th>"
        f"<th>Tracking</th><th>Cost</th><th></th></tr>{body}</table></body></html>"
    )
