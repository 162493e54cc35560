pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Bridge

// Above the exhibit: the PIN pad, the admin view and the notice that it is about to close. The way
// in is a hidden gesture (five taps in the top-left corner), counted in Python (kiosk/ui/admin.py).
// Safe mode has no screen of its own: visitors see an exhibit that did not crash the kiosk.
// Each is made when it opens and let go when it closes: hidden, the three held about 3 MiB and
// 300 items for the whole of a kiosk's life (docs/performance.md, issue 18).
Item {
    id: layer

    Loader {
        anchors.fill: parent
        active: Admin.pinOpen
        sourceComponent: PinPad {}
    }
    Loader {
        anchors.fill: parent
        active: Admin.panelOpen
        sourceComponent: AdminPanel {}
    }
    Loader {
        anchors.fill: parent
        active: IdleMonitor.warning && (Admin.pinOpen || Admin.panelOpen)
        sourceComponent: AdminIdleNotice {}
    }
}
