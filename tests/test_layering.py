"""The house rule: core and archive_schema run without Qt (proved in a clean interpreter)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import zacni_app.core

REPO = Path(__file__).resolve().parent.parent


def test_core_and_schema_load_no_qt() -> None:
    modules = ["archive_schema"] + [
        f"zacni_app.core.{m.name}" for m in pkgutil.iter_modules(zacni_app.core.__path__)
    ]
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import zacni_app.cli\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert done.stdout.strip() == "", f"Qt loaded below the ui layer: {done.stdout}"


def test_ui_imports_qt_from_one_module() -> None:
    offenders = []
    for path in (REPO / "zacni_app" / "ui").rglob("*.py"):
        if path.name == "qt.py":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.lstrip().startswith(("from PySide6", "import PySide6")):
                offenders.append(f"{path.name}: {line.strip()}")
    assert offenders == []
