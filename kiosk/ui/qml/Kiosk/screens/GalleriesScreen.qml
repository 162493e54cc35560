pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Bridge

// The photo galleries, each with its cover.
Item {
    id: screen
    readonly property string route: Navigator.showing.galleries
    readonly property bool landscape: width > height


    GridView {
        id: grid
        // Back brings the visitor to the place in the list they left.
        Component.onCompleted: {
            const y = Navigator.recall(screen.route);
            if (!isNaN(y))
                contentY = y;
        }
        Component.onDestruction: Navigator.remember(screen.route, contentY)
        anchors.fill: parent
        anchors.leftMargin: Theme.margin - Theme.gap / 2
        anchors.rightMargin: Theme.margin - Theme.gap / 2
        topMargin: Theme.margin
        bottomMargin: Theme.margin
        clip: true
        model: Models.galleries()
        readonly property int columns: screen.landscape ? 3 : 2
        cellWidth: width / columns
        cellHeight: cellWidth * 0.62 + Theme.lead * 3.2 + Theme.small * 2
        header: Text {
            width: grid.width
            leftPadding: Theme.gap / 2
            rightPadding: Theme.gap / 2
            bottomPadding: Theme.margin / 2
            wrapMode: Text.Wrap
            text: qsTr("Photographs")
            textFormat: Text.PlainText
            font.family: Theme.serif
            font.pixelSize: Theme.title
            color: Theme.text
        }
        delegate: Item {
            id: cell
            required property string route
            required property string title
            required property int count
            required property string cover
            width: grid.cellWidth
            height: grid.cellHeight
            AbstractButton {
                id: card
                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                focusPolicy: Qt.NoFocus
                Accessible.role: Accessible.Button
                Accessible.name: cell.title
                Accessible.onPressAction: card.clicked()
                onClicked: Navigator.go(cell.route)
                background: Rectangle {
                    radius: Theme.radius
                    color: card.down ? Theme.pressed : Theme.surface
                    border.color: card.down ? Theme.accent : Theme.border
                    border.width: Theme.contrast ? 2 : 1
                    scale: card.down ? 0.97 : 1
                }
                contentItem: Column {
                    spacing: Theme.gap / 2
                    Picture {
                        width: parent.width
                        height: width * 0.62
                        source: cell.cover
                        description: cell.title
                    }
                    Text {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.margins: Theme.gap
                        text: cell.title
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        font.family: Theme.serif
                        font.pixelSize: Theme.lead
                        color: Theme.text
                    }
                    Text {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.margins: Theme.gap
                        wrapMode: Text.Wrap
                        text: qsTr("%n photograph(s)", "", cell.count)
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
