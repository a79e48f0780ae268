"""The house: each room (package) says what lives in it, a repeated module prefix is a room not
yet made, and the layers import only downwards (the domain knows no UI; figures and exports
know no Streamlit)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = sorted(init.parent for top in ("events", "dashboard")
                  for init in (ROOT / top).rglob("__init__.py"))  # fmt: skip


def imported(path: Path) -> set[str]:
    """The top-level names of what a module imports ("streamlit", "plotly", "events", ...)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return {name.split(".")[0] for name in names}


def name_of(package: Path) -> str:
    return ".".join(package.relative_to(ROOT).parts)


@pytest.mark.parametrize("package", PACKAGES, ids=name_of)
def test_every_room_says_what_lives_in_it(package):
    doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8")))
    assert doc and len(doc.split()) >= 12, f"{name_of(package)} needs a docstring of its rooms"
    rooms = [sub.name for sub in package.iterdir() if (sub / "__init__.py").exists()]
    assert [room for room in rooms if room not in doc] == []


@pytest.mark.parametrize("package", PACKAGES, ids=name_of)
def test_no_module_prefix_repeats_in_a_room(package):
    prefixes = Counter(module.stem.split("_")[0] for module in package.glob("*.py")
                       if "_" in module.stem.strip("_"))  # fmt: skip
    assert [prefix for prefix, count in prefixes.items() if count > 1] == []


@pytest.mark.parametrize(
    ("folder", "never"),
    [
        ("events", {"streamlit", "plotly", "dashboard", "kaleido"}),
        ("dashboard/chart", {"streamlit"}),
        ("dashboard/export", {"streamlit"}),
        ("dashboard/state/view.py", {"streamlit"}),
        ("dashboard/frame.py", {"streamlit", "plotly"}),
        ("dashboard/filters.py", {"streamlit", "plotly"}),
        ("dashboard/details.py", {"streamlit", "plotly"}),
        ("dashboard/present/slides.py", {"streamlit"}),
    ],
)
def test_layers_import_only_downwards(folder, never):
    path = ROOT / folder
    modules = sorted(path.rglob("*.py")) if path.is_dir() else [path]
    found = {str(m.relative_to(ROOT)): imported(m) & never for m in modules}
    assert {module: names for module, names in found.items() if names} == {}


def test_the_start_script_only_starts_the_dashboard():
    script = ROOT / "streamlit_app.py"
    body = ast.parse(script.read_text(encoding="utf-8")).body[1:]  # after its docstring
    assert imported(script) == {"dashboard"}
    assert [type(node).__name__ for node in body] == ["ImportFrom", "Expr"]
