pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A place's dot on the map: lit (accent) once the place is part of the story, with one short pop,
// and a ring on the slider's day, when chosen or pressed. Its touch area is a circle a touch wide,
// centred on the dot; a press offers the place to the map with its distance, and the nearest wins.
Item {
    id: place
    required property string placeId
    required property string name
    required property real mapX
    required property real mapY
    required property bool shown
    required property bool lit
    required property bool today
    required property bool focused
    required property real dot
    required property real ring
    required property real zoom
    required property bool selected  // chosen by a touch on the map
    required property bool pressed  // the map's press went to this place
    readonly property bool chosen: selected || focused
    signal offered(string placeId, real distance)
    signal activated(string placeId)

    visible: shown
    x: mapX * zoom
    y: mapY * zoom
    z: chosen ? 3 : today ? 2 : 1
    Accessible.role: Accessible.Button
    Accessible.name: name
    Accessible.onPressAction: place.activated(place.placeId)
    onLitChanged: if (lit && shown) pop.restart()

    Rectangle {
        visible: place.today || place.chosen || place.pressed
        width: place.ring
        height: width
        radius: width / 2
        anchors.centerIn: parent
        color: place.pressed ? Theme.pressed : "transparent"
        border.width: 3
        border.color: Theme.accent
    }
    Rectangle {
        width: place.dot
        height: width
        radius: width / 2
        anchors.centerIn: parent
        color: place.lit || place.chosen ? Theme.accent : Theme.textMuted
        border.width: 2
        border.color: Theme.background
        Behavior on color { ColorAnimation { duration: 400 } }
        SequentialAnimation on scale {
            id: pop
            running: false
            NumberAnimation { from: 1; to: 1.8; duration: 200; easing.type: Easing.OutQuad }
            NumberAnimation { to: 1; duration: 350; easing.type: Easing.InOutQuad }
        }
    }
    Item {
        id: hit
        width: Theme.touch * 1.2
        height: width
        anchors.centerIn: parent
        containmentMask: QtObject {
            function contains(point: point): bool {
                return Math.hypot(point.x - hit.width / 2, point.y - hit.height / 2) <= hit.width / 2;
            }
        }
        TapHandler {
            onPressedChanged: {
                if (pressed)
                    place.offered(place.placeId, Math.hypot(point.position.x - hit.width / 2, point.position.y - hit.height / 2));
            }
        }
    }
}
