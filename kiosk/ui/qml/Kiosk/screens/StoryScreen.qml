pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// The chapters of the story, in order.
Item {
    id: screen
    readonly property string route: Navigator.showing.story
    readonly property bool landscape: width > height


    ListView {
        id: list
        // Back brings the visitor to the place in the list they left.
        Component.onCompleted: {
            const y = Navigator.recall(screen.route);
            if (!isNaN(y))
                contentY = y;
        }
        Component.onDestruction: Navigator.remember(screen.route, contentY)
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        topMargin: Theme.margin
        bottomMargin: Theme.margin
        spacing: Theme.gap
        clip: true
        model: Models.chapters()
        boundsBehavior: Flickable.DragOverBounds
        header: Text {
            width: list.width
            bottomPadding: Theme.margin / 2
            text: qsTr("The story")
            textFormat: Text.PlainText
            font.family: Theme.serif
            font.pixelSize: Theme.title
            color: Theme.text
        }
        delegate: ListRow {
            required property string route
            required property int number
            required property string title
            required property string summary
            required property string thumb
            width: list.width
            target: route
            eyebrow: qsTr("Chapter %1").arg(number)
            heading: title
            detail: summary
            image: thumb
        }
    }
}
