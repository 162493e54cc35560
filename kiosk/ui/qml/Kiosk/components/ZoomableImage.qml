pragma ComponentBehavior: Bound
import QtQuick

// One photograph that can be pinched, double-tapped or button-zoomed, and dragged when zoomed.
Flickable {
    id: view
    property string photoId
    property string description
    property alias source: image.source
    readonly property real zoom: contentWidth / Math.max(1, width)
    readonly property real maxZoom: 4

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
    function fit() {
        resizeContent(width, height, Qt.point(0, 0));
        contentX = 0;
        contentY = 0;
    }
    onWidthChanged: fit()
    onHeightChanged: fit()

    Image {
        id: image
        width: view.contentWidth
        height: view.contentHeight
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        // Decoded at the size it is shown; the full screen copy only once the visitor zooms in.
        sourceSize.width: view.zoom > 1.001 ? 2560 : Math.ceil(view.width / 256) * 256
        sourceSize.height: view.zoom > 1.001 ? 2560 : Math.ceil(view.height / 256) * 256
        smooth: true
        mipmap: true
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
