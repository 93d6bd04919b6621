#!/usr/bin/env bash
# Installs the built .deb with apt into a throw-away Debian 12 root and starts
# the installed program there, as a seller's fresh machine would:
#   crossma-setup --version, status --json, and the GUI (offscreen) up to its
#   first page; the desktop entry, icon, AppStream file and manual page landed.
#
#   packaging/install-check.sh BUILD_DIR      (as root; see dev.sh install-check)
#
# The root comes from `debootstrap --variant=minbase bookworm` on this
# machine's own apt mirror, made once and kept in CROSSMA_CI_CACHE (default
# /var/cache/crossma-ci, outside any checkout); each run works on a copy of it.
# Downloaded packages are kept there too, so later runs fetch only what changed.
set -euo pipefail

build_dir=$(realpath "${1:?usage: install-check.sh BUILD_DIR}")
cache=${CROSSMA_CI_CACHE:-/var/cache/crossma-ci}
base=$cache/bookworm-minbase
archives=$cache/apt-archives

if [[ $(id -u) -ne 0 ]]; then
  echo "The install check needs root (debootstrap, chroot). Run it with sudo." >&2
  exit 2
fi
deb=$(ls -t "$build_dir"/package/crossma-setup_*.deb 2>/dev/null | head -1 || true)
if [[ -z $deb ]]; then
  echo "No package in $build_dir/package: run ./packaging/dev.sh package first." >&2
  exit 2
fi

# The first "deb" mirror of bookworm this machine uses (one-line or deb822 form).
host_mirror() {
  local m
  m=$(grep -hsE '^deb +(\[[^]]*\] +)?(https?|file)://[^ ]+ +bookworm ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
      | head -1 | sed -E 's/^deb +(\[[^]]*\] +)?//' | awk '{print $1}')
  if [[ -z $m ]]; then
    m=$(awk 'BEGIN{RS=""} /Suites:[^\n]*bookworm( |\n|$)/ && /Types:[^\n]*deb( |\n|$)/ {
               match($0, /URIs: *[^ \n]+/); print substr($0, RSTART+6, RLENGTH-6); exit }' \
        /etc/apt/sources.list.d/*.sources 2>/dev/null | tr -d ' ')
  fi
  echo "${m:-http://deb.debian.org/debian}"
}

prepare_base() {
  [[ -f $base/.complete ]] && return
  echo "Making the Debian 12 root once (debootstrap, kept in $base)…" >&2
  rm -rf "$base.new"
  mkdir -p "$cache"
  debootstrap --variant=minbase bookworm "$base.new" "$(host_mirror)" >"$cache/debootstrap.log" 2>&1 \
    || { tail -20 "$cache/debootstrap.log" >&2; exit 1; }
  rm -rf "$base"
  mv "$base.new" "$base"
  touch "$base/.complete"
}

root=
cleanup() {
  [[ -n $root ]] || return 0
  umount "$root/proc" 2>/dev/null || true
  if [[ -d $root/var/cache/apt/archives ]]; then
    cp -n "$root"/var/cache/apt/archives/*.deb "$archives"/ 2>/dev/null || true
  fi
  rm -rf "$root"
}
trap cleanup EXIT

prepare_base
mkdir -p "$archives"
root=$(mktemp -d "${TMPDIR:-/var/tmp}/crossma-root.XXXXXX")
cp -a "$base"/. "$root"/
# The same apt sources (and keys) as this machine, its resolver, and the
# packages downloaded by earlier runs.
rm -f "$root"/etc/apt/sources.list
cp -a /etc/apt/sources.list* /etc/apt/trusted.gpg* "$root"/etc/apt/ 2>/dev/null || true
find "$root"/etc/apt/sources.list.d -name '*.disabled*' -delete 2>/dev/null || true
cp /etc/resolv.conf "$root"/etc/resolv.conf 2>/dev/null || true
cp -n "$archives"/*.deb "$root"/var/cache/apt/archives/ 2>/dev/null || true
mount -t proc proc "$root/proc" 2>/dev/null || echo "(no /proc in the root: mount not permitted)" >&2
cp "$deb" "$root"/tmp/

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

failures=0
check() {
  local what=$1
  shift
  if "$@"; then
    echo "  ok: $what"
  else
    echo "  FAILED: $what" >&2
    failures=$((failures + 1))
  fi
}

echo "Installing $(basename "$deb") with apt into a fresh Debian 12 root…"
in_root apt-get -q update >"$root/tmp/apt.log" 2>&1 || { cat "$root/tmp/apt.log" >&2; exit 1; }
if ! in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
       "/tmp/$(basename "$deb")" >>"$root/tmp/apt.log" 2>&1; then
  tail -30 "$root/tmp/apt.log" >&2
  echo "== install check: FAILED (apt could not install the package)"
  exit 1
fi
echo "  ok: apt installed it with $(grep -c '^Setting up' "$root/tmp/apt.log") packages"

version=$(in_root crossma-setup --version 2>&1 || true)
check "--version answers ($version)" grep -q "^crossma-setup [0-9]" <<<"$version"
mkdir -m 700 "$root/run/crossma-check"
session=(env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/run/crossma-check)
status_json=$(in_root "${session[@]}" crossma-setup status --json 2>/dev/null || true)
check "status --json lists the malls ($(grep -c '"mall"' <<<"$status_json") malls)" \
  grep -q '"malls"' <<<"$status_json"
check "the GUI reaches its first page offscreen" \
  in_root "${session[@]}" timeout 60 crossma-setup --exit-after-first-page
# Loaded only when first needed, so dpkg-shlibdeps cannot see them: the
# package names them itself (CPackConfig.cmake).
for lib in libcrypto.so.3 libzip.so.4; do
  check "$lib, loaded when needed, is installed" \
    in_root sh -c "ldconfig -p | grep -q '^[[:space:]]*$lib '"
done
for f in /usr/share/applications/jp.crossma.setup.desktop \
         /usr/share/icons/hicolor/scalable/apps/jp.crossma.setup.svg \
         /usr/share/metainfo/jp.crossma.setup.metainfo.xml \
         /usr/share/man/man1/crossma-setup.1.gz \
         /usr/share/doc/crossma-setup/copyright; do
  check "$f installed" test -s "$root$f"
done
check "the desktop entry starts the installed program" \
  grep -qx 'Exec=crossma-setup' "$root/usr/share/applications/jp.crossma.setup.desktop"

if ((failures == 0)); then
  echo "== install check: PASSED"
else
  echo "== install check: FAILED ($failures checks)"
  exit 1
fi
