"""`named(widget, "objectName")`: set an object name inline where a widget is built."""

from typing import TypeVar

from PySide6.QtCore import QObject

ObjectT = TypeVar("ObjectT", bound=QObject)


def named(obj: ObjectT, name: str) -> ObjectT:
    obj.setObjectName(name)
    return obj
