pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Bridge

// One event on the timeline: its date, its title and, when a photograph belongs to it, a thumbnail.
// The bar along the top shows how precisely it is dated: a short mark for a day, a longer one for a
// range of days, a faint full-width bar for a month or longer. It starts where the card's date
// starts on the scale: the left edge, or the right one when time runs right to left.
AbstractButton {
    id: card
    required property string route
    required property string title
    required property string date
    property string thumb: ""
    property bool approximate: false
    property real span: 0  // width of the date's days on the scale

    focusPolicy: Qt.NoFocus
    objectName: "speech:link/" + route  // speech mode's ring finds the card by its route
    Accessible.role: Accessible.Button
    Accessible.name: date + ": " + title
    Accessible.onPressAction: card.clicked()
    onClicked: Navigator.go(route)

    background: Rectangle {
        radius: Theme.radius
        color: card.down ? Theme.pressed : card.approximate ? Theme.surface : Theme.surfaceRaised
        border.width: card.down || Theme.contrast ? 2 : 1
        border.color: card.down ? Theme.accent : Theme.border
        scale: card.down ? 0.97 : 1
        Rectangle {
            anchors.left: parent.left
            anchors.leftMargin: Theme.radius / 2
            y: 0
            height: 6
            radius: 3
            width: card.approximate ? parent.width - Theme.radius : Math.max(14, Math.min(parent.width - Theme.radius, card.span))
            color: Theme.accent
            opacity: card.approximate ? 0.45 : 1
        }
    }

    contentItem: Item {
        Picture {
            id: pic
            visible: card.thumb !== ""
            source: card.thumb
            description: card.title
            anchors.left: parent.left
            anchors.leftMargin: Theme.gap / 2
            y: Theme.gap / 2 + 4
            width: visible ? height : 0
            height: parent.height - Theme.gap - 4
            decodeWidth: 256
        }
        Column {
            anchors.left: pic.visible ? pic.right : parent.left
            anchors.leftMargin: pic.visible ? Theme.gap * 0.75 : Theme.gap
            anchors.right: parent.right
            anchors.rightMargin: Theme.gap
            y: Theme.gap / 2 + 6
            spacing: 2
            Text {
                width: parent.width
                text: card.date
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.family: Theme.sans
                font.pixelSize: Theme.small
                font.weight: Font.Bold
                color: card.down ? Theme.pressedText : Theme.accent
            }
            Text {
                width: parent.width
                text: card.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.family: Theme.serif
                font.pixelSize: Theme.body
                lineHeight: 1.1
                color: card.down ? Theme.pressedText : Theme.text
            }
        }
    }
}
