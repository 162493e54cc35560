pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A heading and a few lines of plain facts in the admin view.
Column {
    id: section
    property string heading
    property var lines: []
    property bool monospace: false
    spacing: 4
    Text {
        width: section.width
        wrapMode: Text.Wrap
        text: section.heading
        textFormat: Text.PlainText
        font.family: Theme.sans
        font.pixelSize: Theme.lead
        font.weight: Font.Bold
        color: Theme.accent
    }
    Repeater {
        model: section.lines
        delegate: Text {
            required property var modelData
            width: section.width
            text: String(modelData)
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            font.family: section.monospace ? "monospace" : Theme.sans
            font.pixelSize: section.monospace ? Math.round(Theme.small * 0.8) : Theme.small
            color: Theme.text
        }
    }
}
