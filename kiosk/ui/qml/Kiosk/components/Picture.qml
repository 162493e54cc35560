pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// An image the app made itself (a file: URL into its own cache), with a calm plate while it loads
// and while there is none ("": not prepared yet, or it could not be).
Item {
    id: picture
    property alias source: image.source
    property alias fillMode: image.fillMode
    property alias status: image.status
    // The widest the picture is decoded. Once it has a size, it is decoded to cover its own box in
    // device pixels (Qt scales a cropped or fitted picture to cover the sourceSize it is given),
    // in steps of 32 pixels so that a small change decodes nothing again, and never wider than
    // this (nor, then, above a thumbnail's own size where this is the thumbnail's width). A 2400 px
    // screen copy shown 640 px wide is decoded at 640 (by libjpeg at half size on the way), not
    // whole and then scaled to 1280. Without a size yet, it is decoded this wide.
    property int decodeWidth: 512
    property string description
    readonly property bool sized: width > 0 && height > 0
    readonly property real boxWidth: Math.ceil(width * Screen.devicePixelRatio / 32) * 32
    readonly property real boxHeight: Math.ceil(height * Screen.devicePixelRatio / 32) * 32
    readonly property real shrink: Math.min(1, decodeWidth / Math.max(1, boxWidth))

    Accessible.role: Accessible.Graphic
    Accessible.name: description

    Rectangle {
        anchors.fill: parent
        color: Theme.surfaceRaised
        visible: image.status !== Image.Ready
    }
    Image {
        id: image
        anchors.fill: parent
        asynchronous: true
        cache: true
        fillMode: Image.PreserveAspectCrop
        sourceSize.width: picture.sized ? Math.round(picture.boxWidth * picture.shrink) : picture.decodeWidth
        sourceSize.height: picture.sized ? Math.round(picture.boxHeight * picture.shrink) : 0
        smooth: true
        opacity: status === Image.Ready ? 1 : 0
        Behavior on opacity { NumberAnimation { duration: Theme.transitionMs } }
    }
}
