pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Bridge

// One gallery's photographs as a grid of thumbnails.
Item {
    id: screen
    readonly property string route: Navigator.showing.gallery
    readonly property bool landscape: width > height
    readonly property var d: Screens.data(screen.route, Screens.revision)


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
        model: Models.galleryPhotos(screen.d.id)
        cacheBuffer: 600
        readonly property int columns: Math.max(2, Math.floor(width / 440))
        cellWidth: width / columns
        cellHeight: cellWidth * 0.72 + Theme.small * 3.4
        header: Column {
            width: grid.width
            bottomPadding: Theme.margin / 2
            spacing: Theme.gap / 2
            Text {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.gap / 2
                text: screen.d.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.family: Theme.serif
                font.pixelSize: Theme.title
                color: Theme.text
            }
            Text {
                anchors.left: parent.left
                anchors.leftMargin: Theme.gap / 2
                width: Math.min(parent.width - Theme.gap, Theme.measure)
                visible: text !== ""
                text: screen.d.summary
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.family: Theme.sans
                font.pixelSize: Theme.body
                color: Theme.textMuted
            }
        }
        delegate: Item {
            id: cell
            required property string route
            required property string title
            required property string thumb
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
                    radius: Theme.radius / 2
                    color: card.down ? Theme.pressed : "transparent"
                }
                contentItem: Column {
                    spacing: Theme.gap / 2
                    scale: card.down ? 0.97 : 1
                    Picture {
                        width: parent.width
                        height: width * 0.72
                        source: cell.thumb
                        description: cell.title
                        decodeWidth: 512
                    }
                    Text {
                        width: parent.width
                        text: cell.title
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        font.family: Theme.sans
                        font.pixelSize: Theme.small
                        color: Theme.text
                    }
                }
            }
        }
    }
}
