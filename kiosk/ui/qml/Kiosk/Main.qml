pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import Kiosk.Bridge
import "admin"

// The kiosk window. Rotation happens here, in the scene, so touch input rotates with the picture.
Window {
    id: window
    color: "#000000"
    title: ExhibitInfo.title
    // Right-to-left languages mirror everything the window shows: the exhibit, the popups over it
    // (they live in the window's overlay) and the admin layer. Hand-computed positions mirror
    // themselves (LayoutMirroring moves anchors and positioners only).
    LayoutMirroring.enabled: Translations.rightToLeft
    LayoutMirroring.childrenInherit: true

    Item {
        id: rotator
        readonly property bool sideways: Display.rotation === 90 || Display.rotation === 270
        anchors.centerIn: parent
        width: sideways ? window.height : window.width
        height: sideways ? window.width : window.height
        rotation: Display.rotation

        Frame {
            anchors.fill: parent
        }
        SpeechLayer {
            anchors.fill: parent
        }
        AdminLayer {
            anchors.fill: parent
        }
    }
}
