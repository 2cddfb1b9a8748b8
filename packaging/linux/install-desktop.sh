#!/bin/sh
# Desktop integration on Linux: the reader in the applications menu, with its icon, as an
# opener of .txt, .html, .pdf, .docx, .doc and .ofd documents (Open With), and known to
# software centres.
#
#   install-desktop.sh [--prefix DIR] [--exec PROGRAM] [--uninstall]
#
#   --prefix DIR     install under DIR/share (default: $XDG_DATA_HOME, i.e. ~/.local/share;
#                    --prefix /usr/local as root for every user). Writes
#                    share/applications/ID.desktop, share/icons/hicolor/scalable/apps/ID.svg
#                    share/metainfo/ID.metainfo.xml and share/mime/packages/ID-ofd.xml (the
#                    OFD file type, which the desktop does not know; ID: io.github.govdoc_reader.Reader).
#   --exec PROGRAM   the program the menu entry starts. Default: the `reader` one folder up
#                    (the one-folder build ships this script in its share/ folder), else
#                    `reader` on PATH (pip and pipx installs).
#   --uninstall      remove those four files again.
#
# The files come from the folder holding this script (packaging/linux/ in a checkout,
# share/ in the one-folder build); in a checkout the icon is ../../resources/icons/reader.svg.
set -eu

ID=io.github.govdoc_reader.Reader
here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
program=
uninstall=false

while [ $# -gt 0 ]; do
    case $1 in
        --prefix) share=$2/share; shift 2 ;;
        --exec) program=$2; shift 2 ;;
        --uninstall) uninstall=true; shift ;;
        -h|--help) sed -n '2,18s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "install-desktop.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

desktop=$share/applications/$ID.desktop
icon=$share/icons/hicolor/scalable/apps/$ID.svg
metainfo=$share/metainfo/$ID.metainfo.xml
mime=$share/mime/packages/$ID-ofd.xml

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications" || true
    fi
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$share/mime/packages" ]; then
        update-mime-database "$share/mime" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
    fi
}

if $uninstall; then
    rm -f "$desktop" "$icon" "$metainfo" "$mime"
    refresh
    echo "removed $desktop, $icon, $metainfo and $mime"
    exit 0
fi

find_file() {  # the first of the given paths that exists
    for candidate in "$@"; do
        if [ -f "$candidate" ]; then echo "$candidate"; return 0; fi
    done
    echo "install-desktop.sh: none of these exists: $*" >&2
    exit 1
}
source_desktop=$(find_file "$here/$ID.desktop")
source_metainfo=$(find_file "$here/$ID.metainfo.xml")
source_mime=$(find_file "$here/$ID-ofd.xml")
source_icon=$(find_file "$here/$ID.svg" "$here/../../resources/icons/reader.svg")

if [ -z "$program" ]; then
    if [ -x "$here/../reader" ]; then
        program=$(cd "$here/.." && pwd)/reader
    else
        program=reader
    fi
fi
case $program in
    *'"'*|*'`'*|*'$'*|*'\'*|*'%'*|*"'"*|*'|'*)
        echo "install-desktop.sh: the program's path may not hold \" \` \$ \\ % ' or |: $program" >&2
        exit 2 ;;
    *' '*) exec_value="\"$program\"" ;;  # the Desktop Entry spec's quoting
    *) exec_value=$program ;;
esac

mkdir -p "$(dirname "$desktop")" "$(dirname "$icon")" "$(dirname "$metainfo")" "$(dirname "$mime")"
# Exec is quoted as the spec asks; TryExec is a plain string (the bare path).
sed -e "s|^Exec=.*|Exec=$exec_value %f|" \
    -e "s|^TryExec=.*|TryExec=$program|" "$source_desktop" > "$desktop.tmp"
mv "$desktop.tmp" "$desktop"
cp "$source_icon" "$icon"
cp "$source_metainfo" "$metainfo"
cp "$source_mime" "$mime"
refresh
echo "installed $desktop (Exec=$exec_value %f), $icon, $metainfo and $mime"
