pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Bridge

// Everyone in the exhibit, in the groups it declares; people in no group are listed without a heading.
Item {
    id: screen
    readonly property string route: Navigator.showing.people
    readonly property var groups: Screens.data(screen.route, Screens.revision).groups
    readonly property int columns: Math.max(1, Math.floor((width - 2 * Theme.margin) / (560 * Math.min(1.3, Theme.scale))))


    Flickable {
        id: flick
        // Back brings the visitor to the place in the list they left.
        Component.onCompleted: {
            const y = Navigator.recall(screen.route);
            if (!isNaN(y))
                contentY = y;
        }
        Component.onDestruction: Navigator.remember(screen.route, contentY)
        anchors.fill: parent
        contentHeight: column.height + Theme.margin * 2
        clip: true
        boundsBehavior: Flickable.DragOverBounds
        Column {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.margin / 2
            Text {
                text: qsTr("People")
                textFormat: Text.PlainText
                font.family: Theme.serif
                font.pixelSize: Theme.title
                color: Theme.text
            }
            Repeater {
                model: screen.groups
                delegate: Column {
                    id: group
                    required property var modelData
                    width: column.width
                    spacing: Theme.gap
                    Row {
                        visible: group.modelData.label !== ""
                        spacing: Theme.gap
                        height: Theme.lead * 2
                        Rectangle {
                            width: 14; height: 14; radius: 7
                            color: Theme.contrast ? Theme.text : Theme.groupColour(group.modelData.colour)
                            anchors.verticalCenter: parent.verticalCenter
                        }
                        Text {
                            text: group.modelData.label
                            textFormat: Text.PlainText
                            font.family: Theme.sans
                            font.pixelSize: Theme.lead
                            font.weight: Font.Bold
                            color: Theme.accent
                        }
                    }
                    Grid {
                        columns: screen.columns
                        spacing: Theme.gap
                        Repeater {
                            model: group.modelData.people
                            delegate: AbstractButton {
                                id: card
                                required property var modelData
                                width: (column.width - (screen.columns - 1) * Theme.gap) / screen.columns
                                implicitHeight: Math.round(Theme.lead * 1.5 + Theme.small * 4.2 + Theme.gap * 2)
                                focusPolicy: Qt.NoFocus
                                Accessible.role: Accessible.Button
                                Accessible.name: modelData.name
                                Accessible.onPressAction: card.clicked()
                                onClicked: Navigator.go(modelData.route)
                                background: Rectangle {
                                    radius: Theme.radius
                                    color: card.down ? Theme.pressed : Theme.surface
                                    border.color: card.down ? Theme.accent : Theme.border
                                    border.width: Theme.contrast ? 2 : 1
                                    scale: card.down ? 0.97 : 1
                                }
                                contentItem: Item {
                                    Portrait {
                                        id: portrait
                                        width: Theme.touch * 1.35
                                        height: width * 1.2
                                        anchors.verticalCenter: parent.verticalCenter
                                        x: Theme.gap
                                        initials: card.modelData.initials
                                        colour: card.modelData.colour
                                        source: card.modelData.portrait
                                        name: card.modelData.name
                                        showMark: false
                                    }
                                    Column {
                                        id: texts
                                        anchors.left: portrait.right
                                        anchors.leftMargin: Theme.gap * 1.5
                                        anchors.right: parent.right
                                        anchors.rightMargin: Theme.gap
                                        anchors.verticalCenter: parent.verticalCenter
                                        spacing: 2
                                        Text {
                                            width: parent.width
                                            text: card.modelData.name
                                            textFormat: Text.PlainText
                                            wrapMode: Text.Wrap
                                            font.family: Theme.serif
                                            font.pixelSize: Theme.lead
                                            color: Theme.text
                                        }
                                        Text {
                                            width: parent.width
                                            visible: text !== ""
                                            text: card.modelData.role
                                            textFormat: Text.PlainText
                                            wrapMode: Text.Wrap
                                            maximumLineCount: 2
                                            elide: Text.ElideRight
                                            font.family: Theme.sans
                                            font.pixelSize: Theme.small
                                            color: Theme.textMuted
                                        }
                                        Text {
                                            visible: text !== ""
                                            text: card.modelData.dates
                                            textFormat: Text.PlainText
                                            font.family: Theme.sans
                                            font.pixelSize: Theme.small
                                            color: Theme.textMuted
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
