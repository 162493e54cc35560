pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// Safe mode, first on the admin view: why the kiosk is in it, what it shows instead of the content
// that was on screen when it crashed (kiosk/commands/start_content.py), and the two ways out.
Column {
    id: section
    property var lines: []
    spacing: Theme.gap

    AdminSection {
        width: section.width
        heading: qsTr("Safe mode")
        lines: section.lines
    }
    Flow {
        width: section.width
        spacing: Theme.gap
        KButton {
            iconName: "check"
            text: qsTr("Keep showing this content")
            onClicked: Admin.keepContent()
        }
        KButton {
            iconName: "restart"
            text: qsTr("Leave safe mode and restart")
            onClicked: Admin.leaveSafeMode()
        }
    }
}
