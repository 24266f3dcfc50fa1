"""Where the shipped resources and the user's data folder are, from source and in the bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "s321-desk"
DATA_DIR_ENV = "S321_DATA_DIR"
DB_ENV = "S321_DB"
DATABASE_URL_ENV = "S321_DATABASE_URL"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in the source tree, inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """One file or folder under ``resources/``."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's data folder (created on demand); ``S321_DATA_DIR`` overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The database used when neither ``--db`` nor ``S321_DB`` names one."""
    return data_dir() / "s321-desk.sqlite3"


def demo_db_path() -> Path:
    """The demo database that ``s321-desk demo`` (re)creates."""
    return data_dir() / "demo.sqlite3"


def log_path() -> Path:
    """The log file where unexpected errors are written with their traceback."""
    logs = data_dir() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    return logs / "s321-desk.log"


def chosen_store(db: str | None, database_url: str | None = None) -> Path | str:
    """The store a command works on: ``--database-url`` or ``--db`` (not both), else
    ``S321_DATABASE_URL``, else ``S321_DB``, else the default file. A URL is returned as text,
    a file as a Path."""
    if db and database_url:
        raise ValueError("--db and --database-url name two stores: give one of them")
    if database_url:
        return _url(database_url, "--database-url")
    if db:
        return Path(db).expanduser()
    env_url = os.environ.get(DATABASE_URL_ENV)
    if env_url:
        return _url(env_url, DATABASE_URL_ENV)
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_db_path()


def _url(value: str, where: str) -> str:
    if not value.startswith(("postgresql://", "postgresql+psycopg://")):
        raise ValueError(
            f"{where}: {value.split('://')[0] if '://' in value else value!r} is not a "
            "PostgreSQL URL (postgresql+psycopg://USER@HOST/DATABASE)"
        )
    if value.startswith("postgresql://"):  # the same server through the driver we ship
        value = "postgresql+psycopg://" + value.removeprefix("postgresql://")
    return value
