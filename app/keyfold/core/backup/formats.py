"""The name of each backup variant Keyfold reads, as the CLI and reports show it."""

from keyfold.core.backup.document import Layout

FORMAT_NAMES = {
    Layout.KEYFOLD: "Keyfold standard backup (readable by both DataFold layouts)",
    Layout.SEED: "DataFold Python SDK layout (export_key: top-level salt and key_id)",
    Layout.UNIFIED: "DataFold unified layout (the SDKs' former exportKeyUnified)",
    Layout.DATAFOLD_JS: "DataFold JavaScript SDK key backup (exportKey, JSON)",
    Layout.DATAFOLD_JS_ROTATION: "DataFold JavaScript SDK rotation backup (JSON)",
    Layout.DATAFOLD_JS_BINARY: "DataFold JavaScript SDK binary backup (exportKey, .dfkb)",
}


def format_name(layout: str) -> str:
    """A layout's name for people; an unknown one as written."""
    try:
        return FORMAT_NAMES[Layout(layout)]
    except ValueError:
        return layout
