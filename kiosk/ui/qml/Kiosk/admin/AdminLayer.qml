pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Bridge

// Above the exhibit: the PIN pad, the admin view and the notice that it is about to close. The way
// in is a hidden gesture (five taps in the top-left corner), counted in Python (kiosk/ui/admin.py).
// Safe mode has no screen of its own: visitors see an exhibit that did not crash the kiosk.
Item {
    id: layer

    PinPad {
        anchors.fill: parent
        visible: Admin.pinOpen
    }
    AdminPanel {
        anchors.fill: parent
        visible: Admin.panelOpen
    }
    AdminIdleNotice {
        anchors.fill: parent
        visible: IdleMonitor.warning && (Admin.pinOpen || Admin.panelOpen)
    }
}
