pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// No portrait photographs exist yet: initials on the side's colour, marked as a placeholder.
Rectangle {
    id: portrait
    property string initials
    property string side
    property bool showMark: true
    color: Theme.sideColor(side)
    border.color: Theme.contrast ? Theme.text : Qt.lighter(Theme.sideColor(side), 1.4)
    border.width: 2
    radius: Theme.radius
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Portrait placeholder")

    Text {
        anchors.centerIn: parent
        anchors.verticalCenterOffset: portrait.showMark ? -parent.height * 0.06 : 0
        text: portrait.initials
        textFormat: Text.PlainText
        font.family: Theme.serif
        font.pixelSize: Math.min(parent.width, parent.height) * 0.38
        color: "#ffffff"
    }
    Text {
        visible: portrait.showMark
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: parent.height * 0.07
        width: parent.width - 16
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("No portrait yet")
        textFormat: Text.PlainText
        elide: Text.ElideRight
        font.family: Theme.sans
        font.pixelSize: Math.max(12, Math.min(Theme.small, parent.height * 0.08))
        color: "#ffffff"
        opacity: 0.9
    }
}
