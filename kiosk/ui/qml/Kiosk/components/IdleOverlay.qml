pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// "Still there?": shown near the end of the quiet time; any touch keeps the visit going.
Rectangle {
    id: overlay
    color: Theme.scrim
    visible: IdleMonitor.warning
    Accessible.role: Accessible.AlertMessage
    Accessible.name: qsTr("Still there?")

    MouseArea {
        anchors.fill: parent
        onClicked: IdleMonitor.moreTime()
    }

    Column {
        anchors.centerIn: parent
        spacing: Theme.margin / 2
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        Text {
            width: parent.width
            text: qsTr("Still there?")
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.serif
            font.pixelSize: Theme.title
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            text: qsTr("The exhibit starts again for the next visitor in %n second(s).", "", IdleMonitor.secondsLeft)
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.sans
            font.pixelSize: Theme.lead
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Rectangle {
            width: parent.width
            height: 10
            radius: 5
            color: Theme.surfaceRaised
            Rectangle {
                anchors.left: parent.left
                height: parent.height
                radius: 5
                color: Theme.accent
                width: parent.width * IdleMonitor.secondsLeft / Math.max(1, IdleMonitor.warningSeconds)
                Behavior on width { NumberAnimation { duration: 900 } }
            }
        }
        KButton {
            anchors.horizontalCenter: parent.horizontalCenter
            primary: true
            iconName: "clock"
            text: qsTr("More time")
            implicitHeight: Theme.touch * 1.3
            onClicked: IdleMonitor.moreTime()
        }
    }
}
