pragma ComponentBehavior: Bound
import QtQuick

// The deep-zoom tiles of one photo, over its screen copy: only the tiles of the visible region, at
// the level that matches the zoom. The tiles of the level shown before stay underneath until the
// new ones are in, so zooming never shows a hole; everything off screen is let go at once, so
// memory stays the same however long a visitor explores.
Item {
    id: layer
    // DeepZoom.describe(): source, width, height, tileSize, overlap, levels.
    required property var pyramid
    // What the view shows, in this item's coordinates.
    property rect viewport
    // Width in pixels of the copy drawn underneath: no tiles until the zoom needs more than it has.
    property real baseWidth: 2560
    readonly property int level: chooseLevel(width)
    readonly property alias tileCount: tiles.count

    function levelSize(lv: int): size {
        let w = pyramid.width, h = pyramid.height;
        for (let i = pyramid.levels - 1; i > lv; i--) {
            w = Math.ceil(w / 2);
            h = Math.ceil(h / 2);
        }
        return Qt.size(w, h);
    }
    function chooseLevel(shownWidth: real): int {
        if (!pyramid || !pyramid.levels || shownWidth <= baseWidth)
            return -1;
        for (let lv = 0; lv < pyramid.levels; lv++) {
            if (levelSize(lv).width >= shownWidth)
                return lv;
        }
        return pyramid.levels - 1;
    }
    function wantedTiles(lv: int): var {
        const wanted = {};
        if (lv < 0 || width <= 0)
            return wanted;
        const s = levelSize(lv), t = pyramid.tileSize, o = pyramid.overlap;
        const scale = s.width / width;  // level pixels per item pixel
        const margin = t / 2;  // fetch a little beyond the edges, for the next pan
        const c0 = Math.max(0, Math.floor((viewport.x * scale - margin) / t));
        const r0 = Math.max(0, Math.floor((viewport.y * scale - margin) / t));
        const c1 = Math.min(Math.ceil(s.width / t) - 1, Math.floor(((viewport.x + viewport.width) * scale + margin) / t));
        const r1 = Math.min(Math.ceil(s.height / t) - 1, Math.floor(((viewport.y + viewport.height) * scale + margin) / t));
        for (let r = r0; r <= r1; r++) {
            for (let c = c0; c <= c1; c++) {
                const x0 = Math.max(0, c * t - o), y0 = Math.max(0, r * t - o);
                const x1 = Math.min(s.width, (c + 1) * t + o), y1 = Math.min(s.height, (r + 1) * t + o);
                wanted[lv + "/" + c + "_" + r] = {
                    level: lv,
                    fx: x0 / s.width,
                    fy: y0 / s.height,
                    fw: (x1 - x0) / s.width,
                    fh: (y1 - y0) / s.height
                };
            }
        }
        return wanted;
    }
    function refresh() {
        const wanted = wantedTiles(level);
        let wantedCount = 0, readyCount = 0;
        for (const key in wanted)
            wantedCount += 1;
        for (let i = tiles.count - 1; i >= 0; i--) {
            const t = tiles.get(i);
            if (t.level !== level)
                continue;
            if (wanted[t.key] === undefined) {
                tiles.remove(i);
            } else {
                readyCount += t.ready ? 1 : 0;
                delete wanted[t.key];
            }
        }
        const allIn = readyCount === wantedCount;
        for (let i = tiles.count - 1; i >= 0; i--) {
            const t = tiles.get(i);
            if (t.level === level)
                continue;
            const seen = t.fx * width < viewport.x + viewport.width && (t.fx + t.fw) * width > viewport.x
                && t.fy * height < viewport.y + viewport.height && (t.fy + t.fh) * height > viewport.y;
            if (allIn || !seen || !t.ready)
                tiles.remove(i);
        }
        for (const key in wanted) {
            const w = wanted[key];
            tiles.append({ key: key, level: w.level, fx: w.fx, fy: w.fy, fw: w.fw, fh: w.fh, ready: false });
        }
    }
    function markReady(key: string) {
        for (let i = 0; i < tiles.count; i++) {
            if (tiles.get(i).key === key) {
                tiles.setProperty(i, "ready", true);
                break;
            }
        }
        refresh();
    }

    onViewportChanged: refresh()
    onLevelChanged: refresh()
    onPyramidChanged: {
        tiles.clear();
        refresh();
    }

    ListModel {
        id: tiles
    }
    Repeater {
        model: tiles
        delegate: Image {
            id: tile
            required property string key
            required property int level
            required property real fx
            required property real fy
            required property real fw
            required property real fh
            x: fx * layer.width
            y: fy * layer.height
            width: fw * layer.width
            height: fh * layer.height
            z: level
            source: layer.pyramid.source + "/" + key + ".jpg"
            asynchronous: true
            cache: false
            smooth: true
            fillMode: Image.Stretch
            onStatusChanged: {
                if (status === Image.Ready || status === Image.Error)
                    layer.markReady(key);
            }
        }
    }
}
