pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Bridge

// A link to another screen: a person (with their portrait, or their group's colour), a photo, a
// chapter, an event. Its mark leads, then the title; a title longer than the column wraps rather
// than running off.
AbstractButton {
    id: chip
    required property string route
    required property string title
    property string iconName: "next"
    property bool person: false
    property string colour: ""  // a person's group colour (a palette name); "" for none
    property string image: ""  // a person's portrait thumbnail; "" for none
    readonly property real widest: parent ? parent.width : 620

    implicitHeight: Math.max(Theme.touch, label.implicitHeight + Theme.gap)
    implicitWidth: Math.min(line.implicitWidth + Theme.gap * 2 + 8, widest)
    focusPolicy: Qt.NoFocus
    objectName: "speech:link/" + route  // speech mode's ring finds the link by its route
    Accessible.role: Accessible.Link
    Accessible.name: title
    Accessible.onPressAction: chip.clicked()
    onClicked: Navigator.go(route)

    background: Rectangle {
        radius: Math.min(height / 2, Theme.touch / 2)
        color: chip.down ? Theme.pressed : Theme.surfaceRaised
        border.width: Theme.contrast ? 2 : 1
        border.color: chip.colour !== "" && !Theme.contrast ? Theme.groupColour(chip.colour) : Theme.border
        scale: chip.down ? 0.96 : 1
    }
    contentItem: Item {
        Row {
            id: line
            readonly property Item mark: portrait.visible ? portrait : dot.visible ? dot : glyph
            anchors.left: parent.left
            anchors.leftMargin: portrait.visible ? Theme.gap - 6 : Theme.gap + 4
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.gap * 0.75
            Rectangle {
                id: dot
                visible: chip.person && chip.image === ""
                width: 18; height: 18; radius: 9
                color: Theme.contrast ? Theme.text : Theme.groupColour(chip.colour)
                anchors.verticalCenter: parent.verticalCenter
            }
            Picture {
                id: portrait
                visible: chip.image !== ""
                source: chip.image
                width: 40; height: 40
                decodeWidth: 96
                anchors.verticalCenter: parent.verticalCenter
            }
            Icon {
                id: glyph
                visible: !chip.person
                name: chip.iconName
                font.pixelSize: Theme.small
                color: Theme.accent
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                id: label
                text: chip.title
                textFormat: Text.PlainText
                width: Math.min(implicitWidth, chip.widest - Theme.gap * 2 - 8 - line.mark.width - line.spacing)
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
