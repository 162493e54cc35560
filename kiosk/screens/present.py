"""What each screen shows, as typed data for one language. Pure Python: no Qt.

The Qt bridge hands this data to QML, converted in one place, so every decision about what a
visitor sees (fallback language, link lists, neighbours, dates) is made here and tested without a
display. Each part of the exhibit has its module; ``Presenter`` is all of them for one language.
"""

from __future__ import annotations

from kiosk.screens.home import HomeParts
from kiosk.screens.people import PeoplePages
from kiosk.screens.photos import PhotoPages
from kiosk.screens.places import PlacePages
from kiosk.screens.story import StoryPages
from kiosk.screens.wording import ImageUrl, Localized, initials

__all__ = ["ImageUrl", "Localized", "Presenter", "initials"]


class Presenter(StoryPages, PhotoPages, PeoplePages, PlacePages, HomeParts):
    """``Presenter(exhibit, language, image_url, ui)``: every screen's data in that language."""
