"""The error tree. Every exception Storyloom defines is one of these; a class defined in another module
says where (tests/test_errors.py checks this drawing against the classes).

StoryloomError
├── ConfigurationError            a setting makes no sense; start-up stops and names the variable
├── ClientFacingError             shown to the one who asked as {"error": message, "code": code}, status
│   ├── RequestRefusedError       4xx: the request cannot be served as it is; asking again will not help
│   │   ├── InvalidInputError     422, names the field and the rule
│   │   ├── NotFoundError         404
│   │   ├── ForbiddenError        403
│   │   ├── ConflictError         409
│   │   ├── RateLimitedError      429 with Retry-After: a client, shop or budget limit is reached
│   │   ├── ContentRejectedError  422, CONTENT_REJECTED: the story failed the child-safety checks
│   │   └── CallbackRejected      401: a provider callback's signature, timestamp or shape is wrong
│   └── StoryGenerationError      5xx: the book or a part of it could not be made (502 a unit failed for
│                                 good, 503 a service it needs is not set up, 504 still being made)
├── UnitDeferred                  not a failure: the unit waits, and no attempt is counted
│   ├── AwaitingProvider          (providers/jobs.py) the provider's job still runs: park the unit
│   └── SlotUnavailable           (pipeline/ratelimit.py) no rate-limit slot came free: try again later
├── ProviderError                 an AI provider call failed (carries provider, code, unit)
│   ├── RetryableProviderError    timeout, connection, 429, 5xx: back off and try again
│   │   ├── ProviderTimeoutError
│   │   ├── ProviderConnectionError
│   │   ├── ProviderRateLimitError      retry_after in seconds when the provider said so
│   │   └── ProviderServerError
│   └── TerminalProviderError     fails the unit at once, with a message a person can act on
│       ├── ProviderAuthError           401/403: the key is wrong or lacks access
│       ├── ProviderBadRequestError     400: the request was refused as malformed
│       │   ├── AddressRejectedError    (providers/printing/simulated.py) the printer refused the address
│       │   ├── PrintFileRejectedError  (shopify/print_jobs.py) the printer refused the book's PDFs
│       │   └── PhoneMissingError       (shopify/print_jobs.py) the order has no phone for the courier
│       ├── ProviderQuotaError          the account has no credit or quota left (402, insufficient_quota)
│       ├── ContentPolicyError          the provider refused the content
│       └── ProviderOutputError         the answer broke the schema after every retry
├── StorageError                  a file could not be read or written
│   └── RenderProcessLost         (render/raster.py) a render process died while drawing: retryable
├── BookLayoutError               (render/book/model.py) the book cannot be laid out as printed pages
└── ShopifyError                  the Admin API refused a call (userErrors, throttling, auth)
    ├── ShopifyThrottledError     retryable: THROTTLED or 429
    ├── ShopifyUnavailableError   (shopify/admin.py) no answer or 5xx after every retry: retryable
    ├── ShopifyAuthError          (shopify/admin.py) the access token was refused (401/403)
    ├── ShopifyUserError          (shopify/admin.py) a mutation answered with userErrors
    ├── InvalidRequestError       (shopify/auth.py) a request said to come from Shopify does not verify
    └── ShopNotInstalledError     (shopify/tokens.py) the shop has no usable access token
"""

from __future__ import annotations

from collections.abc import Mapping


def N_(message: str) -> str:  # noqa: N802 - the gettext marker that `pybabel extract` knows
    """Marks a message a person may read for the site's catalogues; it is translated where it is shown."""
    return message


class StoryloomError(Exception):
    """Base of every error Storyloom raises on purpose."""

    code = "STORYLOOM_ERROR"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message


class ConfigurationError(StoryloomError):
    """A setting makes no sense; the message says which variable to set."""

    code = "CONFIGURATION_ERROR"


class ClientFacingError(StoryloomError):
    """An error told to the one who asked (API client, page, command line) as `{"error": message,
    "code": code}` with the HTTP `status`; `field` names the input it is about, when there is one."""

    code = "CLIENT_FACING_ERROR"
    status = 400

    def __init__(
        self, message: str, *, code: str | None = None, status: int | None = None, field: str | None = None
    ) -> None:
        super().__init__(message, code=code)
        if status is not None:
            self.status = status
        self.field = field


class RequestRefusedError(ClientFacingError):
    """4xx: the request cannot be served as it is; sending it again unchanged will not help."""

    code = "REQUEST_REFUSED"
    status = 400


class StoryGenerationError(ClientFacingError):
    """5xx: the book, or a part of it, could not be made; `status` says why (502 a unit failed for good,
    503 a service it needs is not set up, 504 it is still being made)."""

    code = "STORY_GENERATION_ERROR"
    status = 500


class InvalidInputError(RequestRefusedError):
    """422: `field` and the rule it broke. Made with `of`, it also carries the rule as a template
    (`rule`, marked for the catalogues) and its `values`, so a page can say it in the visitor's language."""

    code = "INVALID_INPUT"
    status = 422
    rule: str | None = None
    values: Mapping[str, object] = {}
    check: tuple[str, Mapping[str, object]] | None = None  # a validation error's type and context

    @classmethod
    def of(cls, field: str, rule: str, **values: object) -> InvalidInputError:
        """`field: rule` in English, e.g. `of("text", N_("at most %(limit)s characters"), limit=600)`."""
        error = cls(f"{field}: {rule % values if values else rule}", field=field)
        error.rule = rule
        error.values = values
        return error


class NotFoundError(RequestRefusedError):
    code = "NOT_FOUND"
    status = 404


class ForbiddenError(RequestRefusedError):
    code = "FORBIDDEN"
    status = 403


class ConflictError(RequestRefusedError):
    code = "CONFLICT"
    status = 409


class RateLimitedError(RequestRefusedError):
    """Over a limit on starting or changing books; `retry_after` says when (seconds) to try again."""

    code = "RATE_LIMITED"
    status = 429

    def __init__(self, message: str, *, retry_after: int, limit: str) -> None:
        super().__init__(message)
        self.retry_after = max(1, retry_after)
        self.limit = limit


class ContentRejectedError(RequestRefusedError):
    code = "CONTENT_REJECTED"
    status = 422


class CallbackRejected(RequestRefusedError):
    """A provider callback whose signature, timestamp or shape does not hold up (the provider's
    `read_callback` raises it): 401, and nothing changes."""

    code = "INVALID_CALLBACK"
    status = 401


class ProviderError(StoryloomError):
    """A provider call failed. `retryable` tells the pipeline whether to try again."""

    code = "PROVIDER_ERROR"
    retryable = False

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        code: str | None = None,
        status: int | None = None,
        unit: str | None = None,
    ) -> None:
        super().__init__(message, code=code)
        self.provider = provider
        self.status = status
        self.unit = unit


class RetryableProviderError(ProviderError):
    code = "PROVIDER_RETRYABLE"
    retryable = True

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        retry_after: float | None = None,
        code: str | None = None,
        status: int | None = None,
        unit: str | None = None,
    ) -> None:
        super().__init__(message, provider=provider, code=code, status=status, unit=unit)
        self.retry_after = retry_after


class ProviderTimeoutError(RetryableProviderError):
    code = "PROVIDER_TIMEOUT"


class ProviderConnectionError(RetryableProviderError):
    code = "PROVIDER_CONNECTION"


class ProviderRateLimitError(RetryableProviderError):
    code = "PROVIDER_RATE_LIMITED"


class ProviderServerError(RetryableProviderError):
    code = "PROVIDER_SERVER_ERROR"


class TerminalProviderError(ProviderError):
    code = "PROVIDER_TERMINAL"


class ProviderAuthError(TerminalProviderError):
    code = "PROVIDER_AUTH"


class ProviderBadRequestError(TerminalProviderError):
    code = "PROVIDER_BAD_REQUEST"


class ProviderQuotaError(TerminalProviderError):
    """The provider account has no credit, quota or billing left: waiting does not help, paying does."""

    code = "PROVIDER_QUOTA"


class ContentPolicyError(TerminalProviderError):
    code = "CONTENT_POLICY"


class ProviderOutputError(TerminalProviderError):
    code = "PROVIDER_BAD_OUTPUT"


class UnitDeferred(StoryloomError):
    """Not a failure: the unit must wait (a provider job still runs, no rate-limit slot came free); the
    executor puts it back without counting the attempt."""

    code = "UNIT_DEFERRED"


class StorageError(StoryloomError):
    code = "STORAGE_ERROR"


class ShopifyError(StoryloomError):
    code = "SHOPIFY_ERROR"
    retryable = False


class ShopifyThrottledError(ShopifyError):
    code = "SHOPIFY_THROTTLED"
    retryable = True

    def __init__(self, message: str, *, retry_after: float | None = None, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.retry_after = retry_after
