pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// One chapter: lead image and links beside (or above) the text; previous and next below.
Item {
    id: screen
    readonly property string route: Navigator.showing.chapter
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
        anchors.bottomMargin: pager.height
        contentHeight: layout.height + Theme.margin * 2
        clip: true
        boundsBehavior: Flickable.DragOverBounds

        Item {
            id: layout
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            height: screen.landscape ? Math.max(side.height, main.height) : side.height + Theme.margin + main.height

            // In portrait the text comes first, then the picture and the links.
            Column {
                id: side
                y: screen.landscape ? 0 : main.height + Theme.margin
                width: screen.landscape ? Math.min(layout.width * 0.36, 640) : layout.width
                spacing: Theme.margin / 2
                Picture {
                    id: lead
                    visible: screen.d.lead.image !== ""
                    width: parent.width
                    height: visible ? width * 2 / 3 : 0
                    source: screen.d.lead.image
                    description: screen.d.lead.caption
                    decodeWidth: 1280
                    MouseArea {
                        anchors.fill: parent
                        onClicked: Navigator.go(screen.d.lead.route)
                    }
                }
                Text {
                    visible: lead.visible
                    width: parent.width
                    text: screen.d.lead.caption
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.family: Theme.sans
                    font.pixelSize: Theme.small
                    font.italic: true
                    color: Theme.textMuted
                }
                LinkSection {
                    width: parent.width
                    heading: qsTr("People in this chapter")
                    links: screen.d.people
                    people: true
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
                LinkSection {
                    width: parent.width
                    heading: qsTr("Places")
                    links: screen.d.places
                    iconName: "place"
                }
            }

            Column {
                id: main
                x: screen.landscape ? side.width + Theme.margin * 1.5 : 0
                width: Math.min(layout.width - x, Theme.measure)
                spacing: Theme.margin / 2
                Text {
                    width: parent.width
                    text: qsTr("Chapter %1 of %2").arg(screen.d.sequence.number).arg(screen.d.sequence.count)
                    textFormat: Text.PlainText
                    font.family: Theme.sans
                    font.pixelSize: Theme.small
                    font.weight: Font.Bold
                    font.capitalization: Font.AllUppercase
                    font.letterSpacing: 1.5
                    color: Theme.accent
                }
                Text {
                    width: parent.width
                    text: screen.d.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.family: Theme.serif
                    font.pixelSize: Theme.title
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                FallbackNote { visible: screen.d.fallback }
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

    Pager {
        id: pager
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        progress: screen.d.sequence.number / Math.max(1, screen.d.sequence.count)
        prevRoute: screen.d.sequence.previous
        nextRoute: screen.d.sequence.next
        prevLabel: qsTr("Previous chapter")
        nextLabel: screen.d.sequence.nextTitle !== "" ? qsTr("Next: %1").arg(screen.d.sequence.nextTitle) : qsTr("Next chapter")
    }
}
