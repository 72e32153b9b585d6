"""A restarted process takes back at once the units its dead predecessor on this machine held."""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import timedelta

from storyloom.db.models import UnitKind, UnitState, WorkUnit, utcnow
from storyloom.pipeline.orchestrator import start_story
from storyloom.pipeline.reaper import reap, reclaim_dead_local
from storyloom.runtime import Runtime
from tests.pipeline.conftest import make_params


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_units_of_a_dead_local_process_are_reclaimed_at_start_up(runtime: Runtime) -> None:
    # given a book whose text unit a process of this machine held when it died, lease still long
    story_id = start_story(runtime, make_params()).story_id
    alive_holder = f"{socket.gethostname()}:1:1"  # pid 1 is alive: its lease is left alone
    with runtime.session() as session:
        units = session.query(WorkUnit).filter(WorkUnit.story_id == story_id).order_by(WorkUnit.kind).all()
        dead_unit = next(u for u in units if u.kind == UnitKind.TEXT)
        living_unit = next(u for u in units if u.kind == UnitKind.COVER)
        for unit, holder in (
            (dead_unit, f"{socket.gethostname()}:{_dead_pid()}:7"),
            (living_unit, alive_holder),
        ):
            unit.state = UnitState.RUNNING
            unit.leased_by = holder
            unit.lease_expires_at = utcnow() + timedelta(seconds=300)
        dead_id, living_id = dead_unit.id, living_unit.id
    # when a new process starts
    assert reclaim_dead_local(runtime) == 1
    reap(runtime)
    # then the dead process's unit is pending again at once; the living one keeps its lease
    with runtime.session() as session:
        dead = session.get(WorkUnit, dead_id)
        living = session.get(WorkUnit, living_id)
        assert dead is not None and living is not None
        assert (dead.state, living.state) == (UnitState.PENDING, UnitState.RUNNING)
