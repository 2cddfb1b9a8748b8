#!/usr/bin/env bash
# Install the Debian/Ubuntu packages the reader needs, and only those still missing.
#
#   tools/install-system-deps.sh [run|test]      (default: run)
#
#   run   what `make run` needs: a CJK font and the shared libraries PySide6's Qt loads,
#         both for QT_QPA_PLATFORM=offscreen and for a real X display (the xcb plugin);
#         plus python3-venv when `$PYTHON -m venv` could not give the venv a pip.
#   test  the run set plus what the tests use: Xvfb, AT-SPI, espeak-ng, the validators of
#         the desktop file and AppStream metainfo, and binutils for PyInstaller (CI's
#         `make package`).
#
# Idempotent: asks dpkg-query what is installed and calls apt-get (once `apt-get update`,
# then `apt-get install`) only when something is missing. Uses sudo when not root.
# On a system without apt-get/dpkg-query it prints a note and does nothing.
# Environment: PYTHON (default python3) is the interpreter the Makefile makes the venv with.
set -euo pipefail

# --- the package lists: one per set, add new names here --------------------------------

# The sonames PySide6-Essentials' Qt (QtCore/Gui/Widgets/DBus/OpenGL/Svg/PrintSupport, the
# offscreen and xcb platform plugins) links against and a minimal Debian 12 lacks (found with
# ldd in a debootstrap --variant=minbase chroot; see tools/fresh-chroot-check.sh).
RUN_PACKAGES=(
    fonts-noto-cjk                          # without a CJK font every hanzi is an empty box
    libglib2.0-0 libdbus-1-3                # libglib/libgthread (QtCore), libdbus (QtDBus)
    libfontconfig1 libfreetype6             # QtGui fonts
    libxkbcommon0 libx11-6                  # QtGui keyboard, X11
    libegl1 libgl1                          # QtGui/QtOpenGL (glvnd)
    libx11-xcb1 libxkbcommon-x11-0 libxcb1  # xcb platform plugin (real X display, Xvfb)
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
    libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
    libxcb-sync1 libxcb-shm0 libxcb-util1 libxcb-glx0
    alsa-utils                              # aplay, to play the speech (read aloud)
    antiword                                # the text of old Word (.doc) files
)

TEST_PACKAGES=(
    "${RUN_PACKAGES[@]}"
    xvfb xauth                              # a virtual X display (xvfb-run)
    at-spi2-core dbus-x11 python3-pyatspi   # AT-SPI, the Linux screen-reader bus and client
    orca openbox xdotool                    # Orca's speech captured (tests/gui/test_orca.py)
    espeak-ng                               # Debian's 1.51: the Mandarin probe must refuse it
    poppler-utils                           # pdftotext: the exported PDF's text layer is checked
    desktop-file-utils appstream            # desktop-file-validate, appstreamcli: packaging/linux/
    binutils                                # objdump, which PyInstaller needs (make package)
)

# ----------------------------------------------------------------------------------------

say() { printf 'install-system-deps: %s\n' "$*" >&2; }

set_name=${1:-run}
case $set_name in
    run)  wanted=("${RUN_PACKAGES[@]}") ;;
    test) wanted=("${TEST_PACKAGES[@]}") ;;
    -h|--help) sed -n '2,16s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) say "unknown set '$set_name' (expected: run or test)"; exit 2 ;;
esac

PYTHON=${PYTHON:-python3}

# Debian's own python3 has no ensurepip until python3-venv is installed, so `python3 -m venv`
# fails there; other builds (pyenv, python.org) carry ensurepip and need no package.
if ! "$PYTHON" -c 'import ensurepip' >/dev/null 2>&1; then
    wanted+=(python3-venv)
fi

# PyInstaller (`make package`, in the test set) bundles the interpreter's shared library,
# which Debian's and Ubuntu's python3 keep in a package of its own (libpython3.11 ...).
if [ "$set_name" = test ] &&
    libpython=$("$PYTHON" -c 'import sys; sys.base_prefix == "/usr" and print("libpython%d.%d" % sys.version_info[:2])' 2>/dev/null) &&
    [ -n "$libpython" ]; then
    wanted+=("$libpython")
fi

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    say "no apt-get/dpkg-query here (not Debian or Ubuntu): skipping system packages."
    say "make sure these (or your system's equivalents) are installed: ${wanted[*]}"
    exit 0
fi

# Everything installed, by name and by what it provides (Ubuntu 24.04 renamed libglib2.0-0 to
# libglib2.0-0t64, which provides the old name).
installed=$(dpkg-query -W -f='${db:Status-Abbrev}|${Package}|${Provides}\n' 2>/dev/null |
    awk -F'|' '$1 ~ /^ii/ { print $2; n = split($3, p, /, */)
                            for (i = 1; i <= n; i++) { sub(/ .*/, "", p[i]); print p[i] } }' |
    sort -u)

missing=()
for pkg in "${wanted[@]}"; do
    grep -qxF -- "$pkg" <<<"$installed" || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
    say "all ${#wanted[@]} packages for '$set_name' are installed."
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    say "not root and no sudo: as root, run"
    say "  apt-get update && apt-get install --no-install-recommends ${missing[*]}"
    exit 1
fi

say "installing ${#missing[@]} missing package(s) for '$set_name': ${missing[*]}"
apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300)
"${apt[@]}" update
"${apt[@]}" install -y --no-install-recommends "${missing[@]}"
say "done."
