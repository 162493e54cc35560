pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Where the facts on this screen come from.
Column {
    id: sources
    property var items: []
    visible: items.length > 0
    spacing: 4
    topPadding: Theme.gap
    Text {
        width: parent.width
        wrapMode: Text.Wrap
        text: qsTr("Sources")
        textFormat: Text.PlainText
        font.family: Theme.sans
        font.pixelSize: Theme.small
        font.weight: Font.Bold
        color: Theme.textMuted
    }
    Repeater {
        model: sources.items
        delegate: Text {
            required property var modelData
            width: sources.width
            text: modelData
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.family: Theme.sans
            font.pixelSize: Theme.small
            color: Theme.textMuted
        }
    }
}
