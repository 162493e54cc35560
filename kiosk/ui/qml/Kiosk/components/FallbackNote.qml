pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Said plainly when a text is shown in the exhibit's default language because a translation is missing.
Rectangle {
    // At the start of the line it sits in (the right in a right-to-left language).
    anchors.left: parent ? parent.left : undefined
    // Never wider than the column it sits in: a longer translation wraps instead of running off.
    width: Math.min(label.implicitWidth + Theme.gap * 2, parent ? parent.width : label.implicitWidth + Theme.gap * 2)
    implicitHeight: label.height + Theme.gap
    radius: Theme.radius / 2
    color: "transparent"
    border.color: Theme.warning
    border.width: 2
    Text {
        id: label
        anchors.centerIn: parent
        width: parent.width - Theme.gap * 2
        wrapMode: Text.Wrap
        text: qsTr("Not yet translated: shown in the original language")
        textFormat: Text.PlainText
        font.family: Theme.sans
        font.pixelSize: Theme.small
        color: Theme.warning
    }
}
