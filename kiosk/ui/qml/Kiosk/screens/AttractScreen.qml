pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Bridge

// Before a visit: a slow crossfade of exhibit images, the title, and an invitation in every language.
Rectangle {
    id: screen
    color: "#000000"
    property int current: 0
    // The next picture is decoded a few seconds before it fades in, not from the start: one
    // picture less in memory most of the time, and one decode less when a visit ends, beside the
    // screen being let go (the kiosk's highest memory; docs/performance.md, issue 18).
    property bool nextWanted: false
    // A museum may offer twenty languages: six invitations at a time, the next six after a while.
    property int invitePage: 0
    readonly property int perPage: 6
    readonly property var invitations: {
        const all = Translations.invitations;
        if (all.length <= perPage)
            return all;
        const start = (invitePage * perPage) % all.length;
        return all.slice(start, start + perPage);
    }
    readonly property var images: ExhibitInfo.attractImages

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Touch to begin")

    Repeater {
        model: screen.images
        delegate: Image {
            required property var modelData
            required property int index
            // Only the picture showing and, shortly before it fades in, the next one are decoded.
            readonly property bool needed: index === screen.current
                                           || (screen.nextWanted
                                               && index === (screen.current + 1) % Math.max(1, screen.images.length))
            anchors.fill: parent
            source: needed ? modelData : ""
            sourceSize.width: 1920
            asynchronous: true
            fillMode: Image.PreserveAspectCrop
            opacity: index === screen.current ? 0.5 : 0
            Behavior on opacity { NumberAnimation { duration: 2000; easing.type: Easing.InOutQuad } }
        }
    }
    Timer {
        interval: 9000
        running: screen.visible && screen.images.length > 1
        repeat: true
        onTriggered: {
            screen.current = (screen.current + 1) % screen.images.length;
            screen.nextWanted = false;
        }
    }
    Timer {
        // Restarts with each new picture (running turns false, then true again).
        interval: 6000
        running: screen.visible && screen.images.length > 1 && !screen.nextWanted
        onTriggered: screen.nextWanted = true
    }

    Timer {
        interval: 4500
        running: screen.visible && Translations.invitations.length > screen.perPage
        repeat: true
        onTriggered: screen.invitePage = (screen.invitePage + 1) % Math.ceil(Translations.invitations.length / screen.perPage)
    }

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#20000000" }
            GradientStop { position: 0.5; color: "#a0000000" }
            GradientStop { position: 1.0; color: "#f0000000" }
        }
    }
    // A quiet field behind the words, so any picture can sit behind them (on the right, where the
    // words start, in a right-to-left language).
    Rectangle {
        anchors.fill: parent
        rotation: LayoutMirroring.enabled ? 180 : 0
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: "#e0000000" }
            GradientStop { position: 0.55; color: "#80000000" }
            GradientStop { position: 0.8; color: "#00000000" }
        }
    }

    Column {
        id: words
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin * 2
        spacing: Theme.margin / 2

        Repeater {
            model: ExhibitInfo.titles.slice(0, 3)  // the first languages' titles: more would crowd the invitation
            delegate: Text {
                required property var modelData
                required property int index
                width: parent.width
                text: modelData.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.family: Theme.serif
                font.pixelSize: index === 0 ? Theme.display * 1.1 : Theme.title
                color: index === 0 ? "#ffffff" : "#e8dcc8"
            }
        }
        Rectangle { width: Theme.margin * 3; height: 4; color: Theme.accent }
        Row {
            id: invite
            spacing: Theme.margin
            Icon {
                id: hand
                name: "touch"
                font.pixelSize: Theme.display * 0.7
                color: Theme.accent
                anchors.verticalCenter: parent.verticalCenter
            }
            // One line each for a few languages; for more, they run on in lines beside the hand.
            Flow {
                id: invitations
                readonly property bool many: screen.invitations.length > 3
                width: words.width - hand.width - invite.spacing
                anchors.verticalCenter: parent.verticalCenter
                spacing: many ? Theme.gap * 1.5 : 6
                Repeater {
                    model: screen.invitations
                    delegate: Text {
                        required property var modelData
                        width: invitations.many ? Math.min(implicitWidth, invitations.width) : invitations.width
                        text: modelData
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.family: Theme.sans
                        font.pixelSize: invitations.many ? Theme.body : Theme.heading
                        font.weight: Font.DemiBold
                        color: "#ffffff"
                    }
                }
            }
        }
    }

    MouseArea {
        anchors.fill: parent
        onPressed: Navigator.begin()
    }
}
