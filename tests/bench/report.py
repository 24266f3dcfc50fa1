"""How a benchmark run alone prints its figures: as JSON, or one name and value a line."""

from __future__ import annotations

import json
from collections.abc import Mapping


def show(figures: Mapping[str, object], as_json: bool) -> None:
    if as_json:
        print(json.dumps(figures))
        return
    width = max(len(name) for name in figures) + 2
    for name, value in figures.items():
        print(f"{name:{width}} {value}")
