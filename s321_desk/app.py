"""Composition root: the Qt application, the store, the main window, and how failures are shown."""

from __future__ import annotations

import gc
import logging
import sys
import time
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from s321_desk import __version__
from s321_desk.i18n import (
    LANGUAGES,
    LOCALES,
    catalogues,
    desk_language,
    install_translators,
    remove_translators,
)
from s321_desk.paths import APP_NAME, data_dir, resource
from s321_desk.services.admin.settings import window_settings
from s321_desk.services.admin.users import key_stored_pins
from s321_desk.services.kernel.errors import UserError, store_damaged
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.database import Store, StoreError, StoreTarget, open_store
from s321_desk.store.uow import one_action
from s321_desk.ui.kit.errors import LOGGER_NAME, show_store_error, unexpected_errors_reported
from s321_desk.ui.kit.style import base_font
from s321_desk.ui.main_window import MainWindow
from s321_desk.ui.station.sounds import SoundEffects, check_sound_backend, open_sound_output

ORGANIZATION_NAME = "s321-desk"

logger = logging.getLogger(LOGGER_NAME)


def build_main_window(store: Store) -> MainWindow:
    """The main window on an open store (the caller shows it and keeps the store open), given
    the store's one handle, made here."""
    handle = StoreHandle(store)
    with one_action(handle.engine) as uow:
        station, zone = window_settings(uow.session)
    return MainWindow(
        handle,
        station=station,
        zone=ZoneInfo(zone),
        label_folder=data_dir() / "labels",
        scheduled_backup=lambda: _backup_if_due(store),
    )


def _backup_if_due(store: Store) -> object:
    """The scheduled backup's check (a minute after the start, then every ten minutes, on a
    thread of its own): the backups' service loads with the first, not with the start."""
    from s321_desk.services.admin.backup import backup_if_due

    return backup_if_due(store)


def show_main_window_once(store: Store, timeout: float = 10.0) -> tuple[str, int]:
    """The main window on the store, in the station's language, shown until the platform has
    exposed it, painted whole, then closed (the self-test); the Qt platform's name and the
    orders it listed."""
    app = _application()
    previous = qInstallMessageHandler(_without_size_hint_warning)
    translators = install_translators(desk_language())  # as the desk opens
    window = build_main_window(store)
    try:
        window.show()
        deadline = time.monotonic() + timeout
        while not ((handle := window.windowHandle()) and handle.isExposed()):
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"the main window was not shown within {timeout:.0f} s "
                    f"(Qt platform {app.platformName()})"
                )
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if window.grab().isNull():
            raise RuntimeError("the main window could not be painted")
        return app.platformName(), window.orders_view.model.rowCount()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        remove_translators(translators)
        qInstallMessageHandler(previous)


def check_translations() -> str:
    """Whether the desk can speak each of its languages here (the self-test): every catalogue
    of resources/i18n and Qt's own load; RuntimeError names the one that does not."""
    app = _application()
    found = []
    for language in LANGUAGES[1:]:  # English is the source language: nothing to load
        files = catalogues(language)
        if not files:
            raise RuntimeError(f"{resource('i18n', language)}: no catalogue")
        for path in files:
            if not QTranslator(app).load(str(path)):
                raise RuntimeError(f"{path}: the catalogue does not load")
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not QTranslator(app).load(QLocale(LOCALES[language]), "qtbase", "_", folder):
            raise RuntimeError(f"{folder}: no qtbase catalogue for {language}")
        found.append(f"{language} ({len(files)} catalogues and Qt's own)")
    return f"{', '.join(found)} load; this station speaks {desk_language()}"


def check_sounds(timeout: float = 5.0) -> str:
    """Whether the station's sounds can play here (the self-test): QtMultimedia and its backend,
    and with an audio output, every sound decoded and ready on it."""
    app = _application()
    found = check_sound_backend()
    output = open_sound_output(app)
    if isinstance(output, SoundEffects):
        deadline = time.monotonic() + timeout
        while not output.loaded():
            if time.monotonic() > deadline:
                raise RuntimeError(f"the sounds were not ready within {timeout:.0f} s ({found})")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        found += ", every sound ready on it"
    return found


# WORKAROUND: Qt's offscreen platform plugin does not implement propagateSizeHints() and warns
# whenever a top-level window is shown; harmless, and absent on real platforms.
SIZE_HINT_WARNING = "This plugin does not support propagateSizeHints()"


def _without_size_hint_warning(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    if text != SIZE_HINT_WARNING:
        print(f"Qt: {text}", file=sys.stderr)


def run_gui(target: StoreTarget) -> int:
    """Open the store (a file or a database URL) and run the desk until its window closes, in
    the station's language (s321_desk.i18n) from its first message on."""
    app = _application()
    translators = install_translators(desk_language())
    try:
        return _run_desk(app, target)
    finally:
        remove_translators(translators)


def _run_desk(app: QApplication, target: StoreTarget) -> int:
    with unexpected_errors_reported() as reporter:
        try:
            store = open_store(target)
        except StoreError as error:
            logger.error("Cannot open the database: %s", error.english)
            print(f"s321-desk: {error.english}", file=sys.stderr)
            show_store_error(str(error))
            return 1
        if store.migration_backup is not None:
            logger.info("Database upgraded; a copy from before is at %s", store.migration_backup)
        if store.damaged is not None:  # opened read-only: said, with the way to restore
            logger.error("%s", store.damaged.english)
            show_store_error(str(store.damaged))
        else:
            try:
                key_stored_pins(store.engine)  # an older store's plain PIN hashes, keyed now
            except UserError as error:  # a key file others can read: said, the desk opens
                logger.warning("The stored PINs were not keyed: %s", error.english)
        try:
            window = build_main_window(store)
            window.show()
            gc.enable()  # paused by the command line while the desk's start was made
        except Exception as error:  # a bug before the event loop runs: nobody else would see it
            if store.damaged is None or store_damaged(error) is None:
                reporter.report_and_wait(type(error), error, error.__traceback__)
            else:  # the damage was said; it reaches what the window reads first: no bug
                logger.error("The damaged database cannot be read: %s", error)
            store.dispose()
            return 1
        try:
            return app.exec()
        finally:
            store.dispose()


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Only the program name: the CLI has parsed the arguments, Qt must not reinterpret them.
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationVersion(__version__)
    app.setFont(base_font(app.font()))
    return app
