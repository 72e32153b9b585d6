"""The print service's webhook subscription: a service that is told where to post its job reports
(Lulu: `subscribe_webhook`) is told at start-up and when a merchant saves the print settings. The call
is idempotent on the service's side (an existing subscription of the URL is reused and switched back
on), so making it again is harmless; a service that is down is logged and asked again next time."""

from __future__ import annotations

import logging

from storyloom.errors import ConfigurationError, ProviderError
from storyloom.pipeline.jobs import callback_base_url
from storyloom.runtime import Runtime
from storyloom.shopify.print_orders import print_service
from storyloom.shopify.print_settings import print_service_name

log = logging.getLogger(__name__)


def print_webhook_url(runtime: Runtime) -> str | None:
    """Where the operator's print service posts its reports (PUBLIC_URL, else SHOPIFY_APP_URL), or None
    when printing is off or the app has no public address."""
    name, base = print_service_name(runtime), callback_base_url(runtime)
    return f"{base}/api/webhooks/print/{name}" if name and base else None


def subscribe_print_webhook(runtime: Runtime) -> str | None:
    """Subscribe the print service's webhook to this app, if the service takes subscriptions and the
    app has a public URL; returns the subscription's id, or None (nothing to do, or the service could
    not be reached: logged, never raised)."""
    name, url = print_service_name(runtime), print_webhook_url(runtime)
    if name is None or url is None:
        return None
    try:
        service = print_service(runtime, name)
        subscribe = getattr(service, "subscribe_webhook", None)
        if not callable(subscribe):
            return None
        subscription = str(subscribe(url))
    except (ProviderError, ConfigurationError) as error:
        log.warning("could not subscribe the %s webhook to %s: %s", name, url, error.message)
        return None
    log.info("the %s webhook posts to %s (subscription %s)", name, url, subscription)
    return subscription
