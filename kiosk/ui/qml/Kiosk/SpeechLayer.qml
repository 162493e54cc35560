pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// Speech mode over the whole frame: the ring around the item being spoken, for sighted
// companions, and the marked corner where a long press turns speech mode on or off (a tactile
// sign on the bezel beside it tells visitors who cannot see it). Nothing here takes a touch:
// kiosk/ui/speech_input.py watches the touches before the views get them.
Item {
    id: layer
    objectName: "speechLayer"
    // The corner a visitor holds (lower left, as the frame is turned): about 1.5 touch sizes.
    readonly property real cornerSize: Math.round(Theme.touch * 1.5)
    enabled: false

    // The ring: a dark band under a bright one, so it shows on light pictures and dark pages alike.
    Rectangle {
        id: ring
        readonly property real pad: 12  // outside the item: the 10 px band must not cover its glyphs
        visible: SpeechMode.ringVisible
        x: SpeechMode.ring.x - pad
        y: SpeechMode.ring.y - pad
        width: SpeechMode.ring.width + 2 * pad
        height: SpeechMode.ring.height + 2 * pad
        radius: Theme.radius
        color: "transparent"
        border.width: 10
        border.color: "#000000"
        Rectangle {
            anchors.fill: parent
            anchors.margins: 2
            radius: Theme.radius - 2
            color: "transparent"
            border.width: 6
            border.color: "#ffe14d"
        }
        Behavior on x { NumberAnimation { duration: 90 } }
        Behavior on y { NumberAnimation { duration: 90 } }
        Behavior on width { NumberAnimation { duration: 90 } }
        Behavior on height { NumberAnimation { duration: 90 } }
    }

    // The marked corner: a quarter disc with headphones, filled while speech mode is on.
    Item {
        id: corner
        objectName: "speechCorner"
        x: 0
        y: layer.height - height
        width: Theme.speechCorner
        height: width
        clip: true
        Rectangle {
            x: -width / 2
            y: 0
            width: parent.width * 2
            height: width
            radius: width / 2
            color: SpeechMode.active ? "#ffe14d" : "#cc000000"
            border.width: 2
            border.color: "#ffe14d"
        }
        Icon {
            name: "headphones"
            x: 6
            y: parent.height - height - 4
            font.pixelSize: Math.round(parent.width * 0.42)
            color: SpeechMode.active ? "#000000" : "#ffe14d"
        }
    }
}
