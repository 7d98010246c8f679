"""The backups page: files Keyfold wrote, and buttons to back up or restore."""

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from keyfold.core.vault.records import BackupRecord
from keyfold.gui.backups.model import BackupTableModel
from keyfold.gui.base.icons import icon
from keyfold.gui.base.models import columns as c
from keyfold.gui.base.naming import named
from keyfold.gui.base.widgets.tables import make_table


class BackupsPage(QWidget):
    def __init__(self, model: BackupTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(c.SORT_ROLE)
        self.proxy.setSourceModel(model)
        self.view = make_table(self.proxy, "backupsView", self.tr("Backups"))
        self.view.sortByColumn(c.BACKUP_COL_DATE, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(
            c.BACKUP_COL_FILE, QHeaderView.ResizeMode.Stretch
        )
        self.view.horizontalHeader().setStretchLastSection(False)
        for column in (
            c.BACKUP_COL_KEYS,
            c.BACKUP_COL_DATE,
            c.BACKUP_COL_FORMAT,
            c.BACKUP_COL_VERIFIED,
        ):
            self.view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.hint = named(QLabel(wordWrap=True), "backupsHint")
        self.backup_button = QPushButton(icon("backup"), self.tr("Back up keys…"))
        self.restore_button = QPushButton(icon("restore"), self.tr("Restore from a backup…"))
        self.check_button = QPushButton(self.tr("Check selected backup…"))
        self.check_button.setObjectName("checkBackupButton")
        self.check_button.setToolTip(self.tr("Prove the backup opens with its passphrase"))
        for button in (self.backup_button, self.restore_button, self.check_button):
            button.setAccessibleName(button.text().replace("…", ""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.check_button.setEnabled(False)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.check_button.setEnabled(len(self.selected_records()) == 1)
        )
        self.view.doubleClicked.connect(lambda _index: self.check_button.click())

    def set_keys_needing_backup(self, key_ids: list[str]) -> None:
        if key_ids:
            names = ", ".join(key_ids[:5]) + (" …" if len(key_ids) > 5 else "")
            self.hint.setText(
                self.tr("Not backed up, or changed since the last backup: {names}").format(
                    names=names
                )
            )
        else:
            self.hint.setText(self.tr("Every key has a current backup."))

    def selected_records(self) -> list[BackupRecord]:
        rows = self.view.selectionModel().selectedRows()
        records = [index.data(c.RECORD_ROLE) for index in rows]
        return [r for r in records if isinstance(r, BackupRecord)]
