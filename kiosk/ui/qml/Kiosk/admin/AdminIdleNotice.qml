pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// The end of the admin view's quiet time (kiosk/ui/admin.py, ADMIN_IDLE_S): it closes by itself, so
// Restart, Quit and Rollback are never left for the next visitor. Any touch keeps it open.
Rectangle {
    color: Theme.background
    Accessible.role: Accessible.AlertMessage
    Accessible.name: heading.text + " " + closing.text

    MouseArea {
        anchors.fill: parent
        onClicked: IdleMonitor.moreTime()
    }

    Column {
        anchors.centerIn: parent
        spacing: Theme.margin / 2
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        Text {
            id: heading
            width: parent.width
            text: qsTranslate("IdleOverlay", "Still there?")  // the visitors' words, translated there
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.serif
            font.pixelSize: Theme.title
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            id: closing
            width: parent.width
            text: qsTr("The admin view is about to close.")
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.sans
            font.pixelSize: Theme.lead
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            text: IdleMonitor.secondsLeft
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.sans
            font.pixelSize: Theme.title
            font.weight: Font.Bold
            color: Theme.warning
        }
        Rectangle {
            width: parent.width
            height: 10
            radius: 5
            color: Theme.surfaceRaised
            Rectangle {
                height: parent.height
                radius: 5
                color: Theme.warning
                width: parent.width * IdleMonitor.secondsLeft / Math.max(1, IdleMonitor.warningSeconds)
            }
        }
        KButton {
            anchors.horizontalCenter: parent.horizontalCenter
            primary: true
            iconName: "clock"
            text: qsTranslate("IdleOverlay", "More time")
            implicitHeight: Theme.touch * 1.3
            onClicked: IdleMonitor.moreTime()
        }
    }
}
