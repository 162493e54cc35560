pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// A glyph from the one icon registry (kiosk/ui/icons.py). An icon that points along the line of
// reading (back, previous, next...) is drawn mirrored in a right-to-left language; one that points
// at something in the world (a map's pointer) sets `followsReading: false`.
Text {
    id: icon
    property string name
    property bool followsReading: Icons.directional.indexOf(name) >= 0
    readonly property bool mirrored: followsReading && LayoutMirroring.enabled
    font.family: Icons.family
    font.pixelSize: Theme.iconSize
    font.styleName: "Solid"
    text: Icons.glyph(name)
    color: Theme.text
    textFormat: Text.PlainText
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    Accessible.ignored: true
    transform: Scale {
        origin.x: icon.width / 2
        xScale: icon.mirrored ? -1 : 1
    }
}
