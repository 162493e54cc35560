pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Kiosk
import Kiosk.Bridge

// The map: the land and rivers the app drew, with the arrows, places and names of the view model
// over it. Pinch or the buttons zoom, a drag pans when zoomed, and a touch on a place or its name
// reports which place it was.
Item {
    id: canvas
    objectName: "mapCanvas"
    required property MapView view
    property string selected: ""  // shown as chosen
    property string pressedId: ""
    readonly property real zoom: flick.contentWidth / Math.max(1, flick.width)
    readonly property real maxZoom: 4
    // The parts of the map the controls cover, so that no name hides under them.
    readonly property var overlays: [
        Qt.rect(zoomColumn.x, zoomColumn.y, zoomColumn.width, zoomColumn.height),
        Qt.rect(legend.x, legend.y, legend.visible ? legend.width : 0, legend.visible ? legend.height : 0),
        Qt.rect(scaleColumn.x, scaleColumn.y, scaleColumn.width, scaleColumn.height)
    ]
    signal placeTapped(string id)

    clip: true
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Map")

    function zoomAround(factor: real, cx: real, cy: real) {
        const target = Math.max(1, Math.min(maxZoom, zoom * factor));
        flick.resizeContent(flick.width * target, flick.height * target, Qt.point(cx, cy));
        flick.returnToBounds();
        settle.restart();
    }
    function zoomBy(factor: real) {
        zoomAround(factor, flick.contentX + flick.width / 2, flick.contentY + flick.height / 2);
    }
    function fit() {
        flick.resizeContent(flick.width, flick.height, Qt.point(0, 0));
        flick.contentX = 0;
        flick.contentY = 0;
        settle.restart();
    }
    function dash(side: string): list<real> {
        switch (side) {
        case "german": return [2.2, 1.2];
        case "bulgarian": return [0.8, 1.0];
        case "yugoslav": return [3.0, 1.0, 0.8, 1.0];
        default: return [];
        }
    }
    function sideColour(side: string): color {
        return Theme.contrast ? Theme.text : Theme.sideColor(side);
    }

    // Labels are placed again once a zoom has settled, not on every step of a pinch.
    Timer {
        id: settle
        interval: 120
        onTriggered: if (canvas.view) canvas.view.zoom = canvas.zoom
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: height
        interactive: canvas.zoom > 1.001
        boundsBehavior: Flickable.StopAtBounds
        onWidthChanged: canvas.fit()
        onHeightChanged: canvas.fit()

        Image {
            width: flick.contentWidth
            height: flick.contentHeight
            source: canvas.view ? canvas.view.baseMap : ""
            asynchronous: true
            smooth: true
            mipmap: false
            fillMode: Image.Stretch
        }

        Repeater {
            model: (canvas.view?.areaLabels ?? [])
            delegate: Text {
                required property var modelData
                x: modelData.x * canvas.zoom - width / 2
                y: modelData.y * canvas.zoom - height / 2
                // Cities and regions of the exhibit above the arrows; countries beneath them.
                z: modelData.place ? 4 : 0
                style: modelData.place ? Text.Outline : Text.Normal
                styleColor: Theme.background
                text: modelData.name
                textFormat: Text.PlainText
                font.family: Theme.sans
                font.pixelSize: modelData.major ? Math.round(Theme.small * 1.1) : Math.round(Theme.small * 0.95)
                font.letterSpacing: Theme.small * (modelData.major ? 0.2 : 0.18)
                font.weight: modelData.major ? Font.Bold : Font.Normal
                color: modelData.major ? Theme.text : Theme.textMuted
                opacity: modelData.major ? 0.9 : 0.75
            }
        }

        Repeater {
            model: (canvas.view?.routes ?? null)
            delegate: Item {
                id: arrow
                required property string side
                required property var points
                required property bool drawn
                required property real tipX
                required property real tipY
                required property var head
                visible: drawn
                Shape {
                    preferredRendererType: Shape.CurveRenderer
                    // Nothing drawn: it spans the whole map, so that Qt's software renderer clips
                    // an arrow lying wholly outside the view instead of drawing it over the screen.
                    ShapePath {
                        strokeColor: "transparent"
                        fillColor: "transparent"
                        startX: -1
                        startY: -1
                        PathLine { x: flick.contentWidth + 1; y: flick.contentHeight + 1 }
                    }
                    ShapePath {
                        strokeColor: Theme.background
                        strokeWidth: 11
                        fillColor: "transparent"
                        capStyle: ShapePath.RoundCap
                        joinStyle: ShapePath.RoundJoin
                        scale: Qt.size(canvas.zoom, canvas.zoom)
                        PathPolyline { path: arrow.points }
                    }
                    ShapePath {
                        strokeColor: canvas.sideColour(arrow.side)
                        strokeWidth: 6
                        strokeStyle: canvas.dash(arrow.side).length > 0 ? ShapePath.DashLine : ShapePath.SolidLine
                        dashPattern: canvas.dash(arrow.side).length > 0 ? canvas.dash(arrow.side) : [1, 0]
                        fillColor: "transparent"
                        capStyle: ShapePath.FlatCap
                        joinStyle: ShapePath.RoundJoin
                        scale: Qt.size(canvas.zoom, canvas.zoom)
                        PathPolyline { path: arrow.points }
                    }
                    ShapePath {
                        fillColor: canvas.sideColour(arrow.side)
                        strokeColor: Theme.background
                        strokeWidth: 2
                        joinStyle: ShapePath.MiterJoin
                        PathPolyline {
                            path: arrow.head.map(p => Qt.point(arrow.tipX * canvas.zoom + p.x, arrow.tipY * canvas.zoom + p.y))
                        }
                    }
                }
            }
        }

        Repeater {
            model: (canvas.view?.places ?? null)
            delegate: Item {
                id: place
                required property string placeId
                required property string name
                required property real mapX
                required property real mapY
                required property bool shown
                required property bool lit
                required property bool today
                required property bool focused
                required property bool major
                required property bool labelShown
                required property real labelDx
                required property real labelDy
                readonly property bool chosen: canvas.selected === placeId || focused
                readonly property real size: (major ? 1.3 : 1) * Theme.small * 0.7

                visible: shown
                x: mapX * canvas.zoom
                y: mapY * canvas.zoom
                z: chosen ? 3 : today ? 2 : 1
                Accessible.role: Accessible.Button
                Accessible.name: name
                Accessible.onPressAction: canvas.placeTapped(placeId)
                onLitChanged: if (lit && shown) pop.restart()

                Rectangle {
                    visible: place.today || place.chosen || canvas.pressedId === place.placeId
                    width: place.size * 2.6
                    height: width
                    radius: width / 2
                    anchors.centerIn: parent
                    color: canvas.pressedId === place.placeId ? Theme.pressed : "transparent"
                    border.width: 3
                    border.color: Theme.accent
                }
                Rectangle {
                    width: place.size
                    height: width
                    radius: width / 2
                    anchors.centerIn: parent
                    color: place.lit || place.chosen ? Theme.accent : Theme.textMuted
                    border.width: 2
                    border.color: Theme.background
                    Behavior on color { ColorAnimation { duration: 400 } }
                    SequentialAnimation on scale {
                        id: pop
                        running: false
                        NumberAnimation { from: 1; to: 1.8; duration: 200; easing.type: Easing.OutQuad }
                        NumberAnimation { to: 1; duration: 350; easing.type: Easing.InOutQuad }
                    }
                }
                Text {
                    visible: place.labelShown || place.chosen
                    x: place.labelShown ? place.labelDx : place.size
                    y: place.labelShown ? place.labelDy : -height / 2
                    text: place.name
                    textFormat: Text.PlainText
                    font.family: Theme.sans
                    font.pixelSize: Theme.small
                    font.weight: place.major || place.chosen ? Font.Bold : Font.Normal
                    color: place.lit || place.chosen ? Theme.text : Theme.textMuted
                    style: Text.Outline
                    styleColor: Theme.background
                }
            }
        }
        Repeater {
            model: (canvas.view?.waterLabels ?? [])
            // Over the markers: a river's name stays readable where the valley is crowded.
            delegate: Text {
                required property var modelData
                z: 4
                x: modelData.x * canvas.zoom - width / 2
                y: modelData.y * canvas.zoom - height / 2
                rotation: modelData.angle
                text: modelData.name
                textFormat: Text.PlainText
                font.family: Theme.serif
                font.pixelSize: Math.round(Theme.small * 0.9)
                font.italic: true
                color: Theme.textMuted
                style: Text.Outline
                styleColor: Theme.background
            }
        }
    }

    PinchHandler {
        target: null
        property real startZoom: 1
        onActiveChanged: {
            if (active)
                startZoom = canvas.zoom;
            else
                settle.restart();
        }
        onActiveScaleChanged: {
            const factor = startZoom * activeScale / canvas.zoom;
            canvas.zoomAround(factor, flick.contentX + centroid.position.x, flick.contentY + centroid.position.y);
        }
    }
    TapHandler {
        function pick(p: point): string {
            return canvas.view?.placeAt((flick.contentX + p.x) / canvas.zoom, (flick.contentY + p.y) / canvas.zoom,
                                       Theme.touch * 0.6 / canvas.zoom);
        }
        onPressedChanged: canvas.pressedId = pressed ? pick(point.position) : ""
        onTapped: eventPoint => canvas.placeTapped(pick(eventPoint.position))
    }

    // A place beyond the edge of this map: a pointer towards it.
    Rectangle {
        id: offMap
        readonly property var f: (canvas.view?.focus ?? ({}))
        visible: f.id !== "" && !f.inside
        width: pointer.implicitWidth + Theme.gap * 2
        height: Theme.touch * 0.8
        radius: height / 2
        x: Math.max(Theme.gap, Math.min(canvas.width - width - Theme.gap, f.edgeX - width / 2))
        y: Math.max(Theme.gap, Math.min(canvas.height - height - Theme.gap, f.edgeY - height / 2))
        color: Theme.surfaceRaised
        border.color: Theme.accent
        border.width: 2
        Row {
            id: pointer
            anchors.centerIn: parent
            spacing: Theme.gap / 2
            Text {
                text: qsTr("%1, off this map").arg(offMap.f.name || "")
                textFormat: Text.PlainText
                font.family: Theme.sans
                font.pixelSize: Theme.small
                color: Theme.text
                anchors.verticalCenter: parent.verticalCenter
            }
            Icon {
                name: "back"
                rotation: (offMap.f.angle || 0) + 180
                font.pixelSize: Theme.small
                color: Theme.accent
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }

    Column {
        id: zoomColumn
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2
        KButton {
            objectName: "zoomIn"
            iconName: "zoom-in"
            Accessible.name: qsTr("Zoom in")
            enabled: canvas.zoom < canvas.maxZoom - 0.01
            onClicked: canvas.zoomBy(1.6)
        }
        KButton {
            objectName: "zoomOut"
            iconName: "zoom-out"
            Accessible.name: qsTr("Zoom out")
            enabled: canvas.zoom > 1.001
            onClicked: canvas.zoomBy(1 / 1.6)
        }
        KButton {
            iconName: "zoom-fit"
            Accessible.name: qsTr("Whole map")
            visible: canvas.zoom > 1.001
            onClicked: canvas.fit()
        }
    }

    Rectangle {
        id: legend
        visible: (canvas.view?.legend ?? []).length > 0
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        width: legendColumn.implicitWidth + Theme.gap * 2
        height: legendColumn.implicitHeight + Theme.gap
        radius: Theme.radius / 2
        color: Theme.surface
        opacity: 0.92
        border.color: Theme.border
        Column {
            id: legendColumn
            x: Theme.gap
            y: Theme.gap / 2
            spacing: 2
            Repeater {
                model: (canvas.view?.legend ?? [])
                delegate: Row {
                    id: entry
                    required property var modelData
                    spacing: Theme.gap / 2
                    Shape {
                        width: 44
                        height: Theme.small * 1.3
                        ShapePath {
                            strokeColor: canvas.sideColour(entry.modelData.side)
                            strokeWidth: 6
                            strokeStyle: canvas.dash(entry.modelData.side).length > 0 ? ShapePath.DashLine : ShapePath.SolidLine
                            dashPattern: canvas.dash(entry.modelData.side).length > 0 ? canvas.dash(entry.modelData.side) : [1, 0]
                            fillColor: "transparent"
                            startX: 2; startY: Theme.small * 0.65
                            PathLine { x: 42; y: Theme.small * 0.65 }
                        }
                    }
                    Text {
                        text: entry.modelData.label
                        textFormat: Text.PlainText
                        font.family: Theme.sans
                        font.pixelSize: Theme.small
                        color: Theme.text
                    }
                }
            }
        }
    }

    Column {
        id: scaleColumn
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        spacing: 2
        visible: (canvas.view?.scaleBar ?? ({ width: 0, label: "" })).width > 0
        Text {
            anchors.right: parent.right
            text: (canvas.view?.scaleBar ?? ({ width: 0, label: "" })).label
            textFormat: Text.PlainText
            font.family: Theme.sans
            font.pixelSize: Theme.small
            color: Theme.text
            style: Text.Outline
            styleColor: Theme.background
        }
        Rectangle {
            anchors.right: parent.right
            width: (canvas.view?.scaleBar ?? ({ width: 0, label: "" })).width * canvas.zoom / Math.max(1, (canvas.view?.zoom ?? 1))
            height: 6
            color: Theme.text
            border.color: Theme.background
        }
    }
}
