"""The arrows point one way: domain <- store, documents <- services <- ui and cli; Qt in ui only."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "s321_desk"

# What each layer must not import (prefix match on the module name).
FORBIDDEN = {
    "domain": (
        "s321_desk.store",
        "s321_desk.services",
        "s321_desk.documents",
        "s321_desk.ui",
        "s321_desk.app",
        "s321_desk.cli",
    ),
    "store": (
        "s321_desk.services",
        "s321_desk.documents",
        "s321_desk.ui",
        "s321_desk.app",
        "s321_desk.cli",
        "PySide6",
    ),
    "documents": (
        "s321_desk.store",
        "s321_desk.services",
        "s321_desk.ui",
        "s321_desk.app",
        "s321_desk.cli",
        "PySide6",
    ),
    "services": ("s321_desk.ui", "s321_desk.app", "s321_desk.cli", "PySide6"),
}


def imports_of(path: Path, root: Path = PACKAGE.parent) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                names.add(node.module or "")
            else:  # relative: resolved against the module's own package
                package = list(path.relative_to(root).with_suffix("").parts)[:-1]
                base = package[: len(package) - node.level + 1]
                names.add(".".join(base + ([node.module] if node.module else [])))
    return names


def modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_one_way(layer: str) -> None:
    offences = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in modules(layer)
        for name in sorted(imports_of(path))
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []


# Below the rooms of a layer, the shared floor every room stands on: it imports nothing from the
# rooms beside it (services/kernel from no other sub-package of services/, ui/kit from no view).
SHARED_FLOORS = {"services": "kernel", "ui": "kit"}
# Climbs there today: the person acting, their roles and the PIN check live in
# services/admin/users.py, the audit anchor's setting in services/admin/settings.py (issue 19:
# who may decide moves to the domain). None may be added.
FLOOR_CLIMBS = {
    ("s321_desk/services/kernel/access.py", "s321_desk.services.admin.users"),
    ("s321_desk/services/kernel/actor.py", "s321_desk.services.admin.users"),
    ("s321_desk/services/kernel/audit_anchor.py", "s321_desk.services.admin.settings"),
}


def rooms_of(layer: str) -> list[str]:
    """The modules and sub-packages of a layer, as import names (its floor included)."""
    return [
        f"s321_desk.{layer}.{path.stem}"
        for path in sorted((PACKAGE / layer).iterdir())
        if (path.suffix == ".py" and path.stem != "__init__") or (path / "__init__.py").exists()
    ]


@pytest.mark.parametrize("layer", sorted(SHARED_FLOORS))
def test_the_shared_floor_imports_no_room(layer: str) -> None:
    floor = f"s321_desk.{layer}.{SHARED_FLOORS[layer]}"
    rooms = [room for room in rooms_of(layer) if room != floor]
    assert floor in rooms_of(layer) and len(rooms) > 3
    offences = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in sorted((PACKAGE / layer / SHARED_FLOORS[layer]).rglob("*.py"))
        for name in sorted(imports_of(path))
        if any(name == room or name.startswith(room + ".") for room in rooms)
        and (str(path.relative_to(PACKAGE.parent)), name) not in FLOOR_CLIMBS
    ]
    assert offences == []


# What the engine may use beyond the standard library, each for a reason of the rules.
DOMAIN_MAY_IMPORT = {
    # RULES.md s5: a US address is parsed into Publication 28 components by a parser trained
    # on real addresses (domain/addresses.py), not by patterns of ours.
    "usaddress": "s321_desk/domain/addresses.py",
    # RULES.md s5: nicknames from a public table shipped in resources/ (domain/recipients.py),
    # found where the shipped rule data is found, in the source tree and in the bundle alike.
    "s321_desk.paths": "s321_desk/domain/recipients.py",
}


def test_domain_uses_the_standard_library_only() -> None:
    offences = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in modules("domain")
        for name in sorted(imports_of(path))
        if name.split(".")[0] not in sys.stdlib_module_names
        and not name.startswith("s321_desk.domain")
        and name != "__future__"
        and DOMAIN_MAY_IMPORT.get(name) != str(path.relative_to(PACKAGE.parent))
    ]
    assert offences == []


def test_qt_only_in_the_ui_and_the_composition_root() -> None:
    # i18n.py: the desk's language and Qt's translators, installed by the composition root.
    allowed = {PACKAGE / "app.py", PACKAGE / "i18n.py"} | set(modules("ui"))
    offences = [
        str(path.relative_to(PACKAGE.parent))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path not in allowed and any(n.startswith("PySide6") for n in imports_of(path))
    ]
    assert offences == []


def test_the_walker_finds_imports(tmp_path: Path) -> None:
    module = tmp_path / "s321_desk" / "store" / "probe.py"
    module.parent.mkdir(parents=True)
    module.write_text("import os.path\nfrom PySide6.QtCore import QObject\nfrom ..ui import x\n")
    assert imports_of(module, root=tmp_path) == {"os.path", "PySide6.QtCore", "s321_desk.ui"}


def test_the_desks_start_imports_no_document_or_migration_library() -> None:
    """ReportLab and the barcodes load when a paper is first made, Alembic when a store needs
    upgrading: the desk's start (every service and the main window imported) needs neither."""
    probe = (
        "import sys, pkgutil, importlib; from s321_desk import services; "
        "[importlib.import_module(m.name) "
        " for m in pkgutil.walk_packages(services.__path__, 's321_desk.services.')]; "
        "import s321_desk.app; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'barcode', 'alembic'}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
