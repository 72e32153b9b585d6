"""Tools for developing Storyloom without outside services (the local Shopify Admin emulator)."""
