"""The signature pad: a participant, a case manager and (where wanted) a witness sign with a
pen (Qt tablet events, with pressure), a finger (touch events) or a mouse. The ink is handed
to services/signing.py as a PNG with a transparent background; nothing goes to disk."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen, QTabletEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lead_desktop.services.signing import CASE_MANAGER, PARTICIPANT, WITNESS, Ink
from lead_desktop.ui.attachments.importing import image_png
from lead_desktop.ui.forms.actions import message_label

INK = QColor(10, 30, 110)  # dark blue: a signature, not printed text
MOUSE_PRESSURE = 0.5


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setMinimumSize(480, 140)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.strokes: list[list[tuple[QPointF, float]]] = []
        self._drawing = False

    # --- input: pen, touch, mouse ---

    def _begin(self, point: QPointF, pressure: float) -> None:
        self.strokes.append([(QPointF(point), pressure)])
        self._drawing = True

    def _extend(self, point: QPointF, pressure: float) -> None:
        if self._drawing:
            self.strokes[-1].append((QPointF(point), pressure))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.update()
            self.changed.emit()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no mouse event is made up from it

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), MOUSE_PRESSURE)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._extend(event.position(), MOUSE_PRESSURE)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._end()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            points = event.points()
            if points:
                point = points[0]  # one finger signs; a second is ignored
                if kind == QEvent.Type.TouchBegin:
                    self._begin(point.position(), point.pressure() or MOUSE_PRESSURE)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(point.position(), point.pressure() or MOUSE_PRESSURE)
                else:
                    self._end()
            event.accept()
            return True
        return super().event(event)

    # --- what it shows and gives ---

    def clear(self) -> None:
        self.strokes.clear()
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not any(len(stroke) > 1 for stroke in self.strokes)

    def _draw(self, painter: QPainter, scale: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for stroke in self.strokes:
            for (a, pa), (b, pb) in zip(stroke, stroke[1:]):
                width = (1.2 + 3.0 * (pa + pb) / 2) * scale
                painter.setPen(QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                    Qt.PenJoinStyle.RoundJoin))
                painter.drawLine(a * scale, b * scale)

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(QColor(150, 150, 150), 1))
        baseline = self.height() - 30
        painter.drawLine(20, baseline, self.width() - 20, baseline)
        painter.drawText(QRectF(6, baseline - 22, 20, 20), "×")
        self._draw(painter, 1.0)
        painter.end()

    def image(self, scale: float = 2.0) -> QImage:
        """The ink alone, on a transparent background, cropped to what was drawn."""
        full = QImage(int(self.width() * scale), int(self.height() * scale),
                      QImage.Format.Format_ARGB32)
        full.fill(Qt.GlobalColor.transparent)
        painter = QPainter(full)
        self._draw(painter, scale)
        painter.end()
        points = [p for stroke in self.strokes for p, _ in stroke]
        if not points:
            return full
        margin = 8 * scale
        left = max(0, min(p.x() for p in points) * scale - margin)
        top = max(0, min(p.y() for p in points) * scale - margin)
        right = min(full.width(), max(p.x() for p in points) * scale + margin)
        bottom = min(full.height(), max(p.y() for p in points) * scale + margin)
        return full.copy(int(left), int(top), int(right - left), int(bottom - top))

    def png(self) -> bytes:
        return image_png(self.image())


class SignatureDialog(QDialog):
    """One pad per signer, with the printed name under it and today's date."""

    def __init__(self, signers: list[str], names: dict[str, str] | None = None, *,
                 witness_offered: bool = False, witness_wanted: bool = False,
                 title: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureDialog")
        self.setWindowTitle(title or self.tr("Sign on screen"))
        labels = {PARTICIPANT: self.tr("Participant"), CASE_MANAGER: self.tr("Case manager"),
                  WITNESS: self.tr("Witness")}
        self.pads: dict[str, SignaturePad] = {}
        self.names: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        keys = list(signers) + ([WITNESS] if witness_offered else [])
        for row, key in enumerate(keys):
            pad = SignaturePad()
            pad.setObjectName(f"pad_{key}")
            name = QLineEdit((names or {}).get(key, ""))
            name.setObjectName(f"name_{key}")
            name.setPlaceholderText(self.tr("printed name"))
            clear = QPushButton(self.tr("Clear"))
            clear.setObjectName(f"clear_{key}")
            clear.clicked.connect(pad.clear)
            grid.addWidget(QLabel(labels[key]), row * 2, 0)
            grid.addWidget(pad, row * 2, 1)
            grid.addWidget(clear, row * 2, 2)
            grid.addWidget(name, row * 2 + 1, 1)
            self.pads[key], self.names[key] = pad, name
        self.witness = QCheckBox(self.tr("A witness signs too"))
        self.witness.setObjectName("witnessSigns")
        self.witness.setChecked(witness_wanted)
        self.witness.setVisible(witness_offered)
        self.witness.toggled.connect(self._show_witness)
        self._show_witness(witness_wanted)
        date = QLabel(self.tr("Date: %1").replace(
            "%1", QDate.currentDate().toString(Qt.DateFormat.ISODate)))
        self.message = message_label("signatureMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr(
            "Sign with the pen, a finger or the mouse. The signature is placed on the form, "
            "which states that it was signed electronically, when and on this workstation."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.witness)
        layout.addWidget(date)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _show_witness(self, shown: bool) -> None:
        if WITNESS in self.pads:
            self.pads[WITNESS].setEnabled(shown)
            self.names[WITNESS].setEnabled(shown)

    def signing(self) -> list[str]:
        return [k for k in self.pads if k != WITNESS or self.witness.isChecked()]

    def accept(self) -> None:
        """Only with every signer's ink and printed name."""
        for key in self.signing():
            if self.pads[key].is_empty() or not self.names[key].text().strip():
                self.message.setText(self.tr("Each signer signs on the pad and prints their "
                                             "name."))
                return
        super().accept()

    def inks(self) -> list[Ink]:
        return [Ink(key, self.names[key].text().strip(), self.pads[key].png())
                for key in self.signing()]
