"""The restore wizard's first pages: choose files and see what they hold; conflicts."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from keyfold.controller.backups import ConflictPolicy
from keyfold.core.display import shown
from keyfold.gui.backups import restore_flow as flow
from keyfold.gui.base.naming import named
from keyfold.gui.base.theme import error_color, warning_color
from keyfold.gui.base.widgets.drop_area import FileDropArea

if TYPE_CHECKING:
    from keyfold.gui.backups.restore_wizard import RestoreWizard


class ChooseFilesPage(QWizardPage):
    def __init__(self, wizard: "RestoreWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Which backups do you want to restore?"))
        self.setSubTitle(
            self.tr(
                "Drop backup files here or choose them: single-key backups (.json) or bundles "
                "(.tar.gz). Keyfold shows what each holds before asking for the passphrase."
            )
        )
        self.drop_area = FileDropArea(
            self.tr("Drop backup files here"), self.tr("Choose backup files…")
        )
        self.drop_area.setObjectName("restoreDropArea")
        self.tree = named(QTreeWidget(), "restoreFileTree")
        self.tree.setAccessibleName(self.tr("Chosen backup files and what they hold"))
        self.tree.setHeaderLabels([self.tr("File or key"), self.tr("Details")])
        self.tree.setColumnWidth(0, 260)
        # Backups this vault made or restored from, still on disk: one click to add.
        known = [
            record for record in wizard.ctx.controller.backups.list() if Path(record.path).is_file()
        ]
        self.known_label = QLabel(self.tr("Backups Keyfold knows about (double-click to add):"))
        self.known = named(QListWidget(), "knownBackups")
        self.known.setAccessibleName(self.tr("Known backups"))
        for record in known:
            item = QListWidgetItem(flow.known_backup_text(record))
            item.setData(Qt.ItemDataRole.UserRole, record.path)
            item.setToolTip(record.path)
            self.known.addItem(item)
        self.known.setMaximumHeight(self.known.sizeHintForRow(0) * 4 + 8 if known else 0)
        self.known_label.setVisible(bool(known))
        self.known.setVisible(bool(known))
        self.known.itemActivated.connect(
            lambda item: self.add_files([Path(item.data(Qt.ItemDataRole.UserRole))])
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.known_label)
        layout.addWidget(self.known)
        layout.addWidget(self.drop_area)
        layout.addWidget(self.tree, 1)
        self.drop_area.files_chosen.connect(self.add_files)
        self.drop_area.browse_clicked.connect(self._browse)

    def add_files(self, paths: list[Path]) -> None:
        self._wizard.add_files(paths)
        self._show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(flow.usable_files(self._wizard.files))

    def _browse(self) -> None:
        paths = self._wizard.ctx.dialogs.open_files(
            self, self.tr("Choose backup files"), self._filter()
        )
        if paths:
            self.add_files(paths)

    def _filter(self) -> str:
        """The file dialog's filter; translators keep the patterns as they are."""
        return self.tr("Keyfold backups (*.json *.tar.gz *.tgz *.dfkb);;All files (*)")

    def _show(self) -> None:
        self.tree.clear()
        bad = QBrush(QColor(error_color(self.palette())))
        warn = QBrush(QColor(warning_color(self.palette())))
        for file in self._wizard.files:
            if file.error is not None:
                top = QTreeWidgetItem([file.path.name, file.error])
                top.setToolTip(1, file.error)
                top.setForeground(1, bad)
            else:
                count = len(file.infos)
                # Singular and plural sources, both numerus: right in English with no
                # translator loaded, and every language's plural forms with one.
                keys = self.tr("%n key", "", count) if count == 1 else self.tr("%n keys", "", count)
                top = QTreeWidgetItem([shown(file.path.name), keys])
                warning = flow.warning_label()
                for info in file.infos:
                    key = QTreeWidgetItem(
                        [shown(info.name or info.key_id) or self.tr("Key"), shown(info.key_id)]
                    )
                    for label, value in flow.describe(info):
                        row = QTreeWidgetItem([label, value])
                        row.setToolTip(1, value)
                        if label == warning:
                            row.setForeground(1, warn)
                        key.addChild(row)
                    top.addChild(key)
            top.setToolTip(0, str(file.path))
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()


class ConflictsPage(QWizardPage):
    """One choice per key the vault already has, grouped by the file that holds it."""

    def __init__(self, wizard: "RestoreWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Some keys are already in this vault"))
        self.setSubTitle(
            self.tr("Choose what to do with each key from the backups that you already have.")
        )
        self.form_holder = QWidget()
        self.form = QFormLayout(self.form_holder)
        scroll = named(QScrollArea(), "conflictsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form_holder)
        self.combos: dict[tuple[Path, str], QComboBox] = {}
        self._confirmed = False
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        self._confirmed = False
        for file, ids in flow.files_with_conflicts(self._wizard.files, self._wizard.existing):
            heading = QLabel(self.tr("From {file}:").format(file=file.path.name))
            heading.setToolTip(str(file.path))
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.form.addRow(heading)
            for key_id in ids:
                combo = named(QComboBox(), f"conflict:{file.path.name}:{key_id}")
                combo.setAccessibleName(
                    self.tr("What to do with {key} from {file}").format(
                        key=key_id, file=file.path.name
                    )
                )
                for policy in flow.POLICY_LABELS:
                    combo.addItem(flow.policy_label(policy), policy.value)
                current = self._wizard.policies.get((file.path, key_id), ConflictPolicy.SKIP)
                combo.setCurrentIndex(combo.findData(current.value))
                combo.currentIndexChanged.connect(self._changed)
                self.combos[(file.path, key_id)] = combo
                label = QLabel(key_id)
                label.setBuddy(combo)
                self.form.addRow(label, combo)

    def set_policy(self, path: Path, key_id: str, policy: ConflictPolicy) -> None:
        combo = self.combos[(path, key_id)]
        combo.setCurrentIndex(combo.findData(policy.value))

    def validatePage(self) -> bool:
        for choice, combo in self.combos.items():
            self._wizard.policies[choice] = ConflictPolicy(combo.currentData())
        warning = flow.overwrite_warning(
            self._wizard.files, self._wizard.policies, self._wizard.existing
        )
        if warning is None or self._confirmed:
            return True

        def confirmed() -> None:
            self._confirmed = True
            # Not from inside validatePage: let this call return first.
            QTimer.singleShot(0, self._wizard.next)

        self._wizard.ctx.dialogs.confirm(
            self,
            self.tr("Replace keys"),
            warning,
            action=self.tr("Replace keys"),
            on_yes=confirmed,
            destructive=True,
        )
        return False

    def _changed(self) -> None:
        self._confirmed = False
