"""What the timeline screen shows, in the visitor's language: the layout of
:mod:`kiosk.content.timeline` with every card's text, as typed data the view model hands to QML.
Also the one shape of an event in a list (the map's "On this day" uses it too)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from kiosk.content.chronology import Where
from kiosk.content.timeline import LayoutParams, best_layout
from kiosk.screens.present import Presenter


@dataclass(frozen=True)
class EventSummary:
    """An event as a card or a list row."""

    id: str
    route: str
    title: str
    date: str  # written out ("14–20 October 1944")
    approximate: bool  # known only to a month or longer
    thumb: str  # an image URL, or ""
    place: str  # where it happened, or ""


def event_summary(presenter: Presenter, event_id: str) -> EventSummary:
    card = presenter.event_card(event_id)
    return EventSummary(
        id=card["id"],
        route=card["route"],
        title=card["title"],
        date=card["date"],
        approximate=card["approximate"],
        thumb=card["thumb"],
        place=card["place"],
    )


@dataclass(frozen=True)
class TimelineCard(EventSummary):
    x: float
    lane: int  # within its group
    group: str  # "exact" (upper lanes) or "approximate" (lanes of their own below)
    span_width: float  # the width of the days its date covers on the scale (0 outside it)


@dataclass(frozen=True)
class TimelineDay:
    x: float
    width: float
    label: str  # the day of the month
    show_label: bool  # room to write it
    busy: bool  # a card begins on it


@dataclass(frozen=True)
class TimelineMonth:
    x: float
    width: float
    label: str
    even: bool  # shaded in turn


@dataclass(frozen=True)
class TimelinePhase:
    id: str
    title: str
    dates: str
    x: float
    width: float
    row: int  # overlapping phases take another row


@dataclass(frozen=True)
class TimelineView:
    cards: tuple[TimelineCard, ...] = ()
    days: tuple[TimelineDay, ...] = ()
    months: tuple[TimelineMonth, ...] = ()
    phases: tuple[TimelinePhase, ...] = ()
    width: float = 0.0
    lanes: int = 0
    approximate_lanes: int = 0
    band_rows: int = 0
    before_width: float = 0.0  # the column of earlier events
    scale_end: float = 0.0  # where the scale of days ends
    after_x: float = 0.0  # where the column of later events starts
    has_after: bool = False
    period: str = ""  # the campaign's days, written out


def timeline_view(presenter: Presenter, params: LayoutParams, available_lanes: int) -> TimelineView:
    ex = presenter.ex
    spans = [(p.id, p.start, p.end) for p in ex.phases]
    result = best_layout(presenter.dated_events(), spans, params, available_lanes)
    phases = {p["id"]: p for p in presenter.timeline_phases()}
    return TimelineView(
        cards=tuple(
            TimelineCard(
                **asdict(event_summary(presenter, c.id)),
                x=c.x,
                lane=c.lane,
                group=c.group.value,
                span_width=c.span_width,
            )
            for c in result.cards
        ),
        days=tuple(TimelineDay(d.x, d.width, str(d.date.day), d.label, d.cards > 0) for d in result.days),
        months=tuple(
            TimelineMonth(m.x, m.width, presenter.month_text(m.year, m.month), m.month % 2 == 0)
            for m in result.months
        ),
        phases=tuple(
            TimelinePhase(b.id, phases[b.id]["title"], phases[b.id]["dates"], b.x, b.width, b.row)
            for b in result.bands
            if b.id in phases
        ),
        width=result.width,
        lanes=result.lanes,
        approximate_lanes=result.approximate_lanes,
        band_rows=result.band_rows,
        before_width=result.before_width,
        scale_end=result.days[-1].x + result.days[-1].width if result.days else 0.0,
        after_x=result.after_x,
        has_after=any(c.where is Where.AFTER for c in result.cards),
        period=presenter.period_text(result.domain.first, result.domain.last) if result.domain else "",
    )
