"""SIGTERM and SIGHUP stop a practice session the way Ctrl-C does: the draft keeps every word."""

from __future__ import annotations

import os
import signal
import time

import pytest

from mockpm import history
from mockpm.practice import drafts, session
from mockpm.practice.signals import Stopped, on_stop, stop_on_signals
from practice.practice_lib import SEPSIS, SEPSIS_MAIN


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_signal_mid_answer_saves_the_draft_and_carries_its_exit_code(lib, fake_ui, sig):
    state = session.new_state(lib.scenario(SEPSIS))

    class Signalled(type(fake_ui([]))):
        def answer(self, turn, clock, autosave):  # noqa: ANN001
            autosave(SEPSIS_MAIN[:50])  # what a periodic autosave had kept
            turn.answer = SEPSIS_MAIN[:90]  # typed since: only the signal path can keep it
            os.kill(os.getpid(), sig)
            time.sleep(5)  # the signal interrupts this
            raise AssertionError("the signal did not stop the session")

    with stop_on_signals(), pytest.raises(Stopped) as exc:
        session.run(state, lib, Signalled([]))
    assert exc.value.exit_code == 128 + sig and isinstance(exc.value, KeyboardInterrupt)
    saved = drafts.latest()
    assert saved is not None and saved.turns[0].answer == SEPSIS_MAIN[:90]
    assert history.sessions() == []


def test_a_hook_that_handles_the_signal_stops_the_raise_and_handlers_are_restored():
    before = signal.getsignal(signal.SIGTERM)
    seen = []
    with stop_on_signals(), on_stop(lambda signum: seen.append(signum) or True):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.05)
    assert seen == [signal.SIGTERM]
    assert signal.getsignal(signal.SIGTERM) == before
