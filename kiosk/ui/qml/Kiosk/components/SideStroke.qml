import QtQuick
import QtQuick.Shapes
import Kiosk

// A line in a side's colour and dash pattern: the patterns tell the sides apart in high contrast
// and for colour-blind visitors. Used by the map's arrows and by its legend.
ShapePath {
    required property string side
    readonly property list<real> pattern: {
        switch (side) {
        case "german": return [2.2, 1.2];
        case "bulgarian": return [0.8, 1.0];
        case "yugoslav": return [3.0, 1.0, 0.8, 1.0];
        default: return [];
        }
    }
    strokeColor: Theme.contrast ? Theme.text : Theme.sideColor(side)
    strokeWidth: 6
    strokeStyle: pattern.length > 0 ? ShapePath.DashLine : ShapePath.SolidLine
    dashPattern: pattern.length > 0 ? pattern : [1, 0]
    fillColor: "transparent"
}
