pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Shows every finger where the screen thinks it is, and 15 mm targets that light up when hit.
Rectangle {
    id: test
    color: "#000000"
    onVisibleChanged: hits = []
    property var hits: []

    Grid {
        anchors.centerIn: parent
        columns: 6
        spacing: Math.round(parent.width / 16)
        Repeater {
            model: 18
            delegate: Rectangle {
                required property int index
                width: Theme.touch
                height: Theme.touch
                radius: 8
                color: test.hits.indexOf(index) >= 0 ? Theme.accent : "transparent"
                border.color: "#ffffff"
                border.width: 2
            }
        }
    }

    MultiPointTouchArea {
        id: area
        anchors.fill: parent
        mouseEnabled: true
        maximumTouchPoints: 10
        touchPoints: [
            TouchPoint { id: p1 }, TouchPoint { id: p2 }, TouchPoint { id: p3 }, TouchPoint { id: p4 },
            TouchPoint { id: p5 }
        ]
    }
    Repeater {
        model: [p1, p2, p3, p4, p5]
        delegate: Rectangle {
            required property TouchPoint modelData
            visible: modelData.pressed
            x: modelData.x - width / 2
            y: modelData.y - height / 2
            width: 90; height: 90; radius: 45
            color: "transparent"
            border.color: Theme.accent
            border.width: 4
            Text {
                anchors.top: parent.bottom
                anchors.horizontalCenter: parent.horizontalCenter
                text: Math.round(parent.modelData.x) + ", " + Math.round(parent.modelData.y)
                textFormat: Text.PlainText
                color: "#ffffff"
                font.pixelSize: 22
            }
        }
    }
    KButton {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        iconName: "close"
        text: qsTr("Done")
        onClicked: test.visible = false
    }
}
