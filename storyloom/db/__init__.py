"""Models, sessions and migrations."""

from storyloom.db.models import (
    Base,
    Generation,
    GenerationType,
    Shop,
    Story,
    StoryStatus,
    UnitKind,
    UnitState,
    WebhookEvent,
    WorkUnit,
)
from storyloom.db.session import get_engine, migrate, session_factory, session_scope

__all__ = [
    "Base",
    "Generation",
    "GenerationType",
    "Shop",
    "Story",
    "StoryStatus",
    "UnitKind",
    "UnitState",
    "WebhookEvent",
    "WorkUnit",
    "get_engine",
    "migrate",
    "session_factory",
    "session_scope",
]
