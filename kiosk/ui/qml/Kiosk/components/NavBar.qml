pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// Home and Back on the left, where the visitor is in the middle, language and access on the right.
Rectangle {
    id: bar
    property string heading
    signal accessibilityRequested()

    implicitHeight: Theme.bar
    color: Theme.surface
    Rectangle { width: parent.width; height: 1; color: Theme.border; anchors.bottom: parent.bottom }

    Row {
        id: leftGroup
        spacing: Theme.gap
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin / 2
        anchors.verticalCenter: parent.verticalCenter
        KButton {
            iconName: "home"
            text: qsTr("Home")
            onClicked: Navigator.home()
        }
        KButton {
            iconName: "back"
            text: qsTr("Back")
            visible: Navigator.canGoBack
            onClicked: Navigator.back()
        }
    }

    Text {
        text: bar.heading
        textFormat: Text.PlainText
        elide: Text.ElideRight
        font.family: Theme.sans
        font.pixelSize: Theme.lead
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        anchors.verticalCenter: parent.verticalCenter
        anchors.left: leftGroup.right
        anchors.right: rightGroup.left
        anchors.margins: Theme.gap * 2
        visible: bar.width > 1200
    }

    Row {
        id: rightGroup
        spacing: Theme.gap
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin / 2
        anchors.verticalCenter: parent.verticalCenter
        Repeater {
            model: ExhibitInfo.languages
            delegate: KButton {
                required property var modelData
                text: modelData.name
                selected: Session.language === modelData.code
                Accessible.name: modelData.name
                onClicked: Session.setLanguage(modelData.code)
            }
        }
        KButton {
            iconName: "accessibility"
            Accessible.name: qsTr("Accessibility: text size, contrast, reach")
            onClicked: bar.accessibilityRequested()
        }
    }
}
