"""Files the desk writes (papers, exports, saved copies): whole, or not at all.

The bytes go to a hidden file beside the target, are flushed to the disk, and only then, once
``before_rename`` (an audit record, a last chance to cancel) has succeeded, take the target's
name in one rename. A crash, a full disk or a cancel leaves the old file as it was and nothing
half-written under the target's name.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from s321_desk.domain.texts import translate
from s321_desk.services.errors import UserError


def check_target(out: Path, option: str = "--out") -> None:
    """Refuse a target whose folder is missing or that is a folder, naming it."""
    folder = out.parent
    if not folder.exists():
        raise UserError(
            translate("OutputFile", "{option}: the folder {folder} does not exist").format(
                option=option, folder=folder
            )
        )
    if not folder.is_dir():
        raise UserError(
            translate("OutputFile", "{option}: {folder} is not a folder").format(
                option=option, folder=folder
            )
        )
    if out.is_dir():
        raise UserError(
            translate("OutputFile", "{option}: {out} is a folder; name the file to write").format(
                option=option, out=out
            )
        )


def write_whole(
    out: Path, body: bytes, *, before_rename: Callable[[], None] | None = None,
    option: str = "--out",
) -> None:  # fmt: skip
    """Write ``body`` as ``out``, replacing any file there only once all of it is on disk and
    ``before_rename`` has returned (what it raises leaves ``out`` untouched)."""
    partial = out.with_name(f".{out.name}.{os.getpid()}.partial")
    try:
        with open(partial, "wb") as stream:
            stream.write(body)
            stream.flush()
            os.fsync(stream.fileno())
        if before_rename is not None:
            before_rename()
        os.replace(partial, out)
    except OSError as error:
        raise UserError(
            translate("OutputFile", "{option}: cannot write {out} ({why})").format(
                option=option, out=out, why=error.strerror or error
            )
        ) from None
    finally:
        partial.unlink(missing_ok=True)
