"""One visitor's choices: language and accessibility. All of it resets when the session ends.

The language itself is held by the exhibit state (kiosk/ui/context.py); this shows and sets it.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.ui.context import AppContext

TEXT_SCALES = (1.0, 1.2, 1.4, 1.65)


class Session(QObject):
    languageChanged = Signal()
    accessibilityChanged = Signal()
    choiceMade = Signal(str, str)  # kind, value: for analytics

    def __init__(self, context: AppContext, default_language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._default_language = default_language
        self._text_step = 0
        self._high_contrast = False
        self._reach_mode = False
        context.languageChanged.connect(self.languageChanged)

    def _get_language(self) -> str:
        return self._context.language

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        before = self._context.language
        self._context.set_language(language)
        if self._context.language != before:
            self.choiceMade.emit("language", self._context.language)

    language = Property(str, _get_language, setLanguage, notify=languageChanged)

    def _get_text_step(self) -> int:
        return self._text_step

    def _set_text_step(self, step: int) -> None:
        step = max(0, min(len(TEXT_SCALES) - 1, step))
        if step != self._text_step:
            self._text_step = step
            self.accessibilityChanged.emit()
            self.choiceMade.emit("text_scale", str(TEXT_SCALES[step]))

    textStep = Property(int, _get_text_step, _set_text_step, notify=accessibilityChanged)

    @Property(int, constant=True)
    def textSteps(self) -> int:
        return len(TEXT_SCALES)

    @Property(float, notify=accessibilityChanged)
    def textScale(self) -> float:
        return TEXT_SCALES[self._text_step]

    def _get_high_contrast(self) -> bool:
        return self._high_contrast

    def _set_high_contrast(self, on: bool) -> None:
        if on != self._high_contrast:
            self._high_contrast = on
            self.accessibilityChanged.emit()
            self.choiceMade.emit("high_contrast", str(on).lower())

    highContrast = Property(bool, _get_high_contrast, _set_high_contrast, notify=accessibilityChanged)

    def _get_reach_mode(self) -> bool:
        return self._reach_mode

    def _set_reach_mode(self, on: bool) -> None:
        if on != self._reach_mode:
            self._reach_mode = on
            self.accessibilityChanged.emit()
            self.choiceMade.emit("reach_mode", str(on).lower())

    reachMode = Property(bool, _get_reach_mode, _set_reach_mode, notify=accessibilityChanged)

    def choose(self, text_step: int, high_contrast: bool, reach_mode: bool) -> None:
        """Set every accessibility choice at once (proofs and tests act as a visitor would)."""
        self._set_text_step(text_step)
        self._set_high_contrast(high_contrast)
        self._set_reach_mode(reach_mode)

    def set_default_language(self, language: str) -> None:
        self._default_language = language

    @Slot()
    def reset(self) -> None:
        """Back to how a new visitor finds the kiosk."""
        changed = (self._text_step, self._high_contrast, self._reach_mode) != (0, False, False)
        self._text_step, self._high_contrast, self._reach_mode = 0, False, False
        if changed:
            self.accessibilityChanged.emit()
        self._context.set_language(self._default_language)
