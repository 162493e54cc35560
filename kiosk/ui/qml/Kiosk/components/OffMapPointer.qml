import QtQuick
import Kiosk

// A place beyond the edge of this map: a pointer towards it, kept inside the map's edge.
Rectangle {
    id: pointer
    required property var target  // {id, name, inside, edgeX, edgeY, angle}
    required property rect avoid  // the map's zoom buttons: the pointer moves aside from them
    readonly property real edgeX: Math.max(Theme.gap, Math.min(parent.width - width - Theme.gap, target.edgeX - width / 2))
    readonly property real edgeY: Math.max(Theme.gap, Math.min(parent.height - height - Theme.gap, target.edgeY - height / 2))
    readonly property bool onButtons: edgeX < avoid.x + avoid.width + Theme.gap && edgeX + width > avoid.x - Theme.gap
                                      && edgeY < avoid.y + avoid.height + Theme.gap && edgeY + height > avoid.y - Theme.gap

    visible: target.id !== "" && !target.inside
    width: row.implicitWidth + Theme.gap * 2
    height: Theme.touch * 0.8
    radius: height / 2
    // Aside from the zoom buttons, towards the middle of the map (they change sides with the layout).
    x: !onButtons ? edgeX
       : avoid.x > parent.width / 2 ? Math.max(Theme.gap, avoid.x - width - Theme.gap)
       : Math.min(parent.width - width - Theme.gap, avoid.x + avoid.width + Theme.gap)
    y: edgeY
    color: Theme.surfaceRaised
    border.color: Theme.accent
    border.width: 2
    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.gap / 2
        Text {
            text: qsTr("%1, off this map").arg(Bidi.isolate(pointer.target.name))
            textFormat: Text.PlainText
            font.family: Theme.sans
            font.pixelSize: Theme.small
            color: Theme.text
            anchors.verticalCenter: parent.verticalCenter
        }
        Icon {
            name: "back"
            followsReading: false  // it points at a place in the world, whatever the language
            rotation: pointer.target.angle + 180
            font.pixelSize: Theme.small
            color: Theme.accent
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
