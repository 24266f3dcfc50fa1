"""The ports of entry: CBP's ports on the northern land border shipped in resources/ports.json
(tests/data/ports/README.md says where they come from), and those an administrator added to the
store (the setting ``added_ports``: a list of {"code", "name", "time_zone"})."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from s321_desk.domain.crossings import Port
from s321_desk.domain.texts import translate
from s321_desk.paths import resource
from s321_desk.services.kernel.errors import UserError

PORT_CODE = re.compile(r"[0-9]{4}")  # CBP Schedule D: district (2 digits), then port (2)
# The ports the store adds, as the last settings read found them (``use_added``): the services
# look a port up by its code alone, wherever the store's settings were read from.
_added: dict[str, Port] = {}


@cache
def shipped_ports() -> dict[str, Port]:
    path = resource("ports.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        p["code"]: Port(p["code"], p["name"], p["time_zone"], p["checked"]) for p in data["ports"]
    }


def ports() -> dict[str, Port]:
    """Every port, the shipped ones first (by code), then those the store added."""
    return {**shipped_ports(), **_added}


def port(code: str) -> Port:
    found = ports().get(code)
    if found is None:
        raise UserError(
            translate("Ports", "port: {port} is not in resources/ports.json ({ports})").format(
                port=repr(code), ports=", ".join(ports())
            )
        )
    return found


def added_port(item: Any) -> Port:
    """One port an administrator adds, or a UserError naming the field wrong."""
    if not isinstance(item, dict):
        raise UserError(
            translate("Ports", 'a port is an object with "code", "name" and "time_zone"')
        )
    code, name, zone = item.get("code"), item.get("name"), item.get("time_zone")
    if not isinstance(code, str) or not PORT_CODE.fullmatch(code):
        raise UserError(
            translate("Ports", "code {code} is not 4 digits (CBP's port code, e.g. 3004)").format(
                code=repr(code)
            )
        )
    if not isinstance(name, str) or not name.strip():
        raise UserError(translate("Ports", "port {code}: the name is empty").format(code=code))
    try:
        ZoneInfo(str(zone))
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(
            translate(
                "Ports", "port {code}: {zone} is not a time zone such as America/Vancouver"
            ).format(code=code, zone=repr(zone))
        ) from None
    unknown = sorted(set(item) - {"code", "name", "time_zone"})
    if unknown:
        raise UserError(
            translate("Ports", "port {code}: {field} is not one of code, name, time_zone").format(
                code=code, field=repr(unknown[0])
            )
        )
    return Port(code, name.strip(), str(zone), True)


def check_added(items: Any) -> list[Port]:
    """The ports of an ``added_ports`` value; a UserError for a wrong one or a code taken."""
    if not isinstance(items, list):
        raise UserError(translate("Ports", "must be a list of ports"))
    found: dict[str, Port] = {}
    for item in items:
        one = added_port(item)
        if one.code in shipped_ports() or one.code in found:
            taken = shipped_ports().get(one.code) or found[one.code]
            raise UserError(
                translate("Ports", "port {code} is already in the list: {name}").format(
                    code=one.code, name=taken.name
                )
            )
        found[one.code] = one
    return list(found.values())


def use_added(items: Any) -> None:
    """The store's added ports, as its settings were just read (checked when written; one no
    longer valid is left out rather than stop every read)."""
    try:
        found = check_added(items or [])
    except UserError:
        found = []
    global _added
    _added = {one.code: one for one in found}  # swapped whole: a reader sees one or the other


def port_item(one: Port) -> dict[str, str]:
    """A port as the ``added_ports`` setting keeps it."""
    return {"code": one.code, "name": one.name, "time_zone": one.time_zone}
