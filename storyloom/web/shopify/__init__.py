"""The Shopify app's routes: install and auth, the embedded admin, the storefront app proxy, webhooks,
book downloads and printed books (print files, print-service webhooks). The app factory includes
every router in `routers`."""

from fastapi import APIRouter

from storyloom.web.shopify import admin, auth, downloads, printing, proxy, webhooks

routers: list[APIRouter] = [
    auth.router,
    admin.router,
    proxy.router,
    webhooks.router,
    downloads.router,
    printing.router,
]

__all__ = ["routers"]
