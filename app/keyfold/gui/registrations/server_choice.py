"""An editable list of server addresses: saved servers, the default, and known ones."""

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from keyfold.controller.registry_servers import ServerRecord


class ServerChoice(QComboBox):
    """Pick a saved server or type another address; `url()` is what is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(32)
        self.setAccessibleName(self.tr("Server"))
        line = self.lineEdit()
        assert line is not None  # editable combos have one
        line.setPlaceholderText("https://registry.example.org")

    def set_servers(
        self,
        servers: Sequence[ServerRecord],
        others: Iterable[str] = (),
        selected: str | None = None,
    ) -> None:
        """Saved servers first (the env default marked), then others already used.

        A typed address survives; a listed one that is gone gives way to the first.
        """
        current = selected or (self.url() if not self._on_item() else None)
        listed = self.url() if self._on_item() else None
        self.clear()
        seen: set[str] = set()
        for server in servers:
            label = (
                server.url if server.saved else self.tr("{url} (default)").format(url=server.url)
            )
            self.addItem(label, server.url)
            seen.add(server.url)
        for url in others:
            if url not in seen:
                self.addItem(url, url)
                seen.add(url)
        if current:
            self.select(current)
        elif listed in seen:
            self.select(listed)

    def select(self, url: str) -> None:
        index = self.findData(url)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(url)

    def url(self) -> str:
        # The label of the default server carries "(default)"; its data is the URL.
        if self._on_item():
            return str(self.itemData(self.currentIndex()))
        return self.currentText().strip()

    def _on_item(self) -> bool:
        index = self.currentIndex()
        return index >= 0 and self.currentText().strip() == self.itemText(index)
