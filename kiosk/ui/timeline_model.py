"""The timeline screen's view model: the view's sizes in, :func:`kiosk.screens.timeline_view.timeline_view`
out (the layout of kiosk/content/timeline.py in the visitor's language), as Qt properties."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, QTimer, Signal
from PySide6.QtQml import QmlElement

from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, uncreatable
from kiosk.ui.context import AppContext
from kiosk.ui.qml_data import rows

if TYPE_CHECKING:  # the timeline's layout loads with the first timeline shown (issue 18)
    from kiosk.content.timeline import LayoutParams

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "TimelineModel"]


@QmlElement
@uncreatable("Made by Python (the Models singleton), not by QML")
class TimelineModel(QObject):
    """``TimelineModel { cardWidth: 340; availableLanes: 5 }`` exposes cards, days, months, phases."""

    paramsChanged = Signal()
    layoutChanged = Signal()

    def __init__(self, state: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        from kiosk.content.timeline import LayoutParams
        from kiosk.screens.timeline_view import TimelineView

        self._params = LayoutParams(card_width=300.0, gap=16.0, min_day=24.0, label_spacing=56.0)
        self._available = 5
        self._view = TimelineView()
        self._lists: dict[str, list[Any]] = {}
        # Sizes arrive one binding at a time: the layout is made once they have all arrived.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        state.languageChanged.connect(self.refresh)
        state.contentChanged.connect(self.refresh)
        state.picturesChanged.connect(self.refresh)
        self.refresh()

    def _param(self, params: LayoutParams) -> None:
        if params != self._params:
            self._params = params
            self.paramsChanged.emit()
            self._timer.start()

    def _get_card_width(self) -> float:
        return self._params.card_width

    def _set_card_width(self, value: float) -> None:
        self._param(replace(self._params, card_width=max(80.0, float(value))))

    cardWidth = Property(float, _get_card_width, _set_card_width, notify=paramsChanged)

    def _get_gap(self) -> float:
        return self._params.gap

    def _set_gap(self, value: float) -> None:
        self._param(replace(self._params, gap=max(0.0, float(value))))

    gap = Property(float, _get_gap, _set_gap, notify=paramsChanged)

    def _get_min_day(self) -> float:
        return self._params.min_day

    def _set_min_day(self, value: float) -> None:
        self._param(replace(self._params, min_day=max(2.0, float(value))))

    minDay = Property(float, _get_min_day, _set_min_day, notify=paramsChanged)

    def _get_label_spacing(self) -> float:
        return self._params.label_spacing

    def _set_label_spacing(self, value: float) -> None:
        self._param(replace(self._params, label_spacing=max(8.0, float(value))))

    labelSpacing = Property(float, _get_label_spacing, _set_label_spacing, notify=paramsChanged)

    def _get_available(self) -> int:
        return self._available

    def _set_available(self, value: int) -> None:
        value = max(2, int(value))
        if value != self._available:
            self._available = value
            self.paramsChanged.emit()
            self._timer.start()

    availableLanes = Property(int, _get_available, _set_available, notify=paramsChanged)

    def refresh(self) -> None:
        from kiosk.screens.timeline_view import timeline_view

        self._view = timeline_view(self._state.presenter, self._params, self._available)
        self._lists = {
            "cards": rows(self._view.cards),
            "days": rows(self._view.days),
            "months": rows(self._view.months),
            "phases": rows(self._view.phases),
        }
        self.layoutChanged.emit()

    def _get_cards(self) -> list[Any]:
        return self._lists["cards"]

    cards = Property(list, _get_cards, notify=layoutChanged)

    def _get_days(self) -> list[Any]:
        return self._lists["days"]

    days = Property(list, _get_days, notify=layoutChanged)

    def _get_months(self) -> list[Any]:
        return self._lists["months"]

    months = Property(list, _get_months, notify=layoutChanged)

    def _get_phases(self) -> list[Any]:
        return self._lists["phases"]

    phases = Property(list, _get_phases, notify=layoutChanged)

    def _get_width(self) -> float:
        return self._view.width

    width = Property(float, _get_width, notify=layoutChanged)

    def _get_lanes(self) -> int:
        return self._view.lanes

    lanes = Property(int, _get_lanes, notify=layoutChanged)

    def _get_approximate_lanes(self) -> int:
        return self._view.approximate_lanes

    approximateLanes = Property(int, _get_approximate_lanes, notify=layoutChanged)

    def _get_band_rows(self) -> int:
        return self._view.band_rows

    bandRows = Property(int, _get_band_rows, notify=layoutChanged)

    def _get_before_width(self) -> float:
        return self._view.before_width

    beforeWidth = Property(float, _get_before_width, notify=layoutChanged)

    def _get_scale_end(self) -> float:
        return self._view.scale_end

    scaleEnd = Property(float, _get_scale_end, notify=layoutChanged)

    def _get_after_x(self) -> float:
        return self._view.after_x

    afterX = Property(float, _get_after_x, notify=layoutChanged)

    def _get_has_after(self) -> bool:
        return self._view.has_after

    hasAfter = Property(bool, _get_has_after, notify=layoutChanged)

    def _get_period(self) -> str:
        return self._view.period

    period = Property(str, _get_period, notify=layoutChanged)
