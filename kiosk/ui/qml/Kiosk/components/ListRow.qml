pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Bridge

// One tappable row of a list: a picture, a small label, a title and a line of detail; a chevron at
// the end of the line (on the left in a right-to-left language, pointing that way).
AbstractButton {
    id: row
    property string target
    property string eyebrow
    property string heading
    property string detail
    property string image

    implicitHeight: Math.max(Theme.touch * 1.6, texts.implicitHeight + Theme.gap * 2)
    focusPolicy: Qt.NoFocus
    objectName: "speech:link/" + target  // speech mode's ring finds the row by its route
    Accessible.role: Accessible.Button
    Accessible.name: heading
    Accessible.onPressAction: row.clicked()
    onClicked: Navigator.go(target)

    background: Rectangle {
        radius: Theme.radius
        color: row.down ? Theme.pressed : Theme.surface
        border.color: row.down ? Theme.accent : Theme.border
        border.width: Theme.contrast ? 2 : 1
    }
    contentItem: Item {
        Picture {
            id: pic
            visible: row.image !== ""
            source: row.image
            description: row.heading
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            // As wide as a one-line row's picture, whatever the row's height: a width that followed
            // the height (which follows the wrapped text, which follows this width) never settles.
            width: visible ? Math.round(Theme.touch * 1.6 * 1.5) : 0
            decodeWidth: 320
        }
        Column {
            id: texts
            anchors.left: pic.right
            anchors.leftMargin: Theme.gap * 1.5
            anchors.right: chevron.left
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            spacing: 4
            Text {
                width: parent.width
                visible: text !== ""
                text: row.eyebrow
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.family: Theme.sans
                font.pixelSize: Theme.small
                font.weight: Font.Bold
                color: Theme.accent
            }
            Text {
                width: parent.width
                text: row.heading
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.family: Theme.serif
                font.pixelSize: Theme.lead
                color: Theme.text
            }
            Text {
                width: parent.width
                visible: text !== ""
                text: row.detail
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.family: Theme.sans
                font.pixelSize: Theme.small
                color: Theme.textMuted
            }
        }
        Icon {
            id: chevron
            name: "next"
            color: Theme.accent
            anchors.right: parent.right
            anchors.rightMargin: Theme.gap * 1.5
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
