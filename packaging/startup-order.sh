#!/usr/bin/env bash
# startup-order.sh BUILD_DIR: writes app/startup-functions.txt, the functions
# the wizard runs from its start to its first painted page (plain and with
# --sandbox), as callgrind sees them. The link places them side by side
# (app/CMakeLists.txt): the kernel maps a program's code in 64 KiB windows
# around each page it touches, and spread over the whole program they made
# it resident almost whole at every start. Run it after changes to what the
# start does, and commit the list; a stale list costs memory, never function.
# Needs valgrind (a Debian package), like the profiling in the README.
set -euo pipefail

build=$(realpath "${1:?usage: startup-order.sh BUILD_DIR}")
root=$(realpath "$(dirname "${BASH_SOURCE[0]}")/..")
program=$build/app/crossma-setup-wizard
out=$root/app/startup-functions.txt
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
[[ -x $program ]] || { echo "no $program: build it first" >&2; exit 1; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/crossma-order.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch"/{config,data,cache,runtime}
chmod 700 "$scratch/runtime"

# One callgrind run per start, on a throw-away profile, offscreen, in Japanese.
profile() {
  local name=$1
  shift
  env XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
      XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
      QT_QPA_PLATFORM=offscreen CROSSMA_LANG=ja \
      valgrind --tool=callgrind --demangle=no --dump-instr=no \
               --callgrind-out-file="$scratch/$name.out" \
               "$program" "$@" --exit-after-first-page >/dev/null 2>"$scratch/$name.log" \
    || { cat "$scratch/$name.log" >&2; exit 1; }
}
profile plain
profile sandbox --sandbox

# The functions that ran in the program itself (not in a library). Names are
# written once and then referred to by number: "fn=(12) _ZN…", later "fn=(12)".
awk -v program="$program" '
  /^c?(ob|fn)=\(/ {
    kind = substr($0, 1, index($0, "=") - 1)
    rest = substr($0, index($0, "(") + 1)
    id = substr(rest, 1, index(rest, ")") - 1)
    name = substr(rest, index(rest, ")") + 2)
    table = (kind ~ /ob$/) ? "ob" : "fn"
    if (name != "") names[table, id] = name
    if (kind == "ob") object = names["ob", id]
    if (kind == "fn" && object == program) ran[names["fn", id]] = 1
  }
  END { for (f in ran) print f }
' "$scratch"/*.out | LC_ALL=C sort -u >"$scratch/ran"

# Only names the linker knows (callgrind also lists "0x…" and "name'2").
nm --defined-only "$program" | awk '$2 ~ /^[tTwW]$/ { print $3 }' | LC_ALL=C sort -u >"$scratch/symbols"
LC_ALL=C comm -12 "$scratch/ran" "$scratch/symbols" >"$out"
echo "$(wc -l <"$out") functions written to ${out#"$root"/}"
