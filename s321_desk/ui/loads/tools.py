"""The loads view's trip tools: the crew picked from the records, the records themselves, and
an FDA parcel's prior notice; each change goes to its service, the view read again after."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog

from s321_desk.domain.codes import LoadStatus
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads.trips import LoadView, close_load, reopen_load, set_crew
from s321_desk.services.packing.prior_notice import set_prior_notice
from s321_desk.store.uow import one_action
from s321_desk.ui.dialogs.authorize import AuthorizeDialog
from s321_desk.ui.loads.crew_dialogs import CrewDialog, RecordsDialog
from s321_desk.ui.loads.models import AMBER, GREEN, RED

if TYPE_CHECKING:
    from s321_desk.ui.loads.view import LoadsView


class TripTools(QObject):
    """What the loads view's Crew..., Drivers and vehicles... and FDA prior notice... do."""

    def __init__(self, view: LoadsView) -> None:
        super().__init__(view)
        self.view = view
        self.authorize_dialog: AuthorizeDialog | None = None
        self.crew_dialog: CrewDialog | None = None
        self.records_dialog: RecordsDialog | None = None

    def ask_crew(self) -> CrewDialog | None:
        """Pick the open trip's driver, co-driver, truck and trailer from the records."""
        if (
            self.view._trip is None
            or self.view._shown is None
            or self.view._shown.status != LoadStatus.OPEN
        ):
            self.view.say(self.tr("Crew: open a trip that is not sealed first"), RED)
            return None
        trip = self.view._trip

        def save(choice: object) -> LoadView:
            user_id = self.view.person.id if self.view.person else None
            with one_action(self.view._engine, immediate=True) as uow:
                return set_crew(uow, trip, choice, user_id=user_id)  # type: ignore[arg-type]

        dialog = CrewDialog(self.view._engine, trip, self.view._shown.crew, save, self.view)
        dialog.accepted.connect(lambda: self._on_crew(dialog.result_value))
        self.crew_dialog = dialog
        dialog.open()
        return dialog

    def _on_crew(self, load: LoadView) -> None:
        self.view.say(
            self.tr("Trip {trip}: crew {driver}, truck {truck}").format(
                trip=load.trip_number,
                driver=load.driver or "?",
                truck=load.crew.get("truck") or "?",
            ),
            GREEN,
        )
        self.view.refresh()

    def show_records(self) -> RecordsDialog:
        """The drivers', trucks' and trailers' records (personal data for whom may see it)."""
        dialog = RecordsDialog(self.view._engine, self.view.person, self.view)
        dialog.changed.connect(self.view.form.crew.reload)
        self.records_dialog = dialog
        dialog.open()
        return dialog

    def ask_prior_notice(self) -> None:
        """The FDA prior notice number of the parcel selected on the truck (or the first that
        lacks one)."""
        if self.view._shown is None:
            return
        index = self.view.parcels_table.currentIndex()
        parcel = None
        if index.isValid():
            source = self.view.parcels_table.model().mapToSource(index)  # type: ignore[attr-defined]
            parcel = self.view.parcels_model.row_at(source.row()).parcel_id
        missing = self.view._shown.missing_prior_notice
        if parcel is None or (missing and parcel not in missing and not index.isValid()):
            parcel = missing[0] if missing else None
        if parcel is None:
            self.view.say(self.tr("FDA prior notice: select a parcel on the truck first"), RED)
            return
        number, ok = QInputDialog.getText(
            self.view,
            self.tr("FDA prior notice of {parcel}").format(parcel=parcel),
            self.tr("Prior notice confirmation number of parcel {parcel}:").format(parcel=parcel),
        )
        if ok and number.strip():
            self.give_prior_notice(parcel, number)

    def give_prior_notice(self, parcel: str, number: str) -> None:
        try:
            with one_action(self.view._engine, immediate=True) as uow:
                kept = set_prior_notice(uow, parcel, number, by=self.view.person)
        except UserError as error:
            self.view.say(self.tr("NOT SAVED: {error}").format(error=error), RED)
            return
        self.view.say(
            self.tr("{parcel}: FDA prior notice {number}").format(parcel=parcel, number=kept), GREEN
        )
        self.view.refresh()

    # -- the seal: a driver's or supervisor's name and PIN ----------------------------------

    def ask_seal(self) -> None:
        """Ask for the name and PIN of whoever closes the truck (a modeless dialog)."""
        if self.view._trip is None:
            return
        seal, trip = self.view.seal_edit.text().strip(), self.view._trip
        if not seal:
            self.view.say(self.tr("Close: type or scan the seal number first (Alt+N)"), RED)
            self.view.seal_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        shown = self.view._shown
        waiting = shown.needing_decision if shown is not None else ()
        if waiting:  # said before any name or PIN is asked: the service would refuse after
            blocked = self.tr(
                "Trip {trip} cannot close yet: {parcels} need a decision first (Decisions, Ctrl+3)"
            )
            self.view.say(blocked.format(trip=trip, parcels=", ".join(waiting)), RED)
            return
        count = self.view.parcels_model.rowCount()
        dialog = AuthorizeDialog(
            self.tr("Close trip {trip}").format(trip=trip),
            self.tr(
                "Close trip {trip} with seal {seal}: {count} parcel(s) on it. Nothing can be "
                "put on or taken off afterwards."
            ).format(trip=trip, seal=seal, count=count),
            lambda who, pin, _reason: self._sealed(trip, seal, who, pin),
            self.view,
            needs_reason=False,
            role_text=self.tr("Driver or supervisor"),
        )
        dialog.accepted.connect(lambda: self._on_sealed(dialog.result_value))
        self.authorize_dialog = dialog
        dialog.open()

    def _sealed(self, trip: str, seal: str, who: str, pin: str) -> LoadView:
        """The PIN's check and the seal: one transaction, on the disk when it returns."""
        with one_action(self.view._engine, immediate=True, durable=True) as uow:
            return close_load(uow, trip, seal=seal, user=who, pin=pin)

    def _reopened(self, trip: str, reason: str, who: str, pin: str) -> LoadView:
        with one_action(self.view._engine, immediate=True) as uow:
            return reopen_load(uow, trip, reason=reason, user=who, pin=pin)

    def _on_sealed(self, load: LoadView) -> None:
        self.view.seal_edit.clear()
        self.view.say(
            self.tr("Trip {trip} sealed with {seal}: print the driver pack (Alt+K)").format(
                trip=load.trip_number, seal=load.seal
            ),
            GREEN,
        )
        self.view.load_sealed.emit(load.trip_number, load.seal or "")
        self.view.refresh()
        self.view.pack_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_reopen(self) -> None:
        """A supervisor reopens a sealed trip, with a reason (audited)."""
        if self.view._trip is None:
            return
        trip = self.view._trip
        dialog = AuthorizeDialog(
            self.tr("Reopen trip {trip}").format(trip=trip),
            self.tr("Reopen sealed trip {trip}: parcels can go on and off again.").format(
                trip=trip
            ),
            lambda who, pin, reason: self._reopened(trip, reason, who, pin),
            self.view,
        )
        dialog.accepted.connect(self._on_reopened)
        self.authorize_dialog = dialog
        dialog.open()

    def _on_reopened(self) -> None:
        self.view.say(
            self.tr("Trip {trip} reopened: parcels can go on and off").format(trip=self.view._trip),
            AMBER,
        )
        self.view.refresh()
