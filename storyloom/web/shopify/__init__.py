"""The Shopify app's routes: install and auth, the embedded admin, the storefront app proxy, webhooks
and book downloads. The app factory includes every router in `routers`."""

from fastapi import APIRouter

from storyloom.web.shopify import admin, auth, downloads, proxy, webhooks

routers: list[APIRouter] = [auth.router, admin.router, proxy.router, webhooks.router, downloads.router]

__all__ = ["routers"]
