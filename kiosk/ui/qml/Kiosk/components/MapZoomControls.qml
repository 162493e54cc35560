import QtQuick
import Kiosk

// Zoom in, zoom out, and the whole map again (shown once zoomed).
Column {
    id: controls
    required property real zoom
    required property real maxZoom
    signal zoomBy(real factor)
    signal fit()

    spacing: Theme.gap / 2
    KButton {
        objectName: "zoomIn"
        iconName: "zoom-in"
        Accessible.name: qsTr("Zoom in")
        enabled: controls.zoom < controls.maxZoom - 0.01
        onClicked: controls.zoomBy(1.6)
    }
    KButton {
        objectName: "zoomOut"
        iconName: "zoom-out"
        Accessible.name: qsTr("Zoom out")
        enabled: controls.zoom > 1.001
        onClicked: controls.zoomBy(1 / 1.6)
    }
    KButton {
        iconName: "zoom-fit"
        Accessible.name: qsTr("Whole map")
        visible: controls.zoom > 1.001
        onClicked: controls.fit()
    }
}
