pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// A glyph from the one icon registry (kiosk/ui/icons.py).
Text {
    property string name
    font.family: Icons.family
    font.pixelSize: Theme.iconSize
    font.styleName: "Solid"
    text: Icons.glyph(name)
    color: Theme.text
    textFormat: Text.PlainText
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    Accessible.ignored: true
}
