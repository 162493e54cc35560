"""The timeline screen's view model: the layout of kiosk/content/timeline.py, in the visitor's
language, for the sizes the view asks for."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal
from PySide6.QtQml import QmlElement

from kiosk.content import timeline
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, uncreatable
from kiosk.ui.context import AppContext

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "TimelineModel"]


@QmlElement
@uncreatable("Made by Python (the Models singleton), not by QML")
class TimelineModel(QObject):
    """``TimelineModel { cardWidth: 340; availableLanes: 5 }`` exposes cards, days, months, phases."""

    paramsChanged = Signal()
    layoutChanged = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._card_width = 300.0
        self._gap = 16.0
        self._min_day = 24.0
        self._label_spacing = 56.0
        self._available = 5
        self._data: dict[str, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        ctx = self._context
        ctx.languageChanged.connect(self.refresh)
        ctx.contentChanged.connect(self.refresh)
        self.refresh()

    def _param(self, name: str, value: float) -> None:
        if getattr(self, name) != value:
            setattr(self, name, value)
            self.paramsChanged.emit()
            self._timer.start()

    def _get_card_width(self) -> float:
        return self._card_width

    def _set_card_width(self, value: float) -> None:
        self._param("_card_width", max(80.0, float(value)))

    cardWidth = Property(float, _get_card_width, _set_card_width, notify=paramsChanged)

    def _get_gap(self) -> float:
        return self._gap

    def _set_gap(self, value: float) -> None:
        self._param("_gap", max(0.0, float(value)))

    gap = Property(float, _get_gap, _set_gap, notify=paramsChanged)

    def _get_min_day(self) -> float:
        return self._min_day

    def _set_min_day(self, value: float) -> None:
        self._param("_min_day", max(2.0, float(value)))

    minDay = Property(float, _get_min_day, _set_min_day, notify=paramsChanged)

    def _get_label_spacing(self) -> float:
        return self._label_spacing

    def _set_label_spacing(self, value: float) -> None:
        self._param("_label_spacing", max(8.0, float(value)))

    labelSpacing = Property(float, _get_label_spacing, _set_label_spacing, notify=paramsChanged)

    def _get_available(self) -> int:
        return self._available

    def _set_available(self, value: int) -> None:
        self._param("_available", max(2, int(value)))

    availableLanes = Property(int, _get_available, _set_available, notify=paramsChanged)

    def refresh(self) -> None:
        self._data = self.build()
        self.layoutChanged.emit()

    def build(self) -> dict[str, Any]:
        presenter = self._context.presenter
        ex = presenter.ex
        params = timeline.LayoutParams(
            card_width=self._card_width,
            gap=self._gap,
            min_day=self._min_day,
            label_spacing=self._label_spacing,
        )
        phases_spans = [(p.id, p.start, p.end) for p in ex.phases]
        result = timeline.best_layout(presenter.dated_events(), phases_spans, params, self._available)
        phases = {p["id"]: p for p in presenter.timeline_phases()}
        cards = [
            presenter.event_card(c.id)
            | {
                "x": c.x,
                "lane": c.lane,
                "group": c.group.value,
                "where": c.where.value,
                "spanX": c.span_x - c.x,
                "spanWidth": c.span_width,
            }
            for c in result.cards
        ]
        return {
            "cards": cards,
            "days": [
                {
                    "x": d.x,
                    "width": d.width,
                    "label": str(d.date.day),
                    "showLabel": d.label,
                    "busy": d.cards > 0,
                }
                for d in result.days
            ],
            "months": [
                {
                    "x": m.x,
                    "width": m.width,
                    "label": presenter.month_text(m.year, m.month),
                    "even": m.month % 2 == 0,
                }
                for m in result.months
            ],
            "phases": [
                phases[b.id] | {"x": b.x, "width": b.width, "row": b.row}
                for b in result.bands
                if b.id in phases
            ],
            "width": result.width,
            "lanes": result.lanes,
            "approximateLanes": result.approximate_lanes,
            "bandRows": result.band_rows,
            "beforeWidth": result.before_width,
            "scaleEnd": result.days[-1].x + result.days[-1].width if result.days else 0.0,
            "afterX": result.after_x,
            "hasAfter": any(c.where is timeline.Where.AFTER for c in result.cards),
            "period": presenter.period_text(result.domain.first, result.domain.last) if result.domain else "",
        }

    def _get_cards(self) -> list[dict[str, Any]]:
        return list(self._data.get("cards", []))

    cards = Property(list, _get_cards, notify=layoutChanged)

    def _get_days(self) -> list[dict[str, Any]]:
        return list(self._data.get("days", []))

    days = Property(list, _get_days, notify=layoutChanged)

    def _get_months(self) -> list[dict[str, Any]]:
        return list(self._data.get("months", []))

    months = Property(list, _get_months, notify=layoutChanged)

    def _get_phases(self) -> list[dict[str, Any]]:
        return list(self._data.get("phases", []))

    phases = Property(list, _get_phases, notify=layoutChanged)

    def _get_width(self) -> float:
        return float(self._data.get("width", 0.0))

    width = Property(float, _get_width, notify=layoutChanged)

    def _get_lanes(self) -> int:
        return int(self._data.get("lanes", 0))

    lanes = Property(int, _get_lanes, notify=layoutChanged)

    def _get_approximate_lanes(self) -> int:
        return int(self._data.get("approximateLanes", 0))

    approximateLanes = Property(int, _get_approximate_lanes, notify=layoutChanged)

    def _get_band_rows(self) -> int:
        return int(self._data.get("bandRows", 0))

    bandRows = Property(int, _get_band_rows, notify=layoutChanged)

    def _get_before_width(self) -> float:
        return float(self._data.get("beforeWidth", 0.0))

    beforeWidth = Property(float, _get_before_width, notify=layoutChanged)

    def _get_scale_end(self) -> float:
        return float(self._data.get("scaleEnd", 0.0))

    scaleEnd = Property(float, _get_scale_end, notify=layoutChanged)

    def _get_after_x(self) -> float:
        return float(self._data.get("afterX", 0.0))

    afterX = Property(float, _get_after_x, notify=layoutChanged)

    def _get_has_after(self) -> bool:
        return bool(self._data.get("hasAfter", False))

    hasAfter = Property(bool, _get_has_after, notify=layoutChanged)

    def _get_period(self) -> str:
        return str(self._data.get("period", ""))

    period = Property(str, _get_period, notify=layoutChanged)
