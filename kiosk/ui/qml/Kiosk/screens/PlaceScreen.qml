pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// One place on the map, at the closest scene that shows it, with what happened there beside it.
Item {
    id: screen
    readonly property string route: Navigator.showing.place
    readonly property string placeId: Screens.data(screen.route, Screens.revision).id
    readonly property bool landscape: width > height
    readonly property real panelWidth: landscape ? Math.min(Math.max(width * 0.3, 520), 660) : width

    MapCanvas {
        id: canvas
        view: screen.view
        anchors.left: parent.left
        width: screen.landscape ? screen.width - screen.panelWidth : screen.width
        height: screen.landscape ? screen.height - timeBar.height : Math.round(screen.height * 0.52)
        onPlaceTapped: id => {
            if (id !== "" && id !== screen.placeId)
                Navigator.replaceWith("place", id);
        }
    }

    TimeBar {
        id: timeBar
        view: screen.view
        anchors.left: canvas.left
        y: canvas.height
        width: canvas.width
    }

    Rectangle {
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
                spacing: Theme.gap * 1.5

                Text {
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: Bidi.caps(qsTr("The map shows %1").arg(Bidi.isolate(screen.view.dateText)))
                    textFormat: Text.PlainText
                    font.family: Theme.sans
                    font.pixelSize: Theme.small
                    font.weight: Font.Bold
                    font.letterSpacing: Bidi.capsSpacing
                    color: Theme.accent
                }
                PlacePanel {
                    width: parent.width
                    placeId: screen.placeId
                }
                KButton {
                    iconName: "map"
                    text: qsTr("Whole map")
                    width: Math.min(implicitWidth, parent.width)
                    onClicked: Navigator.go("map")
                }
            }
        }
    }

    // Made and kept by Python (Models), never instantiated here: PySide keeps every Python object
    // QML creates alive for good. The view's inputs are set through bindings instead.
    readonly property MapView view: Models.mapView("place")
    Binding {
        target: screen.view
        property: "focusPlace"
        value: screen.placeId
    }
}
