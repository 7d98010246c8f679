"""A typed QT_TRANSLATE_NOOP for tables of texts: PySide6's stub says it returns `object`.

lupdate finds the calls by name, so this marks texts exactly like Qt's own; translate
them where they are shown with `QCoreApplication.translate(context, text)`.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text` unchanged, marked for translation in `context`."""
    return text
