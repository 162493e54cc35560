pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Bridge

// A link to another screen: a person (with their portrait, or their group's colour), a photo, a
// chapter, an event.
AbstractButton {
    id: chip
    required property string route
    required property string title
    property string iconName: "next"
    property bool person: false
    property string colour: ""  // a person's group colour (a palette name); "" for none
    property string image: ""  // a person's portrait thumbnail; "" for none

    implicitHeight: Theme.touch
    implicitWidth: Math.min(label.implicitWidth + Theme.gap * 3 + 30, 620)
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.Link
    Accessible.name: title
    Accessible.onPressAction: chip.clicked()
    onClicked: Navigator.go(route)

    background: Rectangle {
        radius: height / 2
        color: chip.down ? Theme.pressed : Theme.surfaceRaised
        border.width: Theme.contrast ? 2 : 1
        border.color: chip.colour !== "" && !Theme.contrast ? Theme.groupColour(chip.colour) : Theme.border
        scale: chip.down ? 0.96 : 1
    }
    contentItem: Item {
        Rectangle {
            id: dot
            visible: chip.person && chip.image === ""
            width: 18; height: 18; radius: 9
            color: Theme.contrast ? Theme.text : Theme.groupColour(chip.colour)
            x: Theme.gap + 8
            anchors.verticalCenter: parent.verticalCenter
        }
        Picture {
            visible: chip.image !== ""
            source: chip.image
            width: 40; height: 40
            decodeWidth: 96
            x: Theme.gap - 2
            anchors.verticalCenter: parent.verticalCenter
        }
        Icon {
            visible: !chip.person
            name: chip.iconName
            font.pixelSize: Theme.small
            color: Theme.accent
            x: Theme.gap + 4
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            id: label
            text: chip.title
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.family: Theme.sans
            font.pixelSize: Theme.small
            color: chip.down ? Theme.pressedText : Theme.text
            x: Theme.gap * 2 + 30
            width: parent.width - x - Theme.gap
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
