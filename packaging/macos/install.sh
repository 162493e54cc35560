#!/usr/bin/env bash
# Install, update or roll back the kiosk on macOS from a release archive. UNTESTED (no Mac).
#   ./install.sh exhibit-kiosk-0.2.0-macos-arm64.tar.gz     install or update
#   ./install.sh --rollback                                 back to the version before
# Layout: /Applications/Exhibit Kiosk/releases/<name>/Exhibit Kiosk.app, "current" and "previous"
# symlinks beside them; the LaunchAgent starts current/Exhibit Kiosk.app.
set -euo pipefail
ROOT="${ROOT:-/Applications/Exhibit Kiosk}"
AGENT="org.exhibit-kiosk.kiosk"
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

relink() { ln -sfh "$2" "$1"; }   # -h: replace the link itself, do not follow it into the folder
restart_agent() { launchctl kickstart -k "gui/$(id -u)/$AGENT" 2>/dev/null || true; }

if [ "${1:-}" = --rollback ]; then
    prev="$(readlink "$ROOT/previous" || true)"
    [ -n "$prev" ] || die "there is no previous version"
    cur="$(readlink "$ROOT/current")"
    relink "$ROOT/current" "$prev"
    relink "$ROOT/previous" "$cur"
    restart_agent
    echo "current: $prev"
    exit 0
fi

archive="${1:?give the release archive}"
name="$(basename "$archive" .tar.gz)"
case "$name" in exhibit-kiosk-*-macos-*) ;; *) die "not an exhibit-kiosk macOS archive" ;; esac
if [ -f "$archive.sha256" ]; then
    (cd "$(dirname "$archive")" && shasum -a 256 -c "$(basename "$archive").sha256") || die "checksum mismatch"
fi
mkdir -p "$ROOT/releases"
tar -xzf "$archive" -C "$ROOT/releases"
app="$ROOT/releases/$name/Exhibit Kiosk.app"
# Copied from a USB stick, the app carries the quarantine flag; Gatekeeper would refuse to start an
# unsigned app without asking a person. Remove it for this app only.
xattr -dr com.apple.quarantine "$app" 2>/dev/null || true
"$app/Contents/MacOS/kiosk" validate "$app/Contents/Resources/assets" >/dev/null ||
    die "the new version does not start on this Mac; nothing was changed"
cur="$(readlink "$ROOT/current" || true)"
relink "$ROOT/current" "releases/$name"
[ -n "$cur" ] && [ "$cur" != "releases/$name" ] && relink "$ROOT/previous" "$cur"
restart_agent
echo "current: releases/$name"
