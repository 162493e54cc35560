pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// A PIN pad drawn by the app: no text field, so no on-screen keyboard appears.
Rectangle {
    id: pad
    property string entered: ""
    color: "#e6000000"
    onVisibleChanged: entered = ""

    MouseArea { anchors.fill: parent }

    Rectangle {
        anchors.centerIn: parent
        width: grid.width + Theme.margin * 2
        height: column.height + Theme.margin * 2
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        Column {
            id: column
            anchors.centerIn: parent
            spacing: Theme.gap * 1.5
            Text {
                // As wide as the keys: a longer translation wraps instead of pushing the pad aside.
                width: grid.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("Staff only: enter the PIN")
                textFormat: Text.PlainText
                font.family: Theme.sans
                font.pixelSize: Theme.lead
                color: Theme.text
            }
            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.gap
                height: 28
                Repeater {
                    model: pad.entered.length
                    delegate: Rectangle { width: 24; height: 24; radius: 12; color: Theme.accent }
                }
            }
            Text {
                width: grid.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: text !== ""
                text: Admin.message
                textFormat: Text.PlainText
                font.family: Theme.sans
                font.pixelSize: Theme.small
                color: Theme.warning
            }
            Grid {
                id: grid
                columns: 3
                spacing: Theme.gap
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "delete", "0", "check"]
                    delegate: KButton {
                        required property string modelData
                        readonly property bool digit: modelData.length === 1
                        implicitWidth: Theme.touch * 1.4
                        implicitHeight: Theme.touch * 1.2
                        text: digit ? modelData : ""
                        iconName: digit ? "" : modelData
                        primary: modelData === "check"
                        Accessible.name: digit ? modelData : modelData === "check" ? qsTr("Enter") : qsTr("Delete")
                        onClicked: {
                            if (digit && pad.entered.length < 8)
                                pad.entered += modelData;
                            else if (modelData === "delete")
                                pad.entered = pad.entered.slice(0, -1);
                            else if (modelData === "check") {
                                Admin.submitPin(pad.entered);
                                pad.entered = "";
                            }
                        }
                    }
                }
            }
            KButton {
                anchors.horizontalCenter: parent.horizontalCenter
                iconName: "close"
                text: qsTr("Cancel")
                onClicked: Admin.close()
            }
        }
    }
}
