pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Bridge

// Where every visit starts: one large tile for each part of the exhibit.
Item {
    id: screen
    readonly property bool landscape: width > height
    readonly property var labels: ({
        "story": qsTr("The story"),
        "galleries": qsTr("Photographs"),
        "people": qsTr("People"),
        "timeline": qsTr("Timeline"),
        "map": qsTr("Map")
    })
    function blurb(section: string, count: int): string {
        switch (section) {
        case "story": return qsTr("%n chapter(s) to read", "", count);
        case "galleries": return qsTr("%n photograph(s) with their stories", "", count);
        case "people": return qsTr("%n biographies", "", count);
        case "timeline": return qsTr("%n event(s), day by day", "", count);
        case "map": return qsTr("%n place(s) on the map", "", count);
        }
        return "";
    }

    Column {
        id: heading
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: Theme.gap / 2
        Text {
            width: parent.width
            text: ExhibitInfo.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.family: Theme.serif
            font.pixelSize: Theme.title
            color: Theme.text
        }
        Text {
            width: parent.width
            text: ExhibitInfo.subtitle
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.family: Theme.sans
            font.pixelSize: Theme.lead
            color: Theme.textMuted
        }
    }

    GridView {
        id: grid
        anchors.top: heading.bottom
        anchors.topMargin: Theme.margin
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.margin - Theme.gap / 2
        anchors.rightMargin: Theme.margin - Theme.gap / 2
        clip: true
        readonly property int columns: screen.landscape ? Math.min(3, count) : 1
        cellWidth: width / Math.max(1, columns)
        cellHeight: screen.landscape ? Math.min(height / Math.ceil(count / Math.max(1, columns)), 420) : Math.min(260 * Theme.scale, height / Math.max(1, count))
        model: ExhibitInfo.tiles
        boundsBehavior: Flickable.StopAtBounds
        // The tallest tile's words (title and blurb), so every tile's icon has the same size: only
        // as large as the room the words leave, so that a title that wraps never runs into it.
        property var wordHeights: ({})
        readonly property real tallestWords: Object.values(wordHeights).reduce((a, b) => Math.max(a, b), 0)
        readonly property real iconSize: Math.max(0, Math.min(cellHeight * 0.3, 96, (cellHeight - Theme.gap - tallestWords - Theme.margin * 1.5) / 1.25))
        delegate: Item {
            id: cell
            required property var modelData
            width: grid.cellWidth
            height: grid.cellHeight
            AbstractButton {
                id: tile
                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                focusPolicy: Qt.NoFocus
                Accessible.role: Accessible.Button
                Accessible.name: screen.labels[cell.modelData.section]
                Accessible.onPressAction: tile.clicked()
                onClicked: Navigator.go(cell.modelData.route)
                background: Rectangle {
                    radius: Theme.radius * 1.5
                    color: tile.down ? Theme.pressed : Theme.surface
                    border.color: tile.down ? Theme.accent : Theme.border
                    border.width: Theme.contrast ? 3 : 1
                    scale: tile.down ? 0.97 : 1
                }
                contentItem: Item {
                    clip: true
                    Picture {
                        id: cover
                        visible: cell.modelData.cover !== ""
                        source: cell.modelData.cover
                        description: screen.labels[cell.modelData.section]
                        anchors.fill: parent
                        decodeWidth: 640
                        opacity: 0.45
                    }
                    Rectangle {
                        visible: cover.visible
                        anchors.fill: parent
                        gradient: Gradient {
                            GradientStop { position: 0.0; color: "transparent" }
                            GradientStop { position: 0.75; color: Theme.surface }
                        }
                    }
                    Icon {
                        id: glyph
                        name: cell.modelData.section
                        font.pixelSize: grid.iconSize
                        visible: grid.iconSize >= 32
                        color: Theme.accent
                        anchors.left: parent.left
                        anchors.top: parent.top
                        anchors.margins: Theme.margin / 2
                    }
                    Column {
                        id: words
                        onHeightChanged: grid.wordHeights = Object.assign({}, grid.wordHeights, { [cell.modelData.section]: height })
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        anchors.margins: Theme.margin / 2
                        spacing: Theme.gap / 2
                        Text {
                            width: parent.width
                            text: screen.labels[cell.modelData.section]
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            font.family: Theme.serif
                            font.pixelSize: Theme.heading
                            color: Theme.text
                        }
                        Text {
                            width: parent.width
                            text: screen.blurb(cell.modelData.section, cell.modelData.count)
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
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
