pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Bridge

// Home and Back at the start of the line, where the visitor is in the middle, language and access
// at its end. When the languages do not all fit beside Home and Back (many languages, large text,
// a portrait screen), one button names the current language and opens them all in a menu.
Rectangle {
    id: bar
    property string heading
    signal accessibilityRequested()

    // Room for the languages: the bar less Home and Back, the accessibility button and the gaps.
    readonly property real languageRoom: width - Theme.margin - leftGroup.implicitWidth - access.width - 3 * Theme.gap
    readonly property bool languagesFit: languageRow.implicitWidth <= languageRoom
    readonly property string currentName: {
        const all = ExhibitInfo.languages;
        for (let i = 0; i < all.length; i++) {
            if (all[i].code === Session.language)
                return all[i].name;
        }
        return "";
    }

    implicitHeight: Math.max(Theme.bar, leftGroup.implicitHeight + Theme.gap, rightGroup.implicitHeight + Theme.gap)
    color: Theme.surface
    Rectangle { width: parent.width; height: 1; color: Theme.border; anchors.bottom: parent.bottom }
    onVisibleChanged: if (!visible) languageMenu.close()

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
        // Only where the whole title fits, or most of it: a few letters and "…" tell nobody anything.
        visible: bar.width > 1200 && width >= Math.min(implicitWidth, Theme.lead * 8)
    }

    Row {
        id: rightGroup
        spacing: Theme.gap
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin / 2
        anchors.verticalCenter: parent.verticalCenter
        Row {
            id: languageRow
            spacing: Theme.gap
            visible: bar.languagesFit
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
        }
        KButton {
            id: languageButton
            visible: !bar.languagesFit
            iconName: "language"
            text: bar.currentName
            selected: languageMenu.visible
            width: Math.min(implicitWidth, Math.max(Theme.touch, bar.languageRoom))
            Accessible.name: qsTr("Language") + ": " + bar.currentName
            onClicked: languageMenu.visible ? languageMenu.close() : languageMenu.open()
        }
        KButton {
            id: access
            iconName: "accessibility"
            Accessible.name: qsTr("Accessibility: text size, contrast, reach")
            onClicked: bar.accessibilityRequested()
        }
    }

    // Every language of the exhibit, each named in itself, below the bar (above it in reach mode).
    Popup {
        id: languageMenu
        objectName: "languageMenu"
        readonly property real widest: Math.min(bar.width - 2 * Theme.gap, 1100)
        width: choices.width + leftPadding + rightPadding
        x: Bidi.rtl ? Theme.gap : bar.width - width - Theme.gap
        y: Session.reachMode ? -height - Theme.gap : bar.height + Theme.gap
        padding: Theme.gap * 1.5
        modal: true
        dim: false
        closePolicy: Popup.CloseOnPressOutside
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.accent
            border.width: 2
        }
        contentItem: Flickable {
            implicitHeight: Math.min(choices.height, (bar.parent ? bar.parent.height : 1000) * 0.7)
            contentHeight: choices.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Flow {
                id: choices
                // As wide as all the languages in a row (the bar's own row measures them), or the
                // widest the menu may be: a Flow as wide as the menu, so mirrored ones start at its edge.
                width: Math.min(languageMenu.widest - languageMenu.leftPadding - languageMenu.rightPadding, languageRow.implicitWidth)
                spacing: Theme.gap
                Repeater {
                    model: ExhibitInfo.languages
                    delegate: KButton {
                        required property var modelData
                        text: modelData.name
                        selected: Session.language === modelData.code
                        Accessible.name: modelData.name
                        onClicked: {
                            Session.setLanguage(modelData.code);
                            languageMenu.close();
                        }
                    }
                }
            }
        }
    }
    // "Still there?", the PIN pad and the admin view are never hidden by the menu.
    Connections {
        target: IdleMonitor
        function onWarningChanged() {
            if (IdleMonitor.warning)
                languageMenu.close();
        }
    }
    Connections {
        target: Admin
        function onChanged() {
            if (Admin.pinOpen || Admin.panelOpen)
                languageMenu.close();
        }
    }
}
