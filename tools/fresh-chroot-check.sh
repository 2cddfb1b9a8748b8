#!/usr/bin/env bash
# Check the Quick start on a fresh Debian 12: clone the current work tree inside a minimal
# bookworm chroot that has only python3, git and make, and run `make test` there (as root).
#
#   tools/fresh-chroot-check.sh [--reset] [command ...]      (as root, on a Debian host)
#
#   --reset   start again from the pristine chroot (minbase + python3 git make), so the
#             system packages, the pip cache and python3-venv are installed from scratch.
#             Without it the chroot keeps what earlier runs installed; the clone and its
#             .venv are always new.
#   command   what to run in the clone instead of `make test`, e.g. `env CI=true .ci/run`, or
#             `bash -c 'QT_QPA_PLATFORM=offscreen timeout 20 make run'`.
#
# The snapshot holds what a clone would: tracked and untracked files that .gitignore
# does not exclude. The chroot lives outside the repo (CHROOT, default /work/chroot-fresh);
# its pristine state is kept in $CHROOT.pristine.tar.zst and made with debootstrap when missing.
set -euo pipefail

CHROOT=${CHROOT:-/work/chroot-fresh}
PRISTINE=${PRISTINE:-$CHROOT.pristine.tar.zst}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SRC=$(cd "$(dirname "$0")/.." && pwd)

reset=0
if [ "${1:-}" = --reset ]; then reset=1; shift; fi
[ $# -gt 0 ] || set -- make test

[ "$(id -u)" -eq 0 ] || { echo "run as root (chroot, mount, debootstrap)" >&2; exit 1; }

step() { printf '\n==> %s\n' "$*"; }
took() { printf '    (%d s)\n' "$((SECONDS - $1))"; }

mounted_below() { awk -v d="$CHROOT/" 'index($2, d) == 1' /proc/mounts | grep -q .; }
unmount_all() {
    local m
    # deepest first
    for m in $(awk -v d="$CHROOT/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r); do
        umount -l "$m" 2>/dev/null || true
    done
}

# A clean environment, as on a fresh machine. PIP_CERT is this network's only need: its egress
# goes through a TLS proxy whose CA only the host trusts (a normal network needs nothing).
in_chroot() {
    chroot "$CHROOT" /usr/bin/env -i HOME=/root TERM="${TERM:-dumb}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        ${PIP_CERT_IN_CHROOT:+PIP_CERT=$PIP_CERT_IN_CHROOT} "$@"
}

if [ $reset -eq 1 ] || [ ! -x "$CHROOT/usr/bin/python3" ]; then
    if mounted_below; then echo "something is still mounted under $CHROOT; refusing to delete it" >&2; exit 1; fi
    rm -rf "$CHROOT"
    mkdir -p "$CHROOT"
    t=$SECONDS
    if [ -f "$PRISTINE" ]; then
        step "Restoring the pristine chroot from $PRISTINE"
        zstd -dc "$PRISTINE" | tar -xf - -C "$CHROOT"
    else
        step "debootstrap --variant=minbase bookworm $CHROOT $MIRROR"
        command -v debootstrap >/dev/null || apt-get install -y -q --no-install-recommends debootstrap
        debootstrap --variant=minbase bookworm "$CHROOT" "$MIRROR" >/dev/null
        # What a fresh Debian 12 has in its sources.list.
        cat >"$CHROOT/etc/apt/sources.list" <<EOF
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb ${MIRROR%/debian}/debian-security bookworm-security main
EOF
        cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
        mount -t proc proc "$CHROOT/proc"
        in_chroot bash -c 'apt-get -q update >/dev/null &&
            DEBIAN_FRONTEND=noninteractive apt-get -q install -y --no-install-recommends python3 git make >/dev/null &&
            apt-get clean'
        umount "$CHROOT/proc"
        tar --one-file-system -cf - -C "$CHROOT" . | zstd -q -T0 -o "$PRISTINE"
    fi
    took "$t"
fi

step "Mounting /proc, /sys, /dev"
trap unmount_all EXIT
mountpoint -q "$CHROOT/proc" || mount -t proc proc "$CHROOT/proc"
mountpoint -q "$CHROOT/sys" || mount -t sysfs sysfs "$CHROOT/sys"
mountpoint -q "$CHROOT/dev" || { mount --rbind /dev "$CHROOT/dev" && mount --make-rslave "$CHROOT/dev"; }
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    mkdir -p "$CHROOT/etc/ssl"
    cp /etc/ssl/certs/ca-certificates.crt "$CHROOT/etc/ssl/host-ca-bundle.crt"
    PIP_CERT_IN_CHROOT=/etc/ssl/host-ca-bundle.crt
fi

step "Snapshot of $SRC, cloned to /root/reader in the chroot"
t=$SECONDS
snap=$CHROOT/srv/main-snapshot
rm -rf "$snap" && mkdir -p "$snap"
(cd "$SRC" && git ls-files -z --cached --others --exclude-standard |
    xargs -0 -r sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' sh |
    tar --null -T - -cf -) | tar -xf - -C "$snap"
git -C "$snap" init -q
git -C "$snap" add -A
git -C "$snap" -c user.name=snapshot -c user.email=snapshot@localhost commit -q -m snapshot
in_chroot bash -c 'rm -rf /root/reader && git clone -q /srv/main-snapshot /root/reader'
echo "    $(git -C "$snap" ls-files | wc -l) files"
took "$t"

step "In the chroot, in /root/reader: $*"
t=$SECONDS
rc=0
in_chroot bash -c 'cd /root/reader && exec "$@"' bash "$@" || rc=$?
took "$t"
echo "exit code: $rc"
exit $rc
