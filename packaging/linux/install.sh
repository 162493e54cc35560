#!/usr/bin/env bash
# Install, update or roll back the frozen exhibit kiosk on Linux (PC or Raspberry Pi), offline.
#
#   sudo ./install.sh exhibit-kiosk-0.2.0-linux-x86_64.tar.gz   install, or update to this version
#   sudo ./install.sh --rollback                                back to the version before
#   ./install.sh --status                                       what is installed
#
# Everything lives under $PREFIX (default /opt/exhibit-kiosk):
#
#   releases/<name>/                one folder per version, exactly as unpacked from its archive
#   current  -> releases/<name>     the version that runs
#   previous -> releases/<name>     the version --rollback returns to
#   bin/kiosk -> ../current/kiosk   the command the systemd units start
#   docs     -> current/docs
#
# An update unpacks next to the running version, checks that the new kiosk starts
# (`kiosk validate` on its bundled exhibit), then switches `current` in one rename and restarts
# the service. The version it replaced stays as `previous`; older ones beyond $KEEP are deleted.
#
# Environment: PREFIX, KEEP (versions kept, default 3), RESTART=no (do not restart the
# service), FORCE=1 (allow another machine architecture or reinstalling the running version).
set -euo pipefail

PREFIX="${PREFIX:-/opt/exhibit-kiosk}"
KEEP="${KEEP:-3}"
RESTART="${RESTART:-auto}"
FORCE="${FORCE:-0}"
SERVICES=(exhibit-kiosk.service exhibit-kiosk-eglfs.service)
INCOMING=""
trap '[ -n "$INCOMING" ] && rm -rf -- "$INCOMING"' EXIT

say() { printf '%s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

# Point the symlink $1 at $2 in one atomic rename, so nothing ever sees it missing.
relink() {
    local link="$1" target="$2" tmp
    tmp="$(dirname "$link")/.$(basename "$link").new.$$"
    ln -sfn "$target" "$tmp"
    mv -Tf "$tmp" "$link"
}

current_name() {
    local target
    target="$(readlink "$PREFIX/current" 2>/dev/null || true)"
    printf '%s' "${target#releases/}"
}

previous_name() {
    local target
    target="$(readlink "$PREFIX/previous" 2>/dev/null || true)"
    printf '%s' "${target#releases/}"
}

machine_arch() {
    case "$(uname -m)" in
        x86_64 | amd64) echo x86_64 ;;
        aarch64 | arm64) echo arm64 ;;
        *) uname -m ;;
    esac
}

check_checksum() {
    local archive="$1" sums="$1.sha256"
    if [ -f "$sums" ]; then
        (cd "$(dirname "$archive")" && sha256sum --check --status "$(basename "$sums")") ||
            die "$(basename "$archive") does not match $(basename "$sums"): copy it again"
        say "checksum ok"
    else
        say "no $(basename "$sums") beside the archive: checksum not checked"
    fi
}

# The kiosk's own start-up check: the new bundle must load its bundled exhibit.
smoke_test() {
    local bundle="$1"
    [ -x "$bundle/kiosk" ] || die "$bundle has no kiosk executable: not an exhibit-kiosk archive?"
    if ! "$bundle/kiosk" validate "$bundle/_internal/assets" >/dev/null 2>&1; then
        "$bundle/kiosk" validate "$bundle/_internal/assets" || true
        die "the new version does not start on this machine; nothing was changed"
    fi
}

switch_to() {
    local name="$1" old
    old="$(current_name)"
    mkdir -p "$PREFIX/bin"
    relink "$PREFIX/current" "releases/$name"
    if [ -n "$old" ] && [ "$old" != "$name" ]; then
        relink "$PREFIX/previous" "releases/$old"
    fi
    relink "$PREFIX/bin/kiosk" "../current/kiosk"
    relink "$PREFIX/docs" "current/docs"
    say "current: $name${old:+ (previous: $old)}"
}

restart_service() {
    [ "$RESTART" = no ] && return 0
    command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ] || return 0
    local unit
    for unit in "${SERVICES[@]}"; do
        if systemctl is-enabled --quiet "$unit" 2>/dev/null || systemctl is-active --quiet "$unit"; then
            say "restarting $unit"
            systemctl try-restart "$unit" || say "could not restart $unit: see journalctl -u $unit"
        fi
    done
}

prune() {
    local cur prev kept=0 dir name
    cur="$(current_name)"
    prev="$(previous_name)"
    # Newest first; the running and the previous version are always kept.
    while IFS= read -r dir; do
        name="$(basename "$dir")"
        if [ "$name" = "$cur" ] || [ "$name" = "$prev" ]; then
            kept=$((kept + 1))
            continue
        fi
        if [ "$kept" -lt "$KEEP" ]; then
            kept=$((kept + 1))
        else
            say "removing old version $name"
            rm -rf -- "$dir"
        fi
    done < <(find "$PREFIX/releases" -mindepth 1 -maxdepth 1 -type d ! -name '.*' -printf '%T@ %p\n' |
        sort -rn | cut -d' ' -f2-)
}

install_archive() {
    local archive="$1" name arch
    [ -f "$archive" ] || die "no such file: $archive"
    name="$(basename "$archive")"
    name="${name%.tar.gz}"
    case "$name" in
        exhibit-kiosk-*-linux-*) ;;
        *) die "$archive is not an exhibit-kiosk Linux archive (exhibit-kiosk-<version>-linux-<arch>.tar.gz)" ;;
    esac
    arch="${name##*-}"
    if [ "$arch" != "$(machine_arch)" ] && [ "$FORCE" != 1 ]; then
        die "$name is for $arch, this machine is $(machine_arch) (FORCE=1 to install anyway)"
    fi
    if [ "$name" = "$(current_name)" ] && [ "$FORCE" != 1 ]; then
        die "$name is already the running version (FORCE=1 to reinstall it)"
    fi
    check_checksum "$archive"

    mkdir -p "$PREFIX/releases"
    INCOMING="$(mktemp -d "$PREFIX/releases/.incoming.XXXXXX")"
    say "unpacking $name"
    tar -xzf "$archive" -C "$INCOMING" --no-same-owner
    [ -d "$INCOMING/$name" ] || die "$archive does not contain the folder $name/"
    chmod -R a+rX "$INCOMING/$name"
    smoke_test "$INCOMING/$name"

    if [ -e "$PREFIX/releases/$name" ]; then
        mv -T "$PREFIX/releases/$name" "$INCOMING/replaced"
    fi
    mv -T "$INCOMING/$name" "$PREFIX/releases/$name"
    switch_to "$name"
    restart_service
    prune
}

rollback() {
    local prev
    prev="$(previous_name)"
    [ -n "$prev" ] || die "there is no previous version to go back to"
    [ -d "$PREFIX/releases/$prev" ] || die "the previous version ($prev) is no longer on disk"
    switch_to "$prev"
    restart_service
}

status() {
    local cur prev dir name mark
    cur="$(current_name)"
    prev="$(previous_name)"
    say "prefix:   $PREFIX"
    say "current:  ${cur:-none}"
    say "previous: ${prev:-none}"
    [ -d "$PREFIX/releases" ] || return 0
    for dir in "$PREFIX"/releases/*/; do
        [ -d "$dir" ] || continue
        name="$(basename "$dir")"
        mark=" "
        [ "$name" = "$cur" ] && mark="*"
        say "  $mark $name"
    done
}

case "${1:-}" in
    -h | --help) usage 0 ;;
    --rollback) rollback ;;
    --status) status ;;
    "") usage 2 ;;
    -*) usage 2 ;;
    *) install_archive "$1" ;;
esac
