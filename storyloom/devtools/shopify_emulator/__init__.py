"""A local Shopify Admin to develop and test against: `python -m storyloom.devtools.shopify_emulator`."""

from storyloom.devtools.shopify_emulator.app import create_emulator_app
from storyloom.devtools.shopify_emulator.helpers import deliver_webhook, mint_session_token, sign_webhook
from storyloom.devtools.shopify_emulator.state import EmulatorState

__all__ = ["EmulatorState", "create_emulator_app", "deliver_webhook", "mint_session_token", "sign_webhook"]
