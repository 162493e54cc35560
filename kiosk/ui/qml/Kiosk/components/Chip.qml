pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Bridge

// A link to another screen: a person, a photo, a chapter, an event. Its mark (a side's dot or an
// icon) leads, then the title; a title longer than the column wraps rather than running off.
AbstractButton {
    id: chip
    required property string route
    required property string title
    property string iconName: "next"
    property string side: ""
    readonly property real widest: parent ? parent.width : 620

    implicitHeight: Math.max(Theme.touch, label.implicitHeight + Theme.gap)
    implicitWidth: Math.min(line.implicitWidth + Theme.gap * 2 + 8, widest)
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.Link
    Accessible.name: title
    Accessible.onPressAction: chip.clicked()
    onClicked: Navigator.go(route)

    background: Rectangle {
        radius: Math.min(height / 2, Theme.touch / 2)
        color: chip.down ? Theme.pressed : Theme.surfaceRaised
        border.width: Theme.contrast ? 2 : 1
        border.color: chip.side !== "" && !Theme.contrast ? Theme.sideColor(chip.side) : Theme.border
        scale: chip.down ? 0.96 : 1
    }
    contentItem: Item {
        Row {
            id: line
            anchors.left: parent.left
            anchors.leftMargin: Theme.gap + 4
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.gap * 0.75
            Rectangle {
                id: dot
                visible: chip.side !== ""
                width: 18; height: 18; radius: 9
                color: Theme.contrast ? Theme.text : Theme.sideColor(chip.side)
                anchors.verticalCenter: parent.verticalCenter
            }
            Icon {
                id: mark
                visible: chip.side === ""
                name: chip.iconName
                font.pixelSize: Theme.small
                color: Theme.accent
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                id: label
                text: chip.title
                textFormat: Text.PlainText
                width: Math.min(implicitWidth, chip.widest - Theme.gap * 2 - 8 - (dot.visible ? dot.width : mark.width) - line.spacing)
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                font.family: Theme.sans
                font.pixelSize: Theme.small
                color: chip.down ? Theme.pressedText : Theme.text
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }
}
