"""One painter per backdrop: the scenery behind the characters, ground included."""

from __future__ import annotations

from collections.abc import Callable

from storyloom.render.illustrator.scenery_buildings import bedroom, castle, farm, school, town
from storyloom.render.illustrator.scenery_nature import desert, forest, garden, mountains
from storyloom.render.illustrator.scenery_water import sea, space, underwater
from storyloom.render.illustrator.sky import Paint

BACKDROPS: dict[str, Callable[[Paint], str]] = {
    "forest": forest,
    "sea": sea,
    "underwater": underwater,
    "space": space,
    "castle": castle,
    "town": town,
    "farm": farm,
    "bedroom": bedroom,
    "mountains": mountains,
    "desert": desert,
    "garden": garden,
    "school": school,
}

__all__ = ["BACKDROPS", "Paint"]
