pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Bridge

// Everything a visitor sees: the current screen, the navigation bar and the overlays.
// In reach mode the whole interface sits in the lower part of the screen.
Rectangle {
    id: frame
    color: Theme.background
    readonly property bool attract: Navigator.screen === "attract"
    readonly property real reachOffset: Session.reachMode && !attract ? Math.round(height * 0.32) : 0
    LayoutMirroring.enabled: Translations.rightToLeft
    LayoutMirroring.childrenInherit: true

    Rectangle {
        id: reachSpacer
        width: parent.width
        height: frame.reachOffset
        visible: height > 0
        color: Theme.surface
        Text {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            horizontalAlignment: Text.AlignHCenter
            text: ExhibitInfo.title
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.family: Theme.serif
            font.pixelSize: Theme.title
            color: Theme.textMuted
        }
    }

    Item {
        id: area
        y: frame.reachOffset
        width: parent.width
        height: parent.height - frame.reachOffset
        Behavior on y { NumberAnimation { duration: Theme.transitionMs } }

        NavBar {
            id: bar
            visible: !frame.attract
            width: parent.width
            y: Session.reachMode ? parent.height - height : 0
            heading: Navigator.screen === "home" ? "" : ExhibitInfo.title
            onAccessibilityRequested: access.open()
        }

        Loader {
            id: stage
            x: 0
            y: frame.attract || Session.reachMode ? 0 : bar.height
            width: parent.width
            height: parent.height - (frame.attract ? 0 : bar.height)
            sourceComponent: {
                switch (Navigator.screen) {
                case "attract": return attractScreen;
                case "story": return storyScreen;
                case "chapter": return chapterScreen;
                case "galleries": return galleriesScreen;
                case "gallery": return galleryScreen;
                case "photo": return photoScreen;
                case "people": return peopleScreen;
                case "person": return personScreen;
                case "timeline": return timelineScreen;
                case "event": return eventScreen;
                case "map": return mapScreen;
                case "place": return placeScreen;
                default: return homeScreen;
                }
            }
            onLoaded: {
                (item as Item).opacity = 0;
                fadeIn.restart();
            }
            NumberAnimation {
                id: fadeIn
                target: stage.item
                property: "opacity"
                to: 1
                duration: Theme.transitionMs
            }
        }
    }

    Component { id: attractScreen; AttractScreen {} }
    Component { id: homeScreen; HomeScreen {} }
    Component { id: storyScreen; StoryScreen {} }
    Component { id: chapterScreen; ChapterScreen { arg: Navigator.arg } }
    Component { id: galleriesScreen; GalleriesScreen {} }
    Component { id: galleryScreen; GalleryScreen { arg: Navigator.arg } }
    Component { id: photoScreen; PhotoScreen { arg: Navigator.arg } }
    Component { id: peopleScreen; PeopleScreen {} }
    Component { id: personScreen; PersonScreen { arg: Navigator.arg } }
    Component { id: timelineScreen; TimelineScreen {} }
    Component { id: eventScreen; EventScreen { arg: Navigator.arg } }
    Component { id: mapScreen; MapScreen {} }
    Component { id: placeScreen; PlaceScreen { arg: Navigator.arg } }

    AccessibilityPanel { id: access }

    IdleOverlay {
        anchors.fill: parent
    }
}
