pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// One person: who they were in the exhibit's story, their biography, and where they appear.
Item {
    id: screen
    readonly property string route: Navigator.showing.person
    readonly property bool landscape: width > height * 1.2
    readonly property var d: Screens.data(screen.route, Screens.revision)
    onDChanged: flick.contentY = 0


    Flickable {
        id: flick
        // Back brings the visitor to the paragraph they left.
        Component.onCompleted: {
            const y = Navigator.recall(screen.route);
            if (!isNaN(y))
                contentY = y;
        }
        Component.onDestruction: Navigator.remember(screen.route, contentY)
        anchors.fill: parent
        contentHeight: layout.height + Theme.margin * 2
        clip: true
        boundsBehavior: Flickable.DragOverBounds

        Item {
            id: layout
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            height: screen.landscape ? Math.max(side.height, main.height) : side.height + Theme.margin + main.height

            Column {
                id: side
                width: screen.landscape ? Math.min(layout.width * 0.32, 560) : layout.width
                spacing: Theme.margin / 2
                Portrait {
                    width: screen.landscape ? parent.width : Math.min(parent.width * 0.45, 360)
                    height: width * 1.2
                    initials: screen.d.card.initials
                    colour: screen.d.card.colour
                    source: screen.d.portrait
                    name: screen.d.card.name
                }
                LinkSection {
                    width: parent.width
                    heading: qsTr("In the story")
                    links: screen.d.chapters
                    iconName: "story"
                }
                LinkSection {
                    width: parent.width
                    heading: qsTr("Photographs")
                    links: screen.d.photos
                    iconName: "photo"
                }
                LinkSection {
                    width: parent.width
                    heading: qsTr("Events")
                    links: screen.d.events
                    iconName: "date"
                }
            }

            Column {
                id: main
                x: screen.landscape ? side.width + Theme.margin * 1.5 : 0
                y: screen.landscape ? 0 : side.height + Theme.margin
                width: Math.min(layout.width - x, Theme.measure)
                spacing: Theme.gap
                Row {
                    visible: screen.d.group !== ""
                    spacing: Theme.gap
                    Rectangle {
                        width: 14; height: 14; radius: 7
                        color: Theme.contrast ? Theme.text : Theme.groupColour(screen.d.card.colour)
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Text {
                        text: screen.d.group
                        textFormat: Text.PlainText
                        font.family: Theme.sans
                        font.pixelSize: Theme.small
                        font.weight: Font.Bold
                        font.capitalization: Font.AllUppercase
                        font.letterSpacing: 1.5
                        color: Theme.accent
                    }
                }
                Text {
                    width: parent.width
                    text: screen.d.card.name
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.family: Theme.serif
                    font.pixelSize: Theme.title
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    width: parent.width
                    visible: text !== ""
                    text: screen.d.nativeName
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.family: Theme.serif
                    font.pixelSize: Theme.lead
                    font.italic: true
                    color: Theme.textMuted
                }
                Text {
                    width: parent.width
                    visible: text !== ""
                    text: screen.d.card.role
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.family: Theme.sans
                    font.pixelSize: Theme.body
                    color: Theme.text
                }
                Text {
                    width: parent.width
                    visible: text !== ""
                    text: [screen.d.born ? qsTr("Born %1").arg(screen.d.born) : "", screen.d.died ? qsTr("Died %1").arg(screen.d.died) : ""].filter(s => s !== "").join("  ·  ")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.family: Theme.sans
                    font.pixelSize: Theme.small
                    color: Theme.textMuted
                }
                FallbackNote { visible: screen.d.fallback }
                Item { width: 1; height: Theme.gap }
                Prose {
                    width: parent.width
                    blocks: screen.d.blocks
                }
                CuratorNote {
                    width: parent.width
                    text: screen.d.note
                }
                Sources {
                    width: parent.width
                    items: screen.d.sources
                }
            }
        }
    }
}
