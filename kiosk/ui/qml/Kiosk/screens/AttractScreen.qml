pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// Before a visit: a slow crossfade of exhibit images, the title, and an invitation in every language.
Rectangle {
    id: screen
    color: "#000000"
    property int current: 0
    readonly property var images: ExhibitInfo.attractImages

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Touch to begin")

    Repeater {
        model: screen.images
        delegate: Image {
            required property var modelData
            required property int index
            // Only the picture showing and the next one are decoded: the rest cost memory for nothing.
            readonly property bool needed: index === screen.current
                                           || index === (screen.current + 1) % Math.max(1, screen.images.length)
            anchors.fill: parent
            source: needed ? modelData : ""
            sourceSize.width: 1920
            asynchronous: true
            fillMode: Image.PreserveAspectCrop
            opacity: index === screen.current ? 0.5 : 0
            Behavior on opacity { NumberAnimation { duration: 2000; easing.type: Easing.InOutQuad } }
        }
    }
    Timer {
        interval: 9000
        running: screen.visible && screen.images.length > 1
        repeat: true
        onTriggered: screen.current = (screen.current + 1) % screen.images.length
    }

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#20000000" }
            GradientStop { position: 0.5; color: "#a0000000" }
            GradientStop { position: 1.0; color: "#f0000000" }
        }
    }
    // A quiet field behind the words, so any picture can sit behind them (on the right, where the
    // words start, in a right-to-left language).
    Rectangle {
        anchors.fill: parent
        rotation: LayoutMirroring.enabled ? 180 : 0
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: "#e0000000" }
            GradientStop { position: 0.55; color: "#80000000" }
            GradientStop { position: 0.8; color: "#00000000" }
        }
    }

    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin * 2
        spacing: Theme.margin / 2

        Repeater {
            model: ExhibitInfo.titles
            delegate: Text {
                required property var modelData
                required property int index
                width: parent.width
                text: modelData.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.family: Theme.serif
                font.pixelSize: index === 0 ? Theme.display * 1.1 : Theme.title
                color: index === 0 ? "#ffffff" : "#e8dcc8"
            }
        }
        Rectangle { width: Theme.margin * 3; height: 4; color: Theme.accent }
        Row {
            spacing: Theme.margin
            Icon {
                name: "touch"
                font.pixelSize: Theme.display * 0.7
                color: Theme.accent
                anchors.verticalCenter: parent.verticalCenter
            }
            Column {
                anchors.verticalCenter: parent.verticalCenter
                spacing: 6
                Repeater {
                    model: Translations.invitations
                    delegate: Text {
                        required property var modelData
                        anchors.left: parent ? parent.left : undefined  // beside the hand, in any direction
                        text: modelData
                        textFormat: Text.PlainText
                        font.family: Theme.sans
                        font.pixelSize: Theme.heading
                        font.weight: Font.DemiBold
                        color: "#ffffff"
                    }
                }
            }
        }
    }

    MouseArea {
        anchors.fill: parent
        onPressed: Navigator.begin()
    }
}
