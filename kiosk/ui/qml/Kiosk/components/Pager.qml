pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// Previous and next, with how far through the sequence the visitor is.
Rectangle {
    id: pager
    property real progress: 0
    property string prevRoute
    property string nextRoute
    property string prevLabel
    property string nextLabel
    implicitHeight: Math.max(prev.height, next.height) + Theme.gap * 2 + 8
    color: Theme.surface

    // Fills in the direction of reading (from the right in a right-to-left language).
    Rectangle {
        objectName: "progressFill"
        anchors.left: parent.left
        // The progress moves; a window turned to another orientation only resizes it.
        property real shown: pager.progress
        width: parent.width * shown
        height: 8
        color: Theme.accent
        Behavior on shown { NumberAnimation { duration: Theme.transitionMs } }
    }
    Rectangle { width: parent.width; height: 1; color: Theme.border; y: 8 }

    KButton {
        id: prev
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin / 2
        y: 8 + Theme.gap
        iconName: "previous"
        text: pager.prevLabel
        enabled: pager.prevRoute !== ""
        width: Math.min(implicitWidth, pager.width / 2 - Theme.margin)
        onClicked: Navigator.replace(pager.prevRoute)
    }
    KButton {
        id: next
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin / 2
        y: 8 + Theme.gap
        primary: true
        iconName: "next"
        text: pager.nextLabel
        enabled: pager.nextRoute !== ""
        width: Math.min(implicitWidth, pager.width / 2 - Theme.margin)
        onClicked: Navigator.replace(pager.nextRoute)
    }
}
