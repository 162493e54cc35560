pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A curator's note: where sources disagree, or what a reader should weigh.
Rectangle {
    id: note
    property string text
    visible: text !== ""
    implicitHeight: column.implicitHeight + Theme.gap * 2
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    Rectangle { anchors.left: parent.left; width: 6; height: parent.height; radius: 3; color: Theme.accent }
    Column {
        id: column
        anchors.left: parent.left
        anchors.leftMargin: Theme.gap * 2
        anchors.right: parent.right
        anchors.rightMargin: Theme.gap
        y: Theme.gap
        spacing: 6
        Text {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Curator's note")
            textFormat: Text.PlainText
            font.family: Theme.sans
            font.pixelSize: Theme.small
            font.weight: Font.Bold
            color: Theme.accent
        }
        Text {
            width: parent.width
            text: note.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.family: Theme.sans
            font.pixelSize: Theme.small
            lineHeight: 1.3
            color: Theme.text
        }
    }
}
