import QtQuick
import QtQuick.Shapes
import Kiosk

// A line in a group's colour and pattern (both declared by the exhibit): the patterns tell the
// groups apart in high contrast and for colour-blind visitors. Used by the map's arrows and legend.
ShapePath {
    required property string colour  // a palette name (Theme.groupColour)
    required property string line  // solid, dashed, dotted or dash-dot
    readonly property list<real> pattern: {
        switch (line) {
        case "dashed": return [2.2, 1.2];
        case "dotted": return [0.8, 1.0];
        case "dash-dot": return [3.0, 1.0, 0.8, 1.0];
        default: return [];
        }
    }
    strokeColor: Theme.contrast ? Theme.text : Theme.groupColour(colour)
    strokeWidth: 6
    strokeStyle: pattern.length > 0 ? ShapePath.DashLine : ShapePath.SolidLine
    dashPattern: pattern.length > 0 ? pattern : [1, 0]
    fillColor: "transparent"
}
