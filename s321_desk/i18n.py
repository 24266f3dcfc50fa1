"""The desk's language (English or French): chosen per station machine, else the system's; and
the Qt translators that make the desk speak it.

The choice is read before the store opens (the desk speaks its language from its first
message, sign-in included): ``S321_LANGUAGE`` (en, fr or system) when set, for tests and
support; else the station machine's choice, one word in the file ``language`` of the data
folder (written by the settings view, takes effect at the next start); else the system
locale: French for any ``fr_*`` locale, English otherwise.

Only the desk's windows follow it. The command line stays English (its human messages, its
JSON and the ``check`` contract), and so do every paper for US Customs and the carrier, the
export files, the logs and the audit trail's stored texts.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from s321_desk.domain import texts
from s321_desk.paths import data_dir, resource

LANGUAGE_ENV = "S321_LANGUAGE"
LANGUAGE_FILE = "language"  # in the data folder: one word, a CHOICES key
# What a station may choose; the languages the desk speaks are those but "system".
CHOICES = ("system", "en", "fr")
LANGUAGES = ("en", "fr")
# The locale of each language, for Qt's own catalogue (qtbase: standard buttons, dialogs).
LOCALES = {"en": "en_CA", "fr": "fr_CA"}

logger = logging.getLogger("s321_desk")


def language_file() -> Path:
    """Where the station machine's choice is kept."""
    return data_dir() / LANGUAGE_FILE


def saved_choice() -> str:
    """The station machine's choice (``system`` when none was saved, or the file holds
    something else than a choice)."""
    try:
        word = language_file().read_text(encoding="utf-8").strip().lower()
    except OSError:
        return "system"
    return word if word in CHOICES else "system"


def save_choice(choice: str) -> None:
    """Keeps ``choice`` for this station machine (the desk reads it at its next start)."""
    if choice not in CHOICES:
        raise ValueError(f"{choice!r} is not a language choice ({', '.join(CHOICES)})")
    language_file().write_text(choice + "\n", encoding="utf-8")


def chosen() -> str:
    """``S321_LANGUAGE`` when it holds a choice, else the station machine's choice."""
    word = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    if word in CHOICES:
        return word
    if word:
        logger.warning("%s=%s is not one of %s: ignored", LANGUAGE_ENV, word, ", ".join(CHOICES))
    return saved_choice()


def system_language(locale: QLocale | None = None) -> str:
    """French for a French locale (fr_CA, fr_FR...), English for any other."""
    locale = locale if locale is not None else QLocale.system()
    return "fr" if locale.language() == QLocale.Language.French else "en"


def desk_language() -> str:
    """The language the desk speaks at this start: ``en`` or ``fr``."""
    choice = chosen()
    return system_language() if choice == "system" else choice


def catalogues(language: str) -> list[Path]:
    """The desk's compiled catalogues for ``language`` (one per source module)."""
    return sorted(resource("i18n", language).glob("*.qm"))


def install_translators(language: str) -> list[QTranslator]:
    """Installs on the running application every catalogue of ``resources/i18n/LANGUAGE/``
    and Qt's own (qtbase) for the language; returns them, for ``remove_translators``.
    English is the source language: nothing to install. A catalogue that does not load is
    logged and skipped: the desk then shows that module's English rather than nothing."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the Qt application must exist before its translators")
    if language not in LANGUAGES:
        raise ValueError(f"{language!r} is not a language of the desk ({', '.join(LANGUAGES)})")
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(LOCALES[language]), "qtbase", "_", folder):
        installed.append(qt_own)
    else:
        logger.warning("Qt's own %s catalogue (qtbase) not found in %s", language, folder)
    for path in catalogues(language):
        translator = QTranslator(app)
        if translator.load(str(path)):
            installed.append(translator)
        else:
            logger.error("Cannot load the catalogue %s", path)
    for translator in installed:
        app.installTranslator(translator)
    texts.use_translator(QCoreApplication.translate)  # the services' and the engine's texts
    return installed


def remove_translators(translators: list[QTranslator]) -> None:
    """Takes the translators off the application again (a test, or the desk closing)."""
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    texts.use_translator(None)
