pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Bridge

// Above the exhibit: the safe-mode screen, the PIN pad and the admin view. The way in is a
// hidden gesture (five taps in the top-left corner), counted in Python (kiosk/ui/admin.py).
Item {
    id: layer

    SafeModeScreen {
        anchors.fill: parent
        visible: Admin.safeMode && !Admin.panelOpen
    }
    PinPad {
        anchors.fill: parent
        visible: Admin.pinOpen
    }
    AdminPanel {
        anchors.fill: parent
        visible: Admin.panelOpen
    }
}
