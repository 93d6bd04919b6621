#!/usr/bin/env bash
# Installs the Debian 12 (bookworm) packages needed to build, test and run
# crossma-setup; with the argument "package" also those that build and check
# the .deb (lintian, debootstrap), with "lint" the formatter. Asks dpkg first, so it is quick and touches nothing when
# everything is already there. Runs apt-get directly as root, through sudo
# otherwise.
set -euo pipefail

packages=(
  # build
  cmake build-essential ninja-build ccache lld
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libzip-dev zipcmp zipmerge ziptool libssl-dev catch2
  # run: Qt's platform plugins, the Secret Service client and Japanese fonts
  qt6-qpa-plugins libsecret-1-0 fonts-noto-cjk
  # test: a private D-Bus session with a real keychain, screenshots, ZIPs
  dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth imagemagick x11-apps zip
  # bench: the command line is timed against curl on the same request
  curl
)
if [[ ${1:-} == package ]]; then
  packages+=(dpkg-dev fakeroot lintian debootstrap file)
fi
if [[ ${1:-} == lint ]]; then
  packages+=(clang-format git)
fi

# One dpkg-query for all; packages dpkg has never heard of are simply absent.
installed=" $(dpkg-query -W -f='${Package}:${db:Status-Abbrev} ' "${packages[@]}" 2>/dev/null | tr -d '\n' || true)"
missing=()
for p in "${packages[@]}"; do
  [[ $installed == *" $p:ii "* ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}" >&2
if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null; then
  as_root=(sudo)
else
  echo "These packages are missing and sudo is not available; install them as root:" >&2
  echo "  apt-get install ${missing[*]}" >&2
  exit 1
fi

"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
