pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// The map: the land and rivers the app drew, with the arrows, places and names of the view model
// over it, and its controls (zoom, legend, scale, a pointer to a place beyond the edge). Pinch or
// the buttons zoom, a drag pans when zoomed. A touch on a place or its name says which place it was:
// each dot and name knows its own touch area; where they overlap, a name wins, then the nearest dot.
Item {
    id: canvas
    objectName: "mapCanvas"
    required property MapView view
    property string selected: ""  // shown as chosen
    property string pressedId: ""
    readonly property real zoom: flick.contentWidth / Math.max(1, flick.width)
    readonly property real maxZoom: 4
    // The parts of the map the controls (and a pointer off the map) cover, so that no name hides
    // under them.
    readonly property var overlays: [
        Qt.rect(zoomControls.x, zoomControls.y, zoomControls.width, zoomControls.height),
        Qt.rect(legend.x, legend.y, legend.visible ? legend.width : 0, legend.visible ? legend.height : 0),
        Qt.rect(scaleBar.x, scaleBar.y, scaleBar.width, scaleBar.height),
        Qt.rect(offMap.x, offMap.y, offMap.visible ? offMap.width : 0, offMap.visible ? offMap.height : 0)
    ]
    // The place a press is offered to: every dot and name under the finger offers its place before
    // the map itself hears the press, the best offer (a name, else the nearest dot) wins.
    property string offer: ""
    property real offerDistance: Infinity
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
    function offerPlace(id: string, distance: real) {
        if (distance < offerDistance) {
            offer = id;
            offerDistance = distance;
        }
    }
    function takeOffer(): string {
        const id = offer;
        offer = "";
        offerDistance = Infinity;
        return id;
    }

    // Labels are placed again once a zoom has settled, not on every step of a pinch.
    Timer {
        id: settle
        interval: 120
        onTriggered: canvas.view.zoom = canvas.zoom
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Flickable {
        id: flick
        objectName: "mapContent"  // the map's own names, placed by its label engine (kiosk/map)
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
            source: canvas.view.baseMap
            asynchronous: true
            // Zooming in swaps in a sharper drawing: the old one shows until it is ready.
            retainWhileLoading: true
            smooth: true
            mipmap: false
            fillMode: Image.Stretch
            // Beneath every place, so it hears a press last: it takes the best offer, or none.
            TapHandler {
                onPressedChanged: canvas.pressedId = pressed ? canvas.takeOffer() : ""
                onTapped: canvas.placeTapped(canvas.pressedId)
            }
        }

        Repeater {
            model: canvas.view.areaLabels
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
                font.pixelSize: modelData.size
                font.letterSpacing: modelData.spacing
                font.weight: modelData.major ? Font.Bold : Font.Normal
                color: modelData.major ? Theme.text : Theme.textMuted
                opacity: modelData.major ? 0.9 : 0.75
            }
        }

        Repeater {
            model: canvas.view.routes
            delegate: MapArrow {
                zoom: canvas.zoom
                mapWidth: flick.contentWidth
                mapHeight: flick.contentHeight
            }
        }

        Repeater {
            model: canvas.view.places
            delegate: MapMarker {
                zoom: canvas.zoom
                selected: canvas.selected === placeId
                pressed: canvas.pressedId === placeId
                onOffered: (id, distance) => canvas.offerPlace(id, distance)
                onActivated: id => canvas.placeTapped(id)
            }
        }

        Repeater {
            model: canvas.view.places
            delegate: MapPlaceLabel {
                zoom: canvas.zoom
                selected: canvas.selected === placeId
                onOffered: (id, distance) => canvas.offerPlace(id, distance)
            }
        }

        Repeater {
            model: canvas.view.waterLabels
            // Above the arrows, so that a river's name stays readable where the valley is crowded.
            delegate: Text {
                required property var modelData
                z: 4
                x: modelData.x * canvas.zoom - width / 2
                y: modelData.y * canvas.zoom - height / 2
                rotation: modelData.angle
                text: modelData.name
                textFormat: Text.PlainText
                font.family: Theme.serif
                font.pixelSize: modelData.size
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

    OffMapPointer {
        id: offMap
        target: canvas.view.focus
        avoid: Qt.rect(zoomControls.x, zoomControls.y, zoomControls.width, zoomControls.height)
    }

    MapZoomControls {
        id: zoomControls
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        zoom: canvas.zoom
        maxZoom: canvas.maxZoom
        onZoomBy: factor => canvas.zoomBy(factor)
        onFit: canvas.fit()
    }

    MapLegend {
        id: legend
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        entries: canvas.view.legend
    }

    MapScaleBar {
        id: scaleBar
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        distance: canvas.view.scaleBar
        stretch: canvas.zoom / Math.max(1, canvas.view.zoom)
    }

    // What the view model needs to know of this view: its size, type and colours, and its controls.
    Binding {
        target: canvas.view
        property: "viewWidth"
        value: canvas.width
    }
    Binding {
        target: canvas.view
        property: "viewHeight"
        value: canvas.height
    }
    Binding {
        target: canvas.view
        property: "pixelRatio"
        value: Screen.devicePixelRatio
    }
    Binding {
        target: canvas.view
        property: "textSize"
        value: Theme.small
    }
    Binding {
        target: canvas.view
        property: "sansFamily"
        value: Theme.sans
    }
    Binding {
        target: canvas.view
        property: "serifFamily"
        value: Theme.serif
    }
    Binding {
        target: canvas.view
        property: "reserved"
        value: canvas.overlays
    }
    Binding {
        target: canvas.view
        property: "palette"
        value: Theme.contrast ? ({ sea: Theme.background, land: Theme.surfaceRaised, border: Qt.darker(Theme.text, 2.2), water: Theme.text, nodata: Theme.surface }) : ({ sea: Theme.background, land: Theme.surfaceRaised, border: Theme.border, nodata: Theme.surface })
    }
}
