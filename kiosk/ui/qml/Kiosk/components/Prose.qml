pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Chapter and biography text. Blocks come from kiosk/content/markdown.py, where curator text is
// escaped and only <b>/<i> are added, so StyledText here can never load an image or a link.
Column {
    id: prose
    property var blocks: []
    spacing: Theme.body * 0.8

    Repeater {
        model: prose.blocks
        delegate: Text {
            required property var modelData
            required property int index
            objectName: "speech:block/" + index  // speech mode reads the text block by block
            readonly property bool isHeading: modelData.kind === "heading" || modelData.kind === "subheading"
            width: prose.width
            text: (modelData.kind === "bullet" ? "•  " : "") + modelData.markup
            textFormat: Text.StyledText
            wrapMode: Text.Wrap
            // The bullet's indent is on the side the paragraph starts, by its own direction.
            readonly property bool bullet: modelData.kind === "bullet"
            readonly property bool fromRight: effectiveHorizontalAlignment === Text.AlignRight
            leftPadding: bullet && !fromRight ? Theme.body : 0
            rightPadding: bullet && fromRight ? Theme.body : 0
            topPadding: isHeading ? Theme.body * 0.5 : 0
            font.family: isHeading ? Theme.sans : Theme.serif
            font.pixelSize: modelData.kind === "heading" ? Theme.heading * 0.85 : modelData.kind === "subheading" ? Theme.lead : Theme.body
            font.weight: isHeading ? Font.Bold : Font.Normal
            lineHeight: isHeading ? 1.1 : 1.35
            color: isHeading ? Theme.accent : Theme.text
            Accessible.role: isHeading ? Accessible.Heading : Accessible.StaticText
            Accessible.name: text
        }
    }
}
