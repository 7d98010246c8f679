"""Where the `resources/` folder (icons, translations) is in a checkout, wheel or bundle.

The source tree keeps `resources/` at the top level (see the README's layout). A
wheel and the PyInstaller bundle carry a copy inside the package, as
`keyfold/resources/` (setup.py's build step and packaging/keyfold.spec put it
there), so an installed Keyfold finds it beside its own code.
"""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[2]  # keyfold/gui/base/ -> keyfold/
PACKAGED = _PACKAGE / "resources"
SOURCE_TREE = _PACKAGE.parents[1] / "resources"


def resources_dir() -> Path:
    """The packaged copy when there is one, else the checkout's `resources/`."""
    return PACKAGED if PACKAGED.is_dir() else SOURCE_TREE


def resource(*parts: str) -> Path:
    """A path below the resources folder, e.g. `resource("icons", "key.svg")`."""
    return resources_dir().joinpath(*parts)
