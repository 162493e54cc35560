pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// A photograph large, with its caption and credit always readable beside or below it.
// Swipe pages between the gallery's photos at fit zoom; when zoomed, a drag pans instead. The strip
// runs in the direction of reading: in a right-to-left language the next photo lies to the left,
// and a swipe from left to right brings it in (the list view mirrors with the layout).
Rectangle {
    id: screen
    readonly property string route: Navigator.showing.photo
    readonly property bool landscape: width > height
    readonly property var d: Screens.data(screen.route, Screens.revision)
    color: Theme.contrast ? "#000000" : "#0b0a08"

    // Already filled with this photo's gallery, so the index below is right the first time.
    readonly property PhotoListModel photos: Models.photosAround(screen.d.id)
    // The strip follows the photo shown, also one from another gallery (a new model sets the
    // strip back to its first photo, and a button or a swipe breaks the binding of its index).
    onDChanged: strip.follow()

    Item {
        id: stage
        anchors.left: parent.left
        anchors.top: parent.top
        width: screen.landscape ? parent.width - info.width : parent.width
        height: screen.landscape ? parent.height : parent.height - info.height

        ListView {
            id: strip
            anchors.fill: parent
            orientation: ListView.Horizontal
            snapMode: ListView.SnapOneItem
            highlightRangeMode: ListView.StrictlyEnforceRange
            highlightMoveDuration: 200
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            model: screen.photos
            currentIndex: screen.photos.indexOf(screen.d.id)
            interactive: currentItem === null || (currentItem as ZoomableImage).zoom <= 1.001
            // Only the visitor's swipe or button changes the route: a new photo shown from
            // elsewhere (another gallery's, a new model) moves the strip, never the other way round.
            function showCurrent() {
                const id = screen.photos.idAt(currentIndex);
                if (id !== "" && id !== screen.d.id)
                    Navigator.replaceWith("photo", id);
            }
            onMovementEnded: showCurrent()
            function follow() {
                const i = screen.photos.indexOf(screen.d.id);
                if (i >= 0 && i !== currentIndex) {
                    currentIndex = i;
                    positionViewAtIndex(i, ListView.Beginning);
                }
            }
            onModelChanged: follow()
            onCountChanged: follow()
            delegate: ZoomableImage {
                required property string id
                required property string title
                required property string image
                photoId: id
                description: title
                width: strip.width
                height: strip.height
                source: image
            }
        }

        KButton {
            iconName: "previous"
            Accessible.name: qsTr("Previous photograph")
            visible: strip.currentIndex > 0
            anchors.left: parent.left
            anchors.leftMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            onClicked: { strip.decrementCurrentIndex(); strip.showCurrent(); }
        }
        KButton {
            iconName: "next"
            Accessible.name: qsTr("Next photograph")
            visible: strip.currentIndex < strip.count - 1
            anchors.right: parent.right
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            onClicked: { strip.incrementCurrentIndex(); strip.showCurrent(); }
        }
        Row {
            spacing: Theme.gap
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.gap
            readonly property ZoomableImage target: strip.currentItem as ZoomableImage
            KButton {
                iconName: "zoom-out"
                Accessible.name: qsTr("Zoom out")
                enabled: parent.target !== null && parent.target.zoom > 1.001
                onClicked: parent.target.zoomBy(1 / 1.6)
            }
            KButton {
                iconName: "zoom-fit"
                Accessible.name: qsTr("Fit to screen")
                enabled: parent.target !== null && parent.target.zoom > 1.001
                onClicked: parent.target.fit()
            }
            KButton {
                iconName: "zoom-in"
                Accessible.name: qsTr("Zoom in")
                enabled: parent.target !== null && parent.target.zoom < parent.target.maxZoom
                onClicked: parent.target.zoomBy(1.6)
            }
        }
        Text {
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: Theme.gap
            text: qsTr("%1 of %2").arg(strip.currentIndex + 1).arg(strip.count)
            textFormat: Text.PlainText
            font.family: Theme.sans
            font.pixelSize: Theme.small
            color: "#ffffff"
            style: Text.Outline
            styleColor: "#000000"
        }
    }

    Rectangle {
        id: info
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: screen.landscape ? Math.min(parent.width * 0.34, Theme.measure * 0.75) : parent.width
        height: screen.landscape ? parent.height : Math.min(parent.height * 0.42, infoFlick.contentHeight)
        color: Theme.surface

        Flickable {
            id: infoFlick
            anchors.fill: parent
            // Room below the last link for speech mode's corner (the window's lower left, in portrait).
            contentHeight: infoColumn.height + Theme.margin / 2 + Math.max(Theme.margin / 2, Theme.speechCorner)
            clip: true
            boundsBehavior: Flickable.DragOverBounds
            Column {
                id: infoColumn
                x: Theme.margin / 2
                y: Theme.margin / 2
                width: info.width - Theme.margin
                spacing: Theme.gap
                Rectangle {
                    anchors.left: parent.left
                    visible: screen.d.placeholder
                    width: badge.width + Theme.gap * 2
                    height: badge.height + Theme.gap
                    radius: Theme.radius
                    color: Theme.warning
                    Text {
                        id: badge
                        anchors.centerIn: parent
                        text: qsTr("Placeholder: the original photograph is not yet on display")
                        textFormat: Text.PlainText
                        font.family: Theme.sans
                        font.pixelSize: Theme.small * 0.9
                        font.weight: Font.Bold
                        color: "#1b1610"
                        width: Math.min(implicitWidth, infoColumn.width - Theme.gap * 2)
                        wrapMode: Text.Wrap
                    }
                }
                Text {
                    width: parent.width
                    text: screen.d.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.family: Theme.serif
                    font.pixelSize: Theme.heading
                    color: Theme.text
                }
                Text {
                    width: parent.width
                    visible: text !== ""
                    text: Bidi.join([screen.d.date, screen.d.place], "  ·  ")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.family: Theme.sans
                    font.pixelSize: Theme.small
                    font.weight: Font.Bold
                    color: Theme.accent
                }
                FallbackNote { visible: screen.d.fallback }
                Text {
                    width: parent.width
                    text: screen.d.caption
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.family: Theme.serif
                    font.pixelSize: Theme.body
                    lineHeight: 1.35
                    color: Theme.text
                }
                Text {
                    width: parent.width
                    text: screen.d.credit
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.family: Theme.sans
                    font.pixelSize: Theme.small
                    color: Theme.textMuted
                }
                LinkSection {
                    width: parent.width
                    heading: qsTr("People")
                    links: screen.d.people
                    people: true
                }
                LinkSection {
                    width: parent.width
                    heading: qsTr("In the story")
                    links: screen.d.chapters
                    iconName: "story"
                }
                LinkSection {
                    width: parent.width
                    heading: qsTr("Events")
                    links: screen.d.events
                    iconName: "date"
                }
                LinkSection {
                    width: parent.width
                    heading: qsTr("Places")
                    links: screen.d.places
                    iconName: "place"
                }
            }
        }
    }
}
