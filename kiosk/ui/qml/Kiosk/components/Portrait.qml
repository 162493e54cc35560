pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A person's portrait: their photo when the exhibit has one (the derived image, never the
// curator's file), else their initials on their group's colour, marked as a placeholder.
Rectangle {
    id: portrait
    property string initials
    property string colour  // the group's palette colour; "" for none
    property string source  // the derived picture's file: URL, or "" when there is none (yet)
    property string name  // the person's name, for a screen reader
    property bool showMark: true
    readonly property bool hasPhoto: source !== ""
    color: Theme.groupColour(colour)
    border.color: Theme.contrast ? Theme.text : Qt.lighter(Theme.groupColour(colour), 1.4)
    border.width: 2
    radius: Theme.radius
    clip: true
    Accessible.role: Accessible.Graphic
    Accessible.name: hasPhoto ? name : qsTr("Portrait placeholder")

    Picture {
        visible: portrait.hasPhoto
        anchors.fill: parent
        anchors.margins: portrait.border.width
        source: portrait.source
        decodeWidth: Math.max(256, Math.round(portrait.width * 1.5))
        description: portrait.name
    }
    Text {
        visible: !portrait.hasPhoto
        anchors.centerIn: parent
        anchors.verticalCenterOffset: portrait.showMark ? -parent.height * 0.06 : 0
        text: portrait.initials
        textFormat: Text.PlainText
        font.family: Theme.serif
        font.pixelSize: Math.min(parent.width, parent.height) * 0.38
        color: "#ffffff"
    }
    Text {
        visible: portrait.showMark && !portrait.hasPhoto
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: parent.height * 0.07
        width: parent.width - 16
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("No portrait yet")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap  // on two lines where the language needs more words
        font.family: Theme.sans
        font.pixelSize: Math.max(12, Math.min(Theme.small, parent.height * 0.08))
        color: "#ffffff"
        opacity: 0.9
    }
}
