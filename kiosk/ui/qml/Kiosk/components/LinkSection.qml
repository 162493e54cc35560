pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A heading and a wrap of link chips; hidden when there is nothing to link to.
Column {
    id: section
    property string heading
    property var links: []
    property string iconName: "next"
    property bool people: false  // the links are people: portraits and group colours
    spacing: Theme.gap
    visible: links.length > 0

    Text {
        text: section.heading
        textFormat: Text.PlainText
        font.family: Theme.sans
        font.pixelSize: Theme.small
        font.weight: Font.Bold
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 1.5
        color: Theme.accent
        width: parent.width
        wrapMode: Text.Wrap
    }
    Flow {
        width: parent.width
        spacing: Theme.gap
        Repeater {
            model: section.links
            delegate: Chip {
                required property var modelData
                route: modelData.route
                title: modelData.date ? modelData.date + " · " + modelData.title : modelData.title
                iconName: section.iconName
                person: section.people
                colour: section.people ? modelData.colour : ""
                image: section.people ? modelData.thumb : ""
            }
        }
    }
}
