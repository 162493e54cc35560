pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// The admin view: content, today's visitors, settings, display tools, the log, restart and quit.
Rectangle {
    id: panel
    color: Theme.background
    property var s: Admin.status()
    property bool confirmQuit: false

    function refresh() {
        s = Admin.status();
        confirmQuit = false;
    }
    onVisibleChanged: if (visible) refresh()
    Connections {
        target: Admin
        function onChanged() { if (panel.visible) panel.refresh(); }
    }

    MouseArea { anchors.fill: parent }

    Rectangle {
        id: header
        width: parent.width
        // Taller when the title has to wrap beside "Back to the exhibit" (large text, portrait).
        height: Math.max(Theme.bar, title.implicitHeight + Theme.gap * 2)
        color: Theme.surface
        Text {
            id: title
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            anchors.right: leave.left
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            wrapMode: Text.Wrap
            // The date and time stay together on one line when the title wraps.
            text: Bidi.join([qsTr("Admin"), panel.s.time.replace(/ /g, "\u00a0")], "  ·  ")
            textFormat: Text.PlainText
            font.family: Theme.sans
            font.pixelSize: Theme.heading
            font.weight: Font.Bold
            color: Theme.text
        }
        KButton {
            id: leave
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin / 2
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, header.width / 2)
            iconName: "close"
            text: qsTr("Back to the exhibit")
            primary: true
            onClicked: Admin.close()
        }
    }

    Flickable {
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        contentHeight: body.height + Theme.margin * 2
        clip: true
        Column {
            id: body
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.margin / 2

            SafeModeSection {
                width: body.width
                visible: Admin.safeMode
                lines: panel.s.safeMode
            }
            AdminSection {
                width: body.width
                heading: qsTr("Content")
                lines: [
                    qsTr("Showing: %1").arg(Bidi.isolate(panel.s.content.showing)),
                    qsTr("Folder: %1").arg(Bidi.isolate(panel.s.content.folder)),
                    qsTr("Since: %1").arg(Bidi.isolate(panel.s.content.since))
                ].concat(panel.s.content.problems)
            }
            Flow {
                width: body.width
                spacing: Theme.gap
                // A long translation wraps inside the panel rather than running out of it.
                KButton { width: Math.min(implicitWidth, body.width); iconName: "restart"; text: qsTr("Check the folder again"); onClicked: Admin.reloadContent() }
                KButton {
                    width: Math.min(implicitWidth, body.width)
                    iconName: "undo"
                    text: qsTr("Go back to the previous content")
                    visible: !Admin.safeMode  // safe mode offers "Keep showing this content" instead
                    onClicked: Admin.rollbackContent()
                }
            }
            Text {
                width: body.width
                visible: text !== ""
                text: Admin.message
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.family: Theme.sans
                font.pixelSize: Theme.small
                color: Theme.warning
            }

            AdminSection {
                width: body.width
                heading: qsTr("Today")
                lines: panel.s.statistics ? [
                    qsTr("Visits: %1").arg(Bidi.isolate(String(panel.s.today.sessions))),
                    qsTr("Median visit: %1 s").arg(Bidi.isolate(String(Math.round(panel.s.today.medianS)))),
                    qsTr("Screens viewed: %1").arg(Bidi.isolate(String(panel.s.today.views)))
                ] : []
            }

            AdminSection { width: body.width; heading: qsTr("Language a new visitor finds"); lines: [] }
            Flow {
                width: body.width
                spacing: Theme.gap
                Repeater {
                    model: ExhibitInfo.languages
                    delegate: KButton {
                        required property var modelData
                        text: modelData.name
                        selected: panel.s.language === modelData.code
                        onClicked: Admin.setDefaultLanguage(modelData.code)
                    }
                }
            }

            AdminSection {
                width: body.width
                heading: qsTr("Quiet time before a visit ends")
                lines: [qsTr("%n second(s)", "", panel.s.idleTimeoutS)]
            }
            Row {
                width: body.width
                spacing: Theme.gap
                KButton {
                    iconName: "less"
                    Accessible.name: qsTr("Shorter")
                    onClicked: Admin.stepIdleTimeout(-1)
                }
                KButton {
                    iconName: "more"
                    Accessible.name: qsTr("Longer")
                    onClicked: Admin.stepIdleTimeout(1)
                }
            }

            AdminSection { width: body.width; heading: qsTr("Display"); lines: [] }
            Flow {
                width: body.width
                spacing: Theme.gap
                KButton { iconName: "touch"; text: qsTr("Touch test"); onClicked: touchTest.visible = true }
                KButton { iconName: "photo"; text: qsTr("Test pattern"); onClicked: pattern.visible = true }
            }

            AdminSection {
                width: body.width
                heading: qsTr("Log (latest last)")
                lines: panel.s.log
                monospace: true
            }

            Flow {
                width: body.width
                spacing: Theme.gap
                KButton { iconName: "restart"; text: qsTr("Restart the kiosk"); onClicked: Admin.restart() }
                KButton {
                    iconName: "power"
                    text: panel.confirmQuit ? qsTr("Tap again to quit") : qsTr("Quit")
                    onClicked: {
                        if (panel.confirmQuit)
                            Admin.quit();
                        else
                            panel.confirmQuit = true;
                    }
                }
            }
        }
    }

    TouchTest { id: touchTest; anchors.fill: parent; visible: false }
    TestPattern { id: pattern; anchors.fill: parent; visible: false }
}
