pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A place's name beside its dot, where the view model placed it (measured with this font, so it
// fits where it was put). A chosen place is named even without a placed spot, right of its dot.
// A touch on the name offers the place to the map ahead of any dot.
Item {
    id: label
    required property string placeId
    required property string name
    required property real mapX
    required property real mapY
    required property bool shown
    required property bool lit
    required property bool focused
    required property bool major
    required property real dot
    required property bool labelShown
    required property real labelDx
    required property real labelDy
    required property real zoom
    required property bool selected
    readonly property bool chosen: selected || focused
    signal offered(string placeId, real distance)

    visible: shown && (labelShown || chosen)
    x: mapX * zoom + (labelShown ? labelDx : dot)
    y: mapY * zoom + (labelShown ? labelDy : -height / 2)
    z: 3.5
    width: text.width
    height: text.height

    Text {
        id: text
        text: label.name
        textFormat: Text.PlainText
        font.family: Theme.sans
        font.pixelSize: Theme.small
        font.weight: label.major || label.chosen ? Font.Bold : Font.Normal
        color: label.lit || label.chosen ? Theme.text : Theme.textMuted
        style: Text.Outline
        styleColor: Theme.background
    }
    TapHandler {
        onPressedChanged: if (pressed) label.offered(label.placeId, -1)
    }
}
