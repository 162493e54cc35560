pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// The kiosk's button: large, with an obvious pressed state, and an accessible name. A label too
// long for the room it is given (a long translation, large text) takes more lines.
AbstractButton {
    id: control
    property string iconName
    property bool primary: false
    property bool selected: false
    property color tone: primary ? Theme.accent : Theme.surfaceRaised

    implicitHeight: Math.max(Theme.touch, row.implicitHeight + Theme.gap)
    implicitWidth: Math.max(Theme.touch, row.implicitWidth + (text ? 2 * Theme.gap + 8 : Theme.gap))
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.Button
    Accessible.name: text || iconName
    Accessible.onPressAction: control.clicked()

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.pressed : control.selected ? Theme.accent : control.tone
        border.width: Theme.contrast || control.selected ? 3 : 1
        border.color: control.down ? Theme.accent : Theme.border
        scale: control.down ? 0.96 : 1.0
        opacity: control.enabled ? 1 : 0.4
    }

    contentItem: Item {
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight
        Row {
            id: row
            anchors.centerIn: parent
            spacing: Theme.gap
            Icon {
                id: glyph
                name: control.iconName
                visible: control.iconName !== ""
                color: control.down ? Theme.pressedText : (control.primary || control.selected) ? Theme.accentText : Theme.text
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                text: control.text
                width: Math.min(implicitWidth, control.availableWidth - (glyph.visible ? glyph.width + row.spacing : 0))
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                visible: text !== ""
                textFormat: Text.PlainText
                font.family: Theme.sans
                font.pixelSize: Theme.body
                font.weight: Font.DemiBold
                color: control.down ? Theme.pressedText : (control.primary || control.selected) ? Theme.accentText : Theme.text
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }
}
