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
    property int decodeWidth: 512
    property string description

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
        sourceSize.width: picture.decodeWidth
        smooth: true
        opacity: status === Image.Ready ? 1 : 0
        Behavior on opacity { NumberAnimation { duration: Theme.transitionMs } }
    }
}
