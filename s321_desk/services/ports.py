"""The ports of entry shipped in resources/ports.json (an administrator can edit the file)."""

from __future__ import annotations

import json
from functools import cache

from s321_desk.domain.crossings import Port
from s321_desk.domain.texts import translate
from s321_desk.paths import resource
from s321_desk.services.errors import UserError


@cache
def ports() -> dict[str, Port]:
    path = resource("ports.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        p["code"]: Port(p["code"], p["name"], p["time_zone"], p["checked"]) for p in data["ports"]
    }


def port(code: str) -> Port:
    found = ports().get(code)
    if found is None:
        raise UserError(
            translate("Ports", "port: {port} is not in resources/ports.json ({ports})").format(
                port=repr(code), ports=", ".join(ports())
            )
        )
    return found
