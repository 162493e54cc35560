pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Bridge

// Larger text, high contrast and reach mode, for this visitor only.
Popup {
    id: panel
    modal: true
    dim: true
    closePolicy: Popup.CloseOnPressOutside
    padding: Theme.margin / 2
    width: Math.min(parent ? parent.width - 2 * Theme.gap : 900, 980)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? (Session.reachMode ? parent.height - height - Theme.gap : Theme.bar + Theme.gap) : 0

    Overlay.modal: Rectangle { color: "#99000000" }
    // "Still there?" always wins: a panel left open must not hide the prompt that ends the visit.
    Connections {
        target: IdleMonitor
        function onWarningChanged() {
            if (IdleMonitor.warning)
                panel.close();
        }
    }
    // Nor may it stay over the PIN pad or the admin view (popups sit above the whole window).
    Connections {
        target: Admin
        function onChanged() {
            if (Admin.pinOpen || Admin.panelOpen)
                panel.close();
        }
    }
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.accent
        border.width: 2
    }

    contentItem: Column {
        objectName: "speech:panel"  // speech mode reads the panel instead of the screen while it is open
        spacing: Theme.gap * 1.5
        Item {
            width: parent.width
            height: Math.max(Theme.touch, title.implicitHeight)
            Text {
                id: title
                text: qsTr("Make it easier to use")
                textFormat: Text.PlainText
                font.family: Theme.sans
                font.pixelSize: Theme.heading
                font.weight: Font.Bold
                color: Theme.text
                anchors.left: parent.left
                anchors.right: close.left
                anchors.rightMargin: Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                wrapMode: Text.Wrap
            }
            KButton {
                id: close
                iconName: "close"
                Accessible.name: qsTr("Close")
                anchors.right: parent.right
                onClicked: panel.close()
            }
        }

        Text {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Text size")
            textFormat: Text.PlainText
            font.family: Theme.sans
            font.pixelSize: Theme.body
            color: Theme.textMuted
        }
        Flow {
            width: parent.width
            spacing: Theme.gap
            Repeater {
                model: Session.textSteps
                delegate: KButton {
                    id: step
                    required property int index
                    text: "A"
                    selected: Session.textStep === index
                    contentItem: Text {
                        text: "A"
                        textFormat: Text.PlainText
                        font.family: Theme.serif
                        font.pixelSize: 24 + 8 * step.index  // the largest A still fits the button
                        font.weight: Font.Bold
                        color: Session.textStep === step.index ? Theme.accentText : Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    implicitWidth: Theme.touch * 1.3
                    Accessible.name: qsTr("Text size %1 of %2").arg(index + 1).arg(Session.textSteps)
                    onClicked: Session.textStep = index
                }
            }
        }

        Flow {
            width: parent.width
            spacing: Theme.gap
            KButton {
                iconName: "contrast"
                text: qsTr("High contrast")
                selected: Session.highContrast
                onClicked: Session.highContrast = !Session.highContrast
            }
            KButton {
                iconName: "reach"
                text: qsTr("Bring everything lower")
                selected: Session.reachMode
                onClicked: Session.reachMode = !Session.reachMode
            }
        }
        Text {
            width: parent.width
            text: qsTr("These settings end when you leave; the next visitor starts fresh.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.family: Theme.sans
            font.pixelSize: Theme.small
            color: Theme.textMuted
        }
    }
}
