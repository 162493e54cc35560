pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Kiosk

// One route's arrow, grown to the map's time: a line through its waypoints and a head at its tip.
Item {
    id: arrow
    required property string colour
    required property string line
    required property var points
    required property bool drawn
    required property real tipX
    required property real tipY
    required property var head
    required property real zoom
    required property real mapWidth  // the whole map, at this zoom
    required property real mapHeight

    visible: drawn
    Shape {
        preferredRendererType: Shape.CurveRenderer
        // Nothing drawn: it spans the whole map, so that Qt's software renderer clips an arrow
        // lying wholly outside the view instead of drawing it over the screen.
        ShapePath {
            strokeColor: "transparent"
            fillColor: "transparent"
            startX: -1
            startY: -1
            PathLine { x: arrow.mapWidth + 1; y: arrow.mapHeight + 1 }
        }
        ShapePath {
            strokeColor: Theme.background
            strokeWidth: 11
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            scale: Qt.size(arrow.zoom, arrow.zoom)
            PathPolyline { path: arrow.points }
        }
        GroupStroke {
            id: stroke
            colour: arrow.colour
            line: arrow.line
            capStyle: ShapePath.FlatCap
            joinStyle: ShapePath.RoundJoin
            scale: Qt.size(arrow.zoom, arrow.zoom)
            PathPolyline { path: arrow.points }
        }
        ShapePath {
            fillColor: stroke.strokeColor
            strokeColor: Theme.background
            strokeWidth: 2
            joinStyle: ShapePath.MiterJoin
            PathPolyline {
                path: arrow.head.map(p => Qt.point(arrow.tipX * arrow.zoom + p.x, arrow.tipY * arrow.zoom + p.y))
            }
        }
    }
}
