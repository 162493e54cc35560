pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// The campaign day by day, moved sideways by a swipe: phases as bands over a scale of days,
// events as cards in lanes below. Where the model said days are busy, they are wide.
// Time runs in the direction of reading: from right to left in Arabic or Hebrew. The timeline is
// read like a line of text (cards with titles, phases named in order, "Earlier event" and "Later
// event" below each event), and an Arabic or Hebrew reader looks for what comes next on the left;
// the map's date slider runs the same way. The model's x is a distance along the scale from its
// start; `along` turns it into a position on screen.
Item {
    id: screen
    // Made and kept by Python (Models), never instantiated here: PySide keeps every Python object
    // QML creates alive for good. The view's inputs are set through bindings instead.
    readonly property TimelineModel tl: Models.timeline()
    // Lines of small and body type as tall as this language's script sets them (an Arabic line is
    // taller than a Latin one of the same size), measured on words of the interface.
    readonly property real smallLine: Math.max(Theme.small * 1.2, smallProbe.implicitHeight)
    readonly property real bodyLine: Math.max(Theme.body * 1.2, bodyProbe.implicitHeight)
    readonly property int cardHeight: Math.round(Math.max(Theme.small * 1.4 + Theme.body * 3.0, smallLine + bodyLine * 2.2) + Theme.gap + 8)
    readonly property int laneGap: Math.round(Theme.gap * 0.75)
    readonly property int bandHeight: Math.round(Math.max(Theme.small * 2.1, smallLine + 8))
    readonly property int monthHeight: Math.round(Math.max(Theme.small * 1.6, smallLine + 4))
    readonly property int dayHeight: Math.round(Math.max(Theme.small * 1.5, smallLine))
    readonly property int captionHeight: Math.round(Math.max(Theme.small * 1.6, smallLine + 4))
    readonly property real axisTop: Theme.gap + screen.tl.bandRows * (bandHeight + 6)
    readonly property real lanesTop: axisTop + monthHeight + dayHeight + Theme.gap
    readonly property real looseTop: lanesTop + screen.tl.lanes * (cardHeight + laneGap) + (screen.tl.approximateLanes > 0 ? captionHeight : 0)
    readonly property bool rtl: LayoutMirroring.enabled
    // The scale's x at the edge of the view where reading starts (left, or right when mirrored).
    readonly property real viewX: rtl ? screen.tl.width - (flick.contentX - Theme.margin) - flick.width
                                      : flick.contentX - Theme.margin

    // Where on screen a stretch of the scale [x, x + w] lies.
    function along(x: real, w: real): real {
        return rtl ? screen.tl.width - x - w : x;
    }
    // The view's contentX that puts the scale's x at the edge where reading starts.
    function contentXFor(x: real): real {
        const c = rtl ? screen.tl.width - x + Theme.margin - flick.width : x + Theme.margin;
        return Math.max(0, Math.min(flick.contentWidth - flick.width, c));
    }
    function jumpTo(x: real) {
        scroll.to = contentXFor(x - Theme.gap);
        scroll.restart();
    }
    // The start of the campaign in view, at the edge where reading starts, and the same stretch in
    // view after the language changes direction or the scale is laid out again.
    property real shownFrom: -Theme.margin
    property bool placing: false
    function place() {
        placing = true;
        flick.contentX = contentXFor(shownFrom);
        placing = false;
    }
    onRtlChanged: place()
    Component.onCompleted: place()

    Text {
        id: smallProbe
        visible: false
        textFormat: Text.PlainText
        text: qsTr("Earlier") + " Ag"
        font.family: Theme.sans
        font.pixelSize: Theme.small
        font.weight: Font.Bold
    }
    Text {
        id: bodyProbe
        visible: false
        textFormat: Text.PlainText
        text: qsTr("Later") + " Ag"
        font.family: Theme.serif
        font.pixelSize: Theme.body
    }

    NumberAnimation {
        id: scroll
        target: flick
        property: "contentX"
        duration: 450
        easing.type: Easing.InOutCubic
    }

    Flickable {
        id: flick
        objectName: "timeline"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: bar.top
        contentWidth: screen.tl.width + Theme.margin * 2
        // Up and down too, only when the lanes need more height than there is (the largest text in
        // a tall script on a landscape screen): a card is never cut off at the bottom.
        contentHeight: Math.max(height, screen.looseTop + screen.tl.approximateLanes * (screen.cardHeight + screen.laneGap) + Theme.gap)
        flickableDirection: Flickable.AutoFlickDirection
        boundsBehavior: Flickable.DragOverBounds
        clip: true
        Accessible.role: Accessible.Pane
        Accessible.name: qsTr("Timeline, %1").arg(screen.tl.period)
        onMovementStarted: scroll.stop()
        onContentXChanged: if (!screen.placing) screen.shownFrom = screen.viewX
        onContentWidthChanged: screen.place()
        onWidthChanged: screen.place()

        Item {
            id: content
            x: Theme.margin
            width: screen.tl.width
            height: flick.contentHeight

            // Months, shaded in turn, so that a card dated only to a month sits visibly inside it.
            Repeater {
                model: screen.tl.months
                delegate: Rectangle {
                    required property var modelData
                    x: screen.along(modelData.x, width)
                    y: screen.axisTop
                    width: modelData.width
                    height: content.height - y
                    color: modelData.even ? Theme.surface : Theme.background
                }
            }

            Repeater {
                model: screen.tl.phases
                delegate: Rectangle {
                    id: band
                    required property var modelData
                    x: screen.along(modelData.x, width)
                    y: Theme.gap + modelData.row * (screen.bandHeight + 6)
                    width: modelData.width
                    height: screen.bandHeight
                    radius: Theme.radius / 2
                    color: Theme.surfaceRaised
                    border.color: Theme.border
                    Rectangle { anchors.left: parent.left; width: 6; height: parent.height; radius: 3; color: Theme.accent }
                    Text {
                        // Stays in view while the band is on screen.
                        readonly property real fromStart: Math.max(Theme.gap, Math.min(screen.viewX - band.modelData.x + Theme.gap, band.width - width - Theme.gap))
                        x: screen.rtl ? band.width - fromStart - width : fromStart
                        width: Math.min(implicitWidth, band.width - 2 * Theme.gap)
                        anchors.verticalCenter: parent.verticalCenter
                        text: Bidi.join([band.modelData.title, band.modelData.dates], "  ·  ")
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        font.family: Theme.sans
                        font.pixelSize: Theme.small
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                }
            }

            Repeater {
                model: screen.tl.months
                delegate: Text {
                    required property var modelData
                    x: screen.along(Math.max(modelData.x + 6, Math.min(screen.viewX + Theme.gap, modelData.x + modelData.width - width - 6)), width)
                    y: screen.axisTop + 4
                    visible: modelData.width > width + 12
                    text: Bidi.caps(modelData.label)
                    textFormat: Text.PlainText
                    font.family: Theme.sans
                    font.pixelSize: Theme.small
                    font.weight: Font.Bold
                    font.letterSpacing: Bidi.capsSpacing
                    color: Theme.accent
                }
            }

            Rectangle {
                y: screen.axisTop + screen.monthHeight + screen.dayHeight - 1
                width: screen.tl.scaleEnd - screen.tl.beforeWidth
                x: screen.along(screen.tl.beforeWidth, width)
                height: 2
                color: Theme.border
            }
            Repeater {
                model: screen.tl.days
                delegate: Item {
                    id: day
                    required property var modelData
                    x: screen.along(modelData.x, width)
                    y: screen.axisTop + screen.monthHeight
                    width: modelData.width
                    height: screen.dayHeight
                    Rectangle {
                        anchors.left: parent.left
                        width: 2
                        height: day.modelData.busy ? parent.height : parent.height / 3
                        anchors.bottom: parent.bottom
                        color: day.modelData.busy ? Theme.accent : Theme.border
                    }
                    Text {
                        anchors.left: parent.left
                        anchors.leftMargin: 6
                        visible: day.modelData.showLabel
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.verticalCenterOffset: -2
                        text: day.modelData.label
                        textFormat: Text.PlainText
                        font.family: Theme.sans
                        font.pixelSize: Theme.small
                        color: day.modelData.busy ? Theme.text : Theme.textMuted
                    }
                }
            }

            Text {
                visible: screen.tl.beforeWidth > 0
                x: screen.along(0, width)
                y: screen.axisTop + 4
                width: screen.tl.beforeWidth - Theme.gap * 2
                text: Bidi.caps(qsTr("Earlier"))
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.family: Theme.sans
                font.pixelSize: Theme.small
                font.weight: Font.Bold
                color: Theme.textMuted
            }
            Text {
                visible: screen.tl.hasAfter
                x: screen.along(screen.tl.afterX, width)
                y: screen.axisTop + 4
                text: Bidi.caps(qsTr("Later"))
                textFormat: Text.PlainText
                font.family: Theme.sans
                font.pixelSize: Theme.small
                font.weight: Font.Bold
                color: Theme.textMuted
            }
            Text {
                visible: screen.tl.approximateLanes > 0
                x: screen.along(Math.max(0, screen.viewX + Theme.gap), width)
                y: screen.looseTop - screen.captionHeight + 4
                text: qsTr("Known only to the month, or over a longer time")
                textFormat: Text.PlainText
                font.family: Theme.sans
                font.pixelSize: Theme.small
                font.italic: true
                color: Theme.textMuted
            }

            Repeater {
                model: screen.tl.cards
                delegate: EventCard {
                    required property var modelData
                    x: screen.along(modelData.x, width)
                    y: (modelData.group === "exact" ? screen.lanesTop : screen.looseTop) + modelData.lane * (screen.cardHeight + screen.laneGap)
                    width: screen.tl.cardWidth
                    height: screen.cardHeight
                    route: modelData.route
                    title: modelData.title
                    date: modelData.date
                    thumb: modelData.thumb
                    approximate: modelData.approximate
                    span: modelData.spanWidth
                }
            }
        }
    }

    Rectangle {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: phaseList.height + Theme.gap * 2 + 8
        color: Theme.surface

        // Where the screen is along the whole campaign.
        Rectangle { width: parent.width; height: 8; color: Theme.surfaceRaised }
        Rectangle {
            x: flick.visibleArea.xPosition * parent.width
            width: Math.max(8, flick.visibleArea.widthRatio * parent.width)
            height: 8
            color: Theme.accent
        }

        KButton {
            id: phaseProbe
            visible: false
            text: qsTr("Earlier")
        }
        ListView {
            id: phaseList
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.leftMargin: Theme.margin / 2
            anchors.rightMargin: Theme.margin / 2
            y: 8 + Theme.gap
            // As tall as its buttons (a label at the largest size is taller than a touch); one
            // line each, measured on a button never shown (the list's own items grow with it).
            height: Math.max(Theme.touch, phaseProbe.implicitHeight)
            orientation: ListView.Horizontal
            spacing: Theme.gap
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: screen.tl.phases
            header: Item {
                width: when.implicitWidth + Theme.gap
                height: Math.max(Theme.touch, when.implicitHeight)
                Text {
                    id: when
                    anchors.verticalCenter: parent.verticalCenter
                    text: screen.tl.period
                    textFormat: Text.PlainText
                    font.family: Theme.sans
                    font.pixelSize: Theme.small
                    color: Theme.textMuted
                }
            }
            delegate: KButton {
                required property var modelData
                readonly property real centre: screen.viewX + flick.width / 3
                text: modelData.title
                selected: centre >= modelData.x && centre < modelData.x + modelData.width
                Accessible.name: qsTr("Go to: %1").arg(modelData.title)
                onClicked: screen.jumpTo(modelData.x)
            }
        }
    }

    Binding {
        target: screen.tl
        property: "cardWidth"
        value: Math.round(Theme.body * 12.5)
    }
    Binding {
        target: screen.tl
        property: "gap"
        value: Theme.gap
    }
    Binding {
        target: screen.tl
        property: "minDay"
        value: Math.round(Theme.small * 1.05)
    }
    Binding {
        target: screen.tl
        property: "labelSpacing"
        value: Theme.small * 2.2
    }
    Binding {
        target: screen.tl
        property: "availableLanes"
        value: Math.max(2, Math.floor((flick.height - screen.lanesTop - screen.captionHeight - Theme.gap) / (screen.cardHeight + screen.laneGap)))
    }
}
