"""A supervisor's action is one transaction: a decision signed in the decisions view (the
PIN's check, the decision, what it changed, the view read again), a wrong PIN, the view's
refresh, the decide command; BEGINs counted on the real engine (issue 19)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, User
from s321_desk.store.uow import one_action
from tests.one_action import begins, command, opening
from tests.ui.supervision import test_decisions_view as decisions

two_parcels = decisions.two_parcels  # one person's two parcels the same day (fixtures)
stocked = decisions.stocked


@pytest.fixture
def view(qtbot: QtBot, two_parcels: Store) -> Iterator[decisions.DecisionsView]:
    shown = decisions.DecisionsView(
        two_parcels.engine,
        zone=decisions.TORONTO,
        station="DESK-1",
        clock=lambda: decisions.MORNING,
    )
    qtbot.addWidget(shown)
    shown.show()
    yield shown


def test_a_decision_signed_in_the_view_is_one_transaction(
    view: decisions.DecisionsView, two_parcels: Store
) -> None:
    """The PIN's check, the decision, what it changed and the view read again: one BEGIN
    (five before: the sign-in, the decision, its changes, the queue, the sides)."""
    view.group_check.setChecked(False)
    decisions.choose(view, decisions.FIRST)
    with begins() as count:
        view.refresh()
    assert count == [1]  # the queue and the selected parcel's sides (two before)
    dialog = view.ask("acknowledge")
    with begins() as count:
        decisions.sign(dialog)
    assert count == [1]
    assert decisions.decisions(two_parcels) == [
        ("decision.acknowledge", decisions.FIRST, "checked")
    ]
    assert decisions.queue(view) == [decisions.SECOND]  # shown as read in that transaction


def test_a_wrong_pin_is_counted_in_the_actions_one_transaction(
    view: decisions.DecisionsView, two_parcels: Store
) -> None:
    """A wrong PIN ends the action: its count is committed (a lock-out survives the refusal),
    nothing is decided, and the right PIN then decides."""
    view.group_check.setChecked(False)
    decisions.choose(view, decisions.FIRST)
    dialog = view.ask("acknowledge")
    with begins() as count:
        decisions.sign(dialog, pin="1111")
    assert count == [1] and dialog is not None and "wrong PIN" in dialog.error_label.text()
    assert decisions.decisions(two_parcels) == []
    with one_action(two_parcels.engine) as uow:
        refused = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "login.refused")
        ).all()
        [sam] = uow.session.scalars(select(User).where(User.name == "Sam Super")).all()
    assert [json.loads(r.details)["why"] for r in refused] == ["wrong PIN"]
    assert sam.failed_pin_attempts == 1
    decisions.sign(dialog)
    assert decisions.decisions(two_parcels) == [
        ("decision.acknowledge", decisions.FIRST, "checked")
    ]


def test_the_decide_command_is_one_transaction(two_parcels: Store) -> None:
    before = opening(two_parcels)
    used = command(
        two_parcels, "decide", decisions.SECOND, "hold", "--user", "Sam Super", "--reason", "x",
        pin="2468",
    )  # fmt: skip
    assert used - before == 1  # the PIN's check, the decision, the parcels read (four before)
