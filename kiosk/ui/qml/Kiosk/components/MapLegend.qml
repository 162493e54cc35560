pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Kiosk

// Which group each arrow's colour and pattern stands for: only the groups whose arrows are in view.
Rectangle {
    id: legend
    required property var entries  // [{colour, line, label}]

    visible: entries.length > 0
    width: column.implicitWidth + Theme.gap * 2
    height: column.implicitHeight + Theme.gap
    radius: Theme.radius / 2
    color: Theme.surface
    opacity: 0.92
    border.color: Theme.border
    Column {
        id: column
        x: Theme.gap
        y: Theme.gap / 2
        spacing: 2
        Repeater {
            model: legend.entries
            delegate: Row {
                id: entry
                required property var modelData
                spacing: Theme.gap / 2
                Shape {
                    width: 44
                    height: Theme.small * 1.3
                    GroupStroke {
                        colour: entry.modelData.colour
                        line: entry.modelData.line
                        startX: 2
                        startY: Theme.small * 0.65
                        PathLine { x: 42; y: Theme.small * 0.65 }
                    }
                }
                Text {
                    text: entry.modelData.label
                    textFormat: Text.PlainText
                    font.family: Theme.sans
                    font.pixelSize: Theme.small
                    color: Theme.text
                }
            }
        }
    }
}
