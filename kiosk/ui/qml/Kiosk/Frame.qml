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
            // The screen table (kiosk/screens/table.py) names the view of every screen.
            source: Navigator.view
            // The first screen takes over from the picture of the attract screen shown before
            // the kiosk was built (kiosk/ui/first_frame.py): fading it in would dim it for a moment.
            property bool first: true
            onLoaded: {
                if (first) {
                    first = false;
                    return;
                }
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

    AccessibilityPanel { id: access }

    IdleOverlay {
        anchors.fill: parent
    }
}
