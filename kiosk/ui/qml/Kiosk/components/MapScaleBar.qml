import QtQuick
import Kiosk

// A distance on the ground and how long it is on the map, at the map's zoom.
Column {
    id: bar
    required property var distance  // {width, label}: the bar at the zoom labels were placed for
    required property real stretch  // the map's zoom over that zoom (while a pinch goes on)

    spacing: 2
    visible: distance.width > 0
    Text {
        anchors.right: parent.right
        text: bar.distance.label
        textFormat: Text.PlainText
        font.family: Theme.sans
        font.pixelSize: Theme.small
        color: Theme.text
        style: Text.Outline
        styleColor: Theme.background
    }
    Rectangle {
        anchors.right: parent.right
        width: bar.distance.width * bar.stretch
        height: 6
        color: Theme.text
        border.color: Theme.background
    }
}
