from tests.providers.image.conftest import fake_api
from tests.providers.printing.lulu_server import lulu

__all__ = ["fake_api", "lulu"]
