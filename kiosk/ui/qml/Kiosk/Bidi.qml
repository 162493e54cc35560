pragma Singleton
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Bridge

// Lines that mix writing directions (kiosk/content/bidi.py says why). A value set into a translated
// label (a date, a name, a number, a path) is isolated, so it keeps its own order in a sentence of
// the other direction; a line of values joined by a separator reads in the interface's direction.
// A heading set in capitals is upper-cased by the language's own rules, and spaced out only in a
// script that has capitals.
QtObject {
    readonly property bool rtl: Translations.rightToLeft
    readonly property real capsSpacing: Translations.cased ? 1.5 : 0

    function isolate(value: string): string {
        return value === "" ? "" : "\u2068" + value + "\u2069";
    }
    function join(parts: list<string>, separator: string): string {
        const shown = parts.filter(p => p !== "");
        if (shown.length <= 1)
            return shown.length === 1 ? shown[0] : "";
        return (rtl ? "\u200f" : "\u200e") + shown.map(p => isolate(p)).join(separator);
    }
    function caps(text: string): string {
        return Translations.upper(text);
    }
}
