#!/usr/bin/env bash
# Makes the Debian package from a built folder and checks it with lintian:
# 0 errors and 0 warnings, or an override in packaging/lintian-overrides
# with its reason (none needed so far).
#
#   packaging/make-deb.sh BUILD_DIR      (see dev.sh package)
set -euo pipefail

build_dir=$(realpath "${1:?usage: make-deb.sh BUILD_DIR}")
out=$build_dir/package
rm -rf "$out"
mkdir -p "$out"
(cd "$build_dir" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) \
  || { cat "$out/cpack.log" >&2; exit 1; }
deb=$(ls "$out"/crossma-setup_*.deb)
echo "Built $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

# lintian runs as root in CI; it only reads the package.
status=0
lintian --allow-root --fail-on error,warning --display-level '>=warning' "$deb" || status=$?
if ((status == 0)); then
  echo "== lintian: PASSED (0 errors, 0 warnings) on $(basename "$deb")"
else
  echo "== lintian: FAILED on $(basename "$deb")"
fi
exit "$status"
