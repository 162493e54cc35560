pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// The campaign on a map: the fronts' arrows grow with the date, places light up as their events
// happen, and the day's events are listed beside the map. A place touched lists its own events.
// The map is geography and never mirrors; in a right-to-left language its panel moves to the left
// and its controls to the other side of the map.
Item {
    id: screen
    // Made and kept by Python (Models), never instantiated here: PySide keeps every Python object
    // QML creates alive for good. The canvas sets the view's inputs through bindings instead.
    readonly property MapView view: Models.mapView("campaign")
    readonly property bool landscape: width > height
    readonly property real panelWidth: landscape ? Math.min(Math.max(width * 0.3, 520), 660) : width
    property string selected: ""

    MapCanvas {
        id: canvas
        view: screen.view
        anchors.left: parent.left
        y: 0
        width: screen.landscape ? screen.width - screen.panelWidth : screen.width
        height: screen.landscape ? screen.height - timeBar.height : Math.round(screen.height * 0.52)
        selected: screen.selected
        onPlaceTapped: id => screen.selected = id
    }

    TimeBar {
        id: timeBar
        view: screen.view
        anchors.left: canvas.left
        y: canvas.height
        width: canvas.width
    }

    Rectangle {
        id: panel
        objectName: "mapPanel"
        anchors.right: parent.right
        y: screen.landscape ? 0 : timeBar.y + timeBar.height
        width: screen.panelWidth
        height: screen.height - y
        color: Theme.surface
        Rectangle { anchors.left: parent.left; width: 1; height: parent.height; color: Theme.border; visible: screen.landscape }

        Flickable {
            id: side
            anchors.fill: parent
            contentHeight: column.height + Theme.margin
            clip: true
            boundsBehavior: Flickable.DragOverBounds

            Column {
                id: column
                x: Theme.margin / 2
                y: Theme.margin / 2
                width: side.width - Theme.margin
                spacing: Theme.gap

                Flow {
                    width: parent.width
                    spacing: Theme.gap
                    visible: screen.view.scenes.length > 1
                    Repeater {
                        model: screen.view.scenes
                        delegate: KButton {
                            required property var modelData
                            text: modelData.title !== "" ? modelData.title : qsTr("Whole map")
                            iconName: "map"
                            selected: screen.view.sceneId === modelData.id
                            onClicked: {
                                screen.selected = "";
                                screen.view.sceneId = modelData.id;
                            }
                        }
                    }
                }

                Text {
                    width: parent.width
                    text: screen.view.dateText
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.family: Theme.serif
                    font.pixelSize: Theme.heading
                    color: Theme.accent
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                // A place the visitor touched on the map.
                Column {
                    width: parent.width
                    spacing: Theme.gap
                    visible: screen.selected !== ""
                    PlacePanel {
                        width: parent.width
                        placeId: screen.selected
                        closable: true
                        onClosed: screen.selected = ""
                    }
                    KButton {
                        iconName: "place"
                        text: qsTr("More about this place")
                        width: Math.min(implicitWidth, parent.width)
                        onClicked: Navigator.goTo("place", screen.selected)
                    }
                }

                // The day's events.
                Column {
                    width: parent.width
                    spacing: Theme.gap
                    visible: screen.selected === ""
                    Text {
                        width: parent.width
                        text: screen.view.dayEvents.length > 0 ? Bidi.caps(qsTr("On this day")) : qsTr("No event is dated to this day.")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.family: Theme.sans
                        font.pixelSize: Theme.small
                        font.weight: screen.view.dayEvents.length > 0 ? Font.Bold : Font.Normal
                        font.letterSpacing: screen.view.dayEvents.length > 0 ? Bidi.capsSpacing : 0
                        color: screen.view.dayEvents.length > 0 ? Theme.accent : Theme.textMuted
                    }
                    Repeater {
                        model: screen.view.dayEvents
                        delegate: ListRow {
                            required property var modelData
                            width: column.width
                            target: modelData.route
                            eyebrow: modelData.date
                            heading: modelData.title
                            detail: modelData.place
                            image: modelData.thumb
                        }
                    }
                    Text {
                        width: parent.width
                        visible: screen.view.aroundEvents.length > 0
                        topPadding: Theme.gap
                        text: Bidi.caps(qsTr("Around this time"))
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.family: Theme.sans
                        font.pixelSize: Theme.small
                        font.weight: Font.Bold
                        font.letterSpacing: Bidi.capsSpacing
                        color: Theme.accent
                    }
                    Repeater {
                        model: screen.view.aroundEvents
                        delegate: ListRow {
                            required property var modelData
                            width: column.width
                            target: modelData.route
                            eyebrow: modelData.date
                            heading: modelData.title
                            detail: modelData.place
                            image: modelData.thumb
                        }
                    }
                    Text {
                        width: parent.width
                        topPadding: Theme.gap
                        text: qsTr("Touch a place on the map to see what happened there.")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.family: Theme.sans
                        font.pixelSize: Theme.small
                        font.italic: true
                        color: Theme.textMuted
                    }
                }
            }
        }
    }
}
