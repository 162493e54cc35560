"""The graphics' size and colours, and the source lines under them. The sides use the kiosk's own
side colours (kiosk/ui/qml/Kiosk/Theme.qml)."""

from __future__ import annotations

W, H = 2400, 1600
SS = 2  # supersampling factor

SIDE_COLOUR = {
    "soviet": (142, 43, 37),
    "german": (77, 90, 97),
    "bulgarian": (47, 106, 60),
    "yugoslav": (43, 84, 128),
    "other": (107, 90, 69),
}
SIDE_NAME = {
    "soviet": ("Soviet forces", "совјетске снаге"),
    "german": ("German forces", "немачке снаге"),
    "bulgarian": ("Bulgarian forces", "бугарске снаге"),
    "yugoslav": ("Yugoslav forces", "југословенске снаге"),
    "other": ("Other forces", "остале снаге"),
}
SEA = (197, 214, 224)
LAND = (238, 232, 218)
LAND_EDGE = (206, 197, 178)
BORDER = (150, 140, 122)
RIVER = (86, 138, 186)
RIVER_TEXT = (44, 96, 150)
INK = (38, 33, 28)
INK_SOFT = (92, 84, 74)
PAPER = (250, 247, 240)
BAND = (34, 29, 23)  # the title band, the kiosk's surface colour
BAND_TEXT = (242, 235, 223)
BAND_SOFT = (199, 187, 168)
ACCENT = (217, 179, 108)

SOURCE_MAP = (
    "Drawn for this exhibit from data in Carl Savich, “Belgrade, 1944: The Soviet Offensive”.  "
    "Base geography: Natural Earth (public domain); present-day borders, for orientation only; "
    "rivers schematic."
)
SOURCE_CITY = (
    "Drawn for this exhibit from data in Carl Savich, “Belgrade, 1944: The Soviet Offensive”.  "
    "Rivers schematic; arrows show the direction of a movement, not the roads taken."
)
SOURCE_CHART = (
    "Drawn for this exhibit from the figures in Carl Savich, “Belgrade, 1944: The Soviet Offensive”."
)


def side_colour(side: str | None) -> tuple[int, int, int]:
    return SIDE_COLOUR.get(side or "other", SIDE_COLOUR["other"])


def side_name(side: str | None) -> tuple[str, str]:
    """The side's name in English and Serbian."""
    return SIDE_NAME.get(side or "other", SIDE_NAME["other"])
