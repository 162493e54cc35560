pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Bridge

// The map's date: a slider over the campaign's days and a button that plays it. Playing moves
// about a day and a half a second, so the date and the day's events change less than twice a second.
// Like the timeline, the slider runs in the direction of reading (right to left in Arabic or
// Hebrew: the Slider mirrors with the layout); the play sign stays as every player shows it.
Rectangle {
    id: bar
    required property MapView view
    readonly property bool playing: player.running
    readonly property int msPerDay: 650

    function toggle() {
        if (player.running) {
            player.stop();
            return;
        }
        if (view.time >= view.dayCount - 0.01)
            view.time = 0;
        player.duration = Math.max(1, (view.dayCount - view.time) * msPerDay);
        player.start();
    }
    function stop() {
        player.stop();
    }

    // Room below the slider for a line of month names in this language's script (an Arabic line is
    // taller than a Latin one of the same size).
    implicitHeight: Theme.touch + Theme.gap * 2 + Math.max(Theme.small * 1.5, line.implicitHeight)
    color: Theme.surface
    Rectangle { width: parent.width; height: 1; color: Theme.border }

    Text {
        id: line
        visible: false
        textFormat: Text.PlainText
        text: (bar.view.months.length > 0 ? bar.view.months[0].label : "") + " Ag"
        font.family: Theme.sans
        font.pixelSize: Theme.small
    }

    NumberAnimation {
        id: player
        target: bar.view
        property: "time"
        to: bar.view.dayCount
    }

    KButton {
        id: play
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin / 2
        y: Theme.gap
        primary: true
        iconName: bar.playing ? "pause" : "play"
        text: bar.playing ? qsTr("Pause") : qsTr("Play")
        onClicked: bar.toggle()
    }

    Slider {
        id: slider
        objectName: "dateSlider"
        anchors.left: play.right
        anchors.leftMargin: Theme.gap * 1.5
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin / 2
        y: Theme.gap
        height: Theme.touch
        from: 0
        to: bar.view.dayCount
        value: bar.view.time
        live: true
        focusPolicy: Qt.NoFocus
        Accessible.name: qsTr("Date: %1").arg(bar.view.dateText)
        onMoved: {
            player.stop();
            bar.view.time = value;
        }

        background: Item {
            id: track
            x: slider.leftPadding
            width: slider.availableWidth
            height: slider.height
            Rectangle {
                y: (parent.height - height) / 2
                width: parent.width
                height: 10
                radius: 5
                color: Theme.surfaceRaised
                border.color: Theme.border
                Rectangle {
                    anchors.left: parent.left
                    width: slider.position * parent.width
                    height: parent.height
                    radius: 5
                    color: Theme.accent
                }
            }
            // One form for every month: all names in full, or, where one that would show has no
            // room for its full name (Greek, German at large text), all short ("Sep", "Okt").
            FontMetrics {
                id: monthMetrics
                font.family: Theme.sans
                font.pixelSize: Theme.small
            }
            readonly property bool shortMonths: bar.view.months.some(m => {
                const room = (m.until - m.at) * width - 6 - Theme.gap;
                return monthMetrics.advanceWidth(m.label) > room && monthMetrics.advanceWidth(m.short) <= room;
            })
            Repeater {
                model: bar.view.months
                delegate: Item {
                    id: month
                    required property var modelData
                    readonly property real room: (modelData.until - modelData.at) * parent.width
                    x: (slider.mirrored ? 1 - modelData.at : modelData.at) * parent.width
                    width: 1
                    height: parent.height
                    Rectangle {
                        width: 2
                        height: 22
                        y: (parent.height - height) / 2
                        color: Theme.textMuted
                    }
                    Text {
                        id: label
                        x: slider.mirrored ? -6 - width : 6
                        y: parent.height
                        // A month's name only where it fits before the next, with a gap (a few days
                        // of a month at the start need not crowd the next one's name at large text).
                        visible: implicitWidth + 6 + Theme.gap <= month.room
                        text: track.shortMonths ? month.modelData.short : month.modelData.label
                        textFormat: Text.PlainText
                        font.family: Theme.sans
                        font.pixelSize: Theme.small
                        color: Theme.textMuted
                    }
                }
            }
        }
        handle: Rectangle {
            x: slider.leftPadding + slider.visualPosition * (slider.availableWidth - width)
            y: (slider.height - height) / 2
            width: Theme.touch * 0.62
            height: width
            radius: width / 2
            color: slider.pressed ? Theme.pressed : Theme.accent
            border.width: 3
            border.color: slider.pressed ? Theme.accent : Theme.background
            scale: slider.pressed ? 1.15 : 1
        }
    }
}
