pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// One event: when and where, what happened, who and which organisations took part, its photographs and
// sources; "Show on map"; the events before and after it below.
Item {
    id: screen
    readonly property string route: Navigator.showing.event
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

            Column {
                id: side
                y: screen.landscape ? 0 : main.height + Theme.margin
                width: screen.landscape ? Math.min(layout.width * 0.36, 640) : layout.width
                spacing: Theme.margin / 2
                Picture {
                    id: lead
                    visible: (screen.d.lead.image) !== ""
                    width: parent.width
                    height: visible ? width * 2 / 3 : 0
                    source: screen.d.lead.image
                    description: screen.d.lead.caption
                    decodeWidth: 1280
                    TapHandler { onTapped: Navigator.go(screen.d.lead.route) }
                }
                KButton {
                    visible: (screen.d.mapRoute) !== ""
                    primary: true
                    iconName: "map"
                    text: qsTr("Show on map")
                    Accessible.name: qsTr("Show %1 on the map").arg(screen.d.mapPlace)
                    width: Math.min(implicitWidth, parent.width)
                    onClicked: Navigator.go(screen.d.mapRoute)
                }
                LinkSection {
                    width: parent.width
                    heading: qsTr("Places")
                    links: (screen.d.place && screen.d.place.route ? [screen.d.place] : []).concat(screen.d.places)
                    iconName: "place"
                }
                LinkSection {
                    width: parent.width
                    heading: qsTr("People")
                    links: screen.d.people
                    people: true
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
            }

            Column {
                id: main
                x: screen.landscape ? side.width + Theme.margin * 1.5 : 0
                width: Math.min(layout.width - x, Theme.measure)
                spacing: Theme.gap
                Text {
                    width: parent.width
                    visible: text !== ""
                    text: screen.d.phase
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
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
                Row {
                    spacing: Theme.gap
                    width: parent.width
                    Icon {
                        id: dateIcon
                        name: "date"
                        font.pixelSize: Theme.lead
                        color: Theme.accent
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Text {
                        width: parent.width - dateIcon.width - parent.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        text: screen.d.date
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.family: Theme.sans
                        font.pixelSize: Theme.lead
                        color: Theme.text
                    }
                }
                Text {
                    width: parent.width
                    visible: screen.d.precision === "month" || screen.d.precision === "year" || screen.d.approximate
                    text: screen.d.precision === "year" ? qsTr("Only the year is known.") : qsTr("The exact days are not known.")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.family: Theme.sans
                    font.pixelSize: Theme.small
                    font.italic: true
                    color: Theme.textMuted
                }
                Row {
                    spacing: Theme.gap
                    width: parent.width
                    visible: (screen.d.mapPlace) !== ""
                    Icon {
                        id: placeIcon
                        name: "place"
                        font.pixelSize: Theme.lead
                        color: Theme.accent
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Text {
                        width: parent.width - placeIcon.width - parent.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        text: screen.d.mapPlace
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.family: Theme.sans
                        font.pixelSize: Theme.lead
                        color: Theme.text
                    }
                }
                FallbackNote { visible: screen.d.fallback }
                Item { width: 1; height: Theme.gap / 2 }
                Repeater {
                    model: screen.d.paragraphs
                    delegate: Text {
                        required property string modelData
                        width: main.width
                        text: modelData
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.family: Theme.serif
                        font.pixelSize: Theme.body
                        lineHeight: 1.35
                        color: Theme.text
                    }
                }
                Column {
                    width: parent.width
                    visible: (screen.d.organisations).length > 0
                    spacing: 4
                    topPadding: Theme.gap
                    Text {
                        text: qsTr("Organisations")
                        textFormat: Text.PlainText
                        font.family: Theme.sans
                        font.pixelSize: Theme.small
                        font.weight: Font.Bold
                        font.capitalization: Font.AllUppercase
                        font.letterSpacing: 1.5
                        color: Theme.accent
                    }
                    Repeater {
                        model: screen.d.organisations
                        delegate: Text {
                            required property string modelData
                            width: main.width
                            text: "•  " + modelData
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            font.family: Theme.sans
                            font.pixelSize: Theme.body
                            color: Theme.text
                        }
                    }
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
        prevLabel: qsTr("Earlier event")
        nextLabel: screen.d.sequence.nextTitle !== "" ? qsTr("Next: %1").arg(screen.d.sequence.nextTitle) : qsTr("Later event")
    }
}
