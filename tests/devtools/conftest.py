from tests.shopify.conftest import emulator, emulator_server, runtime, shopify_env  # noqa: F401
