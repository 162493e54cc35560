pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Said plainly when a text is shown in the exhibit's default language because a translation is missing.
Rectangle {
    implicitWidth: label.implicitWidth + Theme.gap * 2
    implicitHeight: label.implicitHeight + Theme.gap
    radius: Theme.radius / 2
    color: "transparent"
    border.color: Theme.warning
    border.width: 2
    Text {
        id: label
        anchors.centerIn: parent
        text: qsTr("Not yet translated: shown in the original language")
        textFormat: Text.PlainText
        font.family: Theme.sans
        font.pixelSize: Theme.small
        color: Theme.warning
    }
}
