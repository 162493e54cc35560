#!/usr/bin/env bash
# Make this machine start the installed kiosk at boot (run once, after install.sh, as root).
#
#   sudo ./setup-kiosk.sh                        cage (Wayland), the default: PCs and Raspberry Pi
#   sudo ./setup-kiosk.sh --mode linuxfb         no compositor and no GPU: Qt draws to /dev/fb0
#   sudo ./setup-kiosk.sh --mode eglfs           no compositor, GPU through KMS (see docs/install.md:
#                                                the PySide6 wheels lack Qt's eglfs_kms GBM library)
#   options: --content DIR (default /srv/exhibit)  --rotate 0|90|180|270  --user NAME (default kiosk)
#
# It creates the unprivileged user, writes /etc/exhibit-kiosk/kiosk.toml unless it exists, installs
# the systemd unit shipped in the bundle (packaging/systemd, see docs/operations.md) with a drop-in
# that starts /opt/exhibit-kiosk/bin/kiosk with that settings file, and enables it.
# SYSROOT=/some/dir writes every file below that folder and runs no useradd/systemctl (for tests).
set -euo pipefail

PREFIX="${PREFIX:-/opt/exhibit-kiosk}"
SYSROOT="${SYSROOT:-}"
MODE=cage
CONTENT=/srv/exhibit
ROTATE=0
KIOSK_USER=kiosk

die() { printf 'setup-kiosk.sh: %s\n' "$*" >&2; exit 1; }
say() { printf '%s\n' "$*"; }

while [ $# -gt 0 ]; do
    case "$1" in
        --mode) MODE="${2:?}"; shift 2 ;;
        --content) CONTENT="${2:?}"; shift 2 ;;
        --rotate) ROTATE="${2:?}"; shift 2 ;;
        --user) KIOSK_USER="${2:?}"; shift 2 ;;
        -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
case "$MODE" in cage | eglfs | linuxfb) ;; *) die "--mode must be cage, eglfs or linuxfb" ;; esac
case "$ROTATE" in 0 | 90 | 180 | 270) ;; *) die "--rotate must be 0, 90, 180 or 270" ;; esac

UNITS_SRC="$PREFIX/current/packaging/systemd"
[ -d "$UNITS_SRC" ] || die "$UNITS_SRC is missing: install the kiosk with install.sh first"
KIOSK="$PREFIX/bin/kiosk"
CONFIG=/etc/exhibit-kiosk/kiosk.toml
if [ "$MODE" = cage ]; then UNIT=exhibit-kiosk.service OTHER=exhibit-kiosk-eglfs.service
else UNIT=exhibit-kiosk-eglfs.service OTHER=exhibit-kiosk.service; fi

run() { if [ -z "$SYSROOT" ]; then "$@"; else say "(would run) $*"; fi; }

# 1. The user the kiosk runs as: no password, no sudo; video/render for the GPU, input for touch.
if [ -z "$SYSROOT" ] && ! id "$KIOSK_USER" >/dev/null 2>&1; then
    groups=""
    for g in video render input; do getent group "$g" >/dev/null && groups="${groups:+$groups,}$g"; done
    useradd --system --create-home ${groups:+--groups "$groups"} "$KIOSK_USER"
    say "created user $KIOSK_USER"
fi

# 2. The settings file (kept if it exists: it is the technician's).
if [ ! -e "$SYSROOT$CONFIG" ]; then
    mkdir -p "$SYSROOT$(dirname "$CONFIG")"
    cat >"$SYSROOT$CONFIG" <<EOF
# Exhibit kiosk settings (see docs/install.md). Changes apply at the next start:
#   systemctl restart $UNIT
content = "$CONTENT"     # the curator's folder; outside the program folder, survives updates
rotate = $ROTATE                    # 0, 90, 180 or 270: portrait screens; touch turns with the picture
screen = 0
screen_diagonal_inches = 32   # used to keep touch targets at least 15 mm wide
idle_timeout_s = 90
EOF
    say "wrote $CONFIG"
else
    say "kept the existing $CONFIG"
fi
[ -n "$SYSROOT" ] || [ -d "$CONTENT" ] || say "note: $CONTENT does not exist yet; the kiosk shows its bundled exhibit until it does"

# 3. The unit, as shipped, plus a drop-in with this machine's command line.
mkdir -p "$SYSROOT/etc/systemd/system/$UNIT.d"
cp "$UNITS_SRC/$UNIT" "$SYSROOT/etc/systemd/system/$UNIT"
{
    echo "# Written by setup-kiosk.sh --mode $MODE. The settings are in $CONFIG."
    echo "[Service]"
    echo "User=$KIOSK_USER"
    echo "Environment=KIOSK_CONFIG=$CONFIG"
    echo "ExecStart="
    case "$MODE" in
        cage) echo "ExecStart=/usr/bin/cage -d -s -- $KIOSK run --config $CONFIG" ;;
        eglfs) echo "ExecStart=$KIOSK run --config $CONFIG" ;;
        linuxfb)
            echo "ExecStart=$KIOSK run --config $CONFIG"
            echo "# No GPU, no compositor: Qt Quick's software renderer straight to the framebuffer."
            echo "Environment=QT_QPA_PLATFORM=linuxfb"
            echo "Environment=QT_QUICK_BACKEND=software"
            echo "Environment=QT_QPA_FB_HIDECURSOR=1"
            ;;
    esac
} >"$SYSROOT/etc/systemd/system/$UNIT.d/10-setup-kiosk.conf"
say "installed $UNIT with drop-in 10-setup-kiosk.conf"

if [ "$MODE" = cage ] && [ ! -e "$SYSROOT/etc/pam.d/cage" ]; then
    mkdir -p "$SYSROOT/etc/pam.d"
    printf '%s\n' "auth required pam_unix.so nullok" "account required pam_unix.so" \
        "session required pam_unix.so" "session required pam_systemd.so" >"$SYSROOT/etc/pam.d/cage"
    say "wrote /etc/pam.d/cage"
fi

# 4. Start it at boot (and now), and never both units.
run systemctl daemon-reload
run systemctl disable --now "$OTHER" 2>/dev/null || true
run systemctl enable "$UNIT"
[ "$MODE" = cage ] && run systemctl set-default graphical.target
say "done: 'systemctl start $UNIT' (or reboot) starts the kiosk; 'journalctl -u $UNIT -f' follows it"
