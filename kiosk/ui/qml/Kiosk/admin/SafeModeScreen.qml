pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// After repeated crashes: a calm message instead of a broken exhibit. The admin path stays open.
Rectangle {
    color: Theme.background
    Accessible.role: Accessible.StaticText
    Accessible.name: message.text

    MouseArea {
        anchors.fill: parent  // visitors' taps stop here
    }
    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1100)
        spacing: Theme.margin / 2
        Rectangle { width: Theme.margin * 3; height: 4; color: Theme.accent; anchors.horizontalCenter: parent.horizontalCenter }
        Text {
            id: message
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("This exhibit will be back shortly.")
            textFormat: Text.PlainText
            font.family: Theme.serif
            font.pixelSize: Theme.title
            color: Theme.text
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Thank you for your patience.")
            textFormat: Text.PlainText
            font.family: Theme.sans
            font.pixelSize: Theme.lead
            color: Theme.textMuted
        }
    }
}
