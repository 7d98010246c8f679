"""What a new user sees with no keys: what a key is for and what to do first."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from keyfold.gui.base.icons import app_icon, icon


class EmptyState(QWidget):
    """Big "Create your first key" plus the two ways to bring keys in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        logo = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        logo.setPixmap(app_icon().pixmap(96, 96))
        title = QLabel(self.tr("You have no keys yet"), alignment=Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "A key lets you sign files and messages so others can check they came "
                "from you. Create one to get started — it takes a few seconds. "
                "Afterwards, make a backup so you can get it back if this computer is lost."
            ),
            wordWrap=True,
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        text.setFixedWidth(520)
        # A fixed width lets the wrapped label report the height it needs.
        text.setMinimumHeight(text.heightForWidth(520))
        self.create_button = QPushButton(icon("key-new"), self.tr("Create your first key"))
        self.create_button.setObjectName("createFirstKeyButton")
        self.create_button.setDefault(True)
        self.create_button.setMinimumHeight(40)
        self.restore_button = QPushButton(icon("restore"), self.tr("Restore from a backup…"))
        self.restore_button.setObjectName("emptyRestoreButton")
        self.import_button = QPushButton(icon("import"), self.tr("Import a private key…"))
        self.import_button.setObjectName("emptyImportButton")
        for button in (self.create_button, self.restore_button, self.import_button):
            button.setAccessibleName(button.text().replace("…", ""))
            button.setMinimumWidth(260)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        for button in (self.create_button, self.restore_button, self.import_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
