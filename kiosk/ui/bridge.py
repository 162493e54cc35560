"""The QML import name for every Python type the views use (``import Kiosk.Bridge``)."""

QML_IMPORT_NAME = "Kiosk.Bridge"
QML_IMPORT_MAJOR_VERSION = 1
