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
    // The window's lower-left corner is speech mode's: the button there keeps clear of it (and its
    // partner keeps the same distance from the other edge, so the bar mirrors).
    readonly property int side: Theme.speechCorner + Theme.gap / 2
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
        anchors.leftMargin: pager.side
        y: 8 + Theme.gap
        iconName: "previous"
        text: pager.prevLabel
        enabled: pager.prevRoute !== ""
        width: Math.min(implicitWidth, pager.width / 2 - pager.side - Theme.gap / 2)
        onClicked: Navigator.replace(pager.prevRoute)
    }
    KButton {
        id: next
        anchors.right: parent.right
        anchors.rightMargin: pager.side
        y: 8 + Theme.gap
        primary: true
        iconName: "next"
        text: pager.nextLabel
        enabled: pager.nextRoute !== ""
        width: Math.min(implicitWidth, pager.width / 2 - pager.side - Theme.gap / 2)
        onClicked: Navigator.replace(pager.nextRoute)
    }
}
