pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// One photograph that can be pinched, double-tapped or button-zoomed, and dragged when zoomed.
// A scan larger than its screen copy has deep-zoom tiles: it zooms to the scan's full resolution,
// the tiles of the visible region drawn over the screen copy (DeepZoomLayer).
Flickable {
    id: view
    property string photoId
    property string description
    property alias source: image.source
    // The photo's tile pyramid ({} for a photo without one, or not yet prepared).
    readonly property var pyramid: DeepZoom.describe(photoId, DeepZoom.revision)
    readonly property bool deep: pyramid.width !== undefined
    readonly property real zoom: contentWidth / Math.max(1, width)
    readonly property real aspect: deep ? pyramid.width / pyramid.height
        : (image.implicitHeight > 0 ? image.implicitWidth / image.implicitHeight : width / Math.max(1, height))
    // Width of the picture on screen at zoom 1 (fitted), and the zoom that shows every pixel of the scan.
    readonly property real fittedWidth: Math.min(width, height * aspect)
    readonly property real fullZoom: deep ? pyramid.width / Math.max(1, fittedWidth) : 1
    readonly property real maxZoom: Math.max(4, fullZoom)
    readonly property alias tileCount: tilesLayer.tileCount

    contentWidth: width
    contentHeight: height
    interactive: zoom > 1.001
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    Accessible.role: Accessible.Graphic
    Accessible.name: description

    function zoomAround(factor: real, cx: real, cy: real) {
        const target = Math.max(1, Math.min(maxZoom, zoom * factor));
        resizeContent(width * target, height * target, Qt.point(cx, cy));
        returnToBounds();
    }
    function zoomBy(factor: real) {
        zoomAround(factor, contentX + width / 2, contentY + height / 2);
    }
    // Zoom to ``target`` (1 = fitted) around the centre of what is shown.
    function zoomTo(target: real) {
        zoomBy(target / zoom);
    }
    function fit() {
        resizeContent(width, height, Qt.point(0, 0));
        contentX = 0;
        contentY = 0;
    }
    onWidthChanged: fit()
    onHeightChanged: fit()

    // A calm plate where the picture is not there yet (still being prepared) or cannot be shown.
    Rectangle {
        x: canvas.x
        y: canvas.y
        width: canvas.width
        height: canvas.height
        color: Theme.surfaceRaised
        visible: image.source.toString() === ""
    }
    Image {
        id: image
        width: view.contentWidth
        height: view.contentHeight
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        // Decoded at the size it is shown; the full screen copy only once the visitor zooms in. With
        // deep zoom it stays at that size: the tiles bring the detail, only where the visitor looks.
        readonly property bool full: view.zoom > 1.001 && !view.deep
        // Qt decodes a fitted picture to cover its sourceSize (the larger of the two scales), so a box
        // of the stage's shape decodes a landscape photo taller, and a portrait one wider, than the
        // stage shows it (1536x1024 for 1272x848 on a 1920x1080 screen). Where the picture's shape is
        // known before it loads (its tile pyramid), the box has the picture's shape: it decodes at the
        // fitted size, in steps of 64 pixels so that a small change of the stage decodes nothing again.
        readonly property int fitWidth: Math.ceil(view.fittedWidth / 64) * 64
        readonly property bool shaped: view.deep && fitWidth > 0
        sourceSize.width: full ? 2560 : shaped ? fitWidth : Math.ceil(view.width / 256) * 256
        sourceSize.height: full ? 2560 : shaped ? Math.ceil(fitWidth / view.aspect) : Math.ceil(view.height / 256) * 256
        smooth: true
        mipmap: true
    }
    Item {
        id: canvas
        // Where the picture is drawn inside the content: fitted, centred.
        width: Math.min(view.contentWidth, view.contentHeight * view.aspect)
        height: width / view.aspect
        x: (view.contentWidth - width) / 2
        y: (view.contentHeight - height) / 2
        DeepZoomLayer {
            id: tilesLayer
            anchors.fill: parent
            visible: view.deep
            pyramid: view.deep ? view.pyramid : ({ levels: 0 })
            baseWidth: image.implicitWidth > 0 ? image.implicitWidth : 2560
            viewport: Qt.rect(view.contentX - canvas.x, view.contentY - canvas.y, view.width, view.height)
        }
    }

    PinchHandler {
        id: pinch
        target: null
        property real startZoom: 1
        onActiveChanged: if (active) startZoom = view.zoom
        onActiveScaleChanged: {
            const factor = startZoom * activeScale / view.zoom;
            view.zoomAround(factor, view.contentX + centroid.position.x, view.contentY + centroid.position.y);
        }
    }
    TapHandler {
        onDoubleTapped: eventPoint => {
            if (view.zoom > 1.001)
                view.fit();
            else
                view.zoomAround(2.5, view.contentX + eventPoint.position.x, view.contentY + eventPoint.position.y);
        }
    }
}
