pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// A place: its name, what it is, and the events, chapters and photographs that belong to it.
Column {
    id: panel
    property string placeId
    property bool closable: false
    readonly property var d: Screens.of("place", panel.placeId, Screens.revision)
    signal closed()
    spacing: Theme.gap


    Item {
        width: parent.width
        height: Math.max(name.implicitHeight, panel.closable ? Theme.touch : 0)
        Text {
            id: name
            anchors.left: parent.left
            anchors.right: panel.closable ? close.left : parent.right
            anchors.rightMargin: panel.closable ? Theme.gap : 0
            anchors.verticalCenter: parent.verticalCenter
            text: panel.d.name || ""
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.family: Theme.serif
            font.pixelSize: Theme.heading
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        KButton {
            id: close
            visible: panel.closable
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            iconName: "close"
            Accessible.name: qsTr("Close")
            onClicked: panel.closed()
        }
    }
    Text {
        width: parent.width
        visible: text !== ""
        text: panel.d.native || ""
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.family: Theme.serif
        font.pixelSize: Theme.body
        font.italic: true
        color: Theme.textMuted
    }
    FallbackNote { visible: panel.d.fallback === true }
    Text {
        width: parent.width
        visible: text !== ""
        text: panel.d.summary || ""
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.family: Theme.serif
        font.pixelSize: Theme.body
        lineHeight: 1.3
        color: Theme.text
    }
    Repeater {
        model: [
            { heading: qsTr("What happened here"), rows: panel.d.events || [] },
            { heading: qsTr("Also named in"), rows: panel.d.mentions || [] }
        ]
        delegate: Column {
            id: group
            required property var modelData
            width: panel.width
            spacing: Theme.gap / 2
            visible: modelData.rows.length > 0
            Text {
                width: parent.width
                text: Bidi.caps(group.modelData.heading)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.family: Theme.sans
                font.pixelSize: Theme.small
                font.weight: Font.Bold
                font.letterSpacing: Bidi.capsSpacing
                color: Theme.accent
            }
            Repeater {
                model: group.modelData.rows
                delegate: ListRow {
                    required property var modelData
                    width: group.width
                    target: modelData.route
                    eyebrow: modelData.date
                    heading: modelData.title
                }
            }
        }
    }
    LinkSection {
        width: parent.width
        heading: qsTr("In the story")
        links: panel.d.chapters || []
        iconName: "story"
    }
    LinkSection {
        width: parent.width
        heading: qsTr("Photographs")
        links: panel.d.photos || []
        iconName: "photo"
    }
}
