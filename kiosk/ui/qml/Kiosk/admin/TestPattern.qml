pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Colour bars, a grey ramp, a grid and the screen's corners: for setting up a display.
Rectangle {
    id: pattern
    color: "#000000"

    Row {
        width: parent.width
        height: parent.height * 0.45
        Repeater {
            model: ["#ffffff", "#ffff00", "#00ffff", "#00ff00", "#ff00ff", "#ff0000", "#0000ff", "#000000"]
            delegate: Rectangle {
                required property string modelData
                width: pattern.width / 8
                height: parent.height
                color: modelData
            }
        }
    }
    Row {
        y: parent.height * 0.45
        width: parent.width
        height: parent.height * 0.2
        Repeater {
            model: 16
            delegate: Rectangle {
                required property int index
                width: pattern.width / 16
                height: parent.height
                color: Qt.rgba(index / 15, index / 15, index / 15, 1)
            }
        }
    }
    Repeater {
        model: 9
        delegate: Rectangle {
            required property int index
            x: pattern.width * (index + 1) / 10
            y: pattern.height * 0.65
            width: 1
            height: pattern.height * 0.35
            color: "#808080"
        }
    }
    Rectangle { width: 60; height: 60; color: "transparent"; border.color: "#ffffff"; border.width: 3 }
    Rectangle { x: parent.width - 60; width: 60; height: 60; color: "transparent"; border.color: "#ffffff"; border.width: 3 }
    Rectangle { y: parent.height - 60; width: 60; height: 60; color: "transparent"; border.color: "#ffffff"; border.width: 3 }
    Rectangle { x: parent.width - 60; y: parent.height - 60; width: 60; height: 60; color: "transparent"; border.color: "#ffffff"; border.width: 3 }
    Text {
        anchors.centerIn: parent
        anchors.verticalCenterOffset: parent.height * 0.3
        text: pattern.width + " × " + pattern.height
        textFormat: Text.PlainText
        font.family: Theme.sans
        font.pixelSize: Theme.title
        color: "#ffffff"
    }
    KButton {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin * 2
        iconName: "close"
        text: qsTr("Done")
        onClicked: pattern.visible = false
    }
}
