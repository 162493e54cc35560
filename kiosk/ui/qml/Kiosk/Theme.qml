pragma Singleton
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Bridge

// Every colour, size and font the views use. Views never hard-code these.
QtObject {
    readonly property real scale: Session.textScale
    readonly property bool contrast: Session.highContrast

    // Colours: a warm, dim gallery palette; high contrast is pure black and white with yellow.
    readonly property color background: contrast ? "#000000" : "#15120e"
    readonly property color surface: contrast ? "#000000" : "#221d17"
    readonly property color surfaceRaised: contrast ? "#1a1a1a" : "#2e271f"
    readonly property color text: contrast ? "#ffffff" : "#f2ebdf"
    readonly property color textMuted: contrast ? "#ffffff" : "#c7bba8"
    readonly property color accent: contrast ? "#ffe14d" : "#d9b36c"
    readonly property color accentText: contrast ? "#000000" : "#1b1610"
    readonly property color pressed: contrast ? "#ffe14d" : "#4a3f31"
    readonly property color pressedText: contrast ? "#000000" : "#f2ebdf"
    readonly property color border: contrast ? "#ffffff" : "#4d4235"
    readonly property color scrim: contrast ? "#f0000000" : "#e0100d0a"
    readonly property color warning: contrast ? "#ffe14d" : "#e8a35a"

    // The colours an exhibit may give its groups of people (kiosk/content/model.py Colour), by
    // name. Each carries white initials (4.5:1) and stands out from the background and surfaces
    // (3:1), as tests/ui/test_accessibility.py measures; "" (no group) is the brown.
    function groupColour(name: string): color {
        if (contrast)
            return "#000000";
        switch (name) {
        case "red": return "#c14c44";
        case "orange": return "#a36236";
        case "gold": return "#8e6e23";
        case "green": return "#2b8241";
        case "teal": return "#2a7e7b";
        case "blue": return "#3c74b5";
        case "purple": return "#9654c6";
        case "rose": return "#c04381";
        case "slate": return "#59768a";
        default: return "#8c6c4b";
        }
    }

    // Type: body text is at least 24 pt on the reference 32-inch 1080p screen (about 23 px).
    // The families follow the visitor's language (kiosk/ui/fonts.py): Noto Serif and Noto Sans, or
    // the Noto CJK face of the language's region for Chinese, Japanese and Korean. Letters of other
    // scripts come from the bundled fonts Qt is told to try (Arabic, Hebrew, CJK).
    readonly property string serif: Translations.serifFamily
    readonly property string sans: Translations.sansFamily
    readonly property int small: Math.round(23 * scale)
    readonly property int body: Math.round(27 * scale)
    readonly property int lead: Math.round(31 * scale)
    readonly property int heading: Math.round(38 * scale)
    readonly property int title: Math.round(54 * scale)
    readonly property int display: Math.round(88 * scale)

    // Readable lines: about 65 characters.
    readonly property int measure: Math.round(body * 32)

    // Space and touch.
    readonly property int gap: 16
    readonly property int margin: 48
    readonly property int radius: 14
    readonly property int touch: Math.max(Display.minTouch, 72)
    readonly property int bar: 104
    // The speech-mode corner's marked quarter disc (lower left of the window, in every language):
    // controls placed in that corner keep clear of it.
    readonly property int speechCorner: Math.round(touch * 0.75)
    readonly property int iconSize: 34
    readonly property int transitionMs: 160
}
