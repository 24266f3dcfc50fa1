"""The crew pickers of a trip: its driver, co-driver, truck and trailer, from the records."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy import Engine

from s321_desk.services.loads.crew_records import drivers_to_pick, list_trailers, list_trucks
from s321_desk.services.loads.trip_crew import CrewChoice
from s321_desk.store.uow import one_action

NONE = ""


class CrewPickers:
    """Four lists to pick a trip's crew from; the records read again by ``reload``. A driver
    is listed by number and name only: no personal data here."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self.driver_combo, self.co_driver_combo = QComboBox(), QComboBox()
        self.truck_combo, self.trailer_combo = QComboBox(), QComboBox()
        self.reload()

    def rows(self) -> list[tuple[str, QWidget]]:
        """The form's rows: (label with its Alt letter, the list)."""
        return [
            (QCoreApplication.translate("CrewPickers", "&Driver:"), self.driver_combo),
            (QCoreApplication.translate("CrewPickers", "Co-driver:"), self.co_driver_combo),
            (QCoreApplication.translate("CrewPickers", "Truck:"), self.truck_combo),
            (QCoreApplication.translate("CrewPickers", "Tra&iler:"), self.trailer_combo),
        ]

    def reload(self) -> None:
        """The active records, the current picks kept where they still are."""
        with one_action(self._engine) as uow:  # the three lists at once, a read: no lock
            drivers = [(d.number, f"{d.number} {d.name}") for d in drivers_to_pick(uow)]
            trucks = [(t.unit, t.caption) for t in list_trucks(uow)]
            trailers = [(t.number, t.caption) for t in list_trailers(uow)]
        none = QCoreApplication.translate("CrewPickers", "(none)")
        for combo, items in (
            (self.driver_combo, drivers),
            (self.co_driver_combo, drivers),
            (self.truck_combo, trucks),
            (self.trailer_combo, trailers),
        ):
            picked = combo.currentData()
            combo.clear()
            combo.addItem(none, NONE)
            for key, caption in items:
                combo.addItem(caption, key)
            combo.setCurrentIndex(max(0, combo.findData(picked)))

    def choice(self) -> CrewChoice:
        return CrewChoice(
            driver=self.driver_combo.currentData() or None,
            co_driver=self.co_driver_combo.currentData() or None,
            truck=self.truck_combo.currentData() or None,
            trailer=self.trailer_combo.currentData() or None,
        )

    def show_choice(self, crew: dict[str, str | None]) -> None:
        for combo, place in (
            (self.driver_combo, "driver"),
            (self.co_driver_combo, "co_driver"),
            (self.truck_combo, "truck"),
            (self.trailer_combo, "trailer"),
        ):
            combo.setCurrentIndex(max(0, combo.findData(crew.get(place) or NONE)))

    def clear(self) -> None:
        for combo in (
            self.driver_combo,
            self.co_driver_combo,
            self.truck_combo,
            self.trailer_combo,
        ):
            combo.setCurrentIndex(0)
