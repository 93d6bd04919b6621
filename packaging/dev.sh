#!/usr/bin/env bash
# The one entry point on a fresh Debian 12 machine.
#
#   ./packaging/dev.sh run [ARGS…]   install what is missing, build, and start
#                                    the wizard on the built-in sandbox malls
#   ./packaging/dev.sh test          install what is missing, build, and run
#                                    every test on a private, unlocked keychain
#
# Environment: CROSSMA_BUILD_DIR (default build/), CROSSMA_JOBS (default 2),
# CROSSMA_TEST_TIMEOUT in seconds for the whole test run (default 2400).
set -euo pipefail

script=$(realpath "${BASH_SOURCE[0]}")
cd "$(dirname "$script")/.."
root=$PWD
build_dir=${CROSSMA_BUILD_DIR:-$root/build}
jobs=${CROSSMA_JOBS:-2}
test_timeout=${CROSSMA_TEST_TIMEOUT:-2400}

usage() {
  sed -n '2,12s/^# \{0,1\}//p' "$script" >&2
  exit 2
}

install_deps() {
  "$root/packaging/install-deps.sh"
}

# Configure once (later builds re-run CMake by themselves when needed) and
# build only the given targets; ccache (set up by CMakeLists.txt) keeps
# rebuilds cheap. No CCACHE_BASEDIR: it would make __FILE__ relative.
build() {
  if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  cmake --build "$build_dir" --parallel "$jobs" "$@"
}

run_wizard() {
  build --target crossma-setup
  if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "No desktop display found. Run this in a desktop session (or over 'ssh -X')." >&2
  fi
  exec "$build_dir/app/crossma-setup" --sandbox "$@"
}

# Tests run on a D-Bus session of their own with gnome-keyring unlocked by a
# throw-away password, in fresh XDG folders, so they never see (or prompt
# for) the user's real keychain and settings.
run_tests() {
  build
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/crossma-test.XXXXXX")
  trap 'rm -rf "$scratch"' EXIT
  mkdir -p "$scratch"/{data,config,cache,runtime}
  chmod 700 "$scratch/runtime"
  export XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config \
         XDG_CACHE_HOME=$scratch/cache XDG_RUNTIME_DIR=$scratch/runtime \
         QT_QPA_PLATFORM=offscreen BUILD_DIR=$build_dir CTEST_LOG=$scratch/ctest.xml
  unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
  local status=0
  timeout --kill-after=30 "$test_timeout" dbus-run-session -- bash -c '
    printf test-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 \
      || { echo "gnome-keyring-daemon did not start" >&2; exit 1; }
    ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 300 \
          --output-junit "$CTEST_LOG" </dev/null
  ' || status=$?
  if ((status == 124)); then
    echo "The tests did not finish within ${test_timeout} s." >&2
  fi
  # ctest splits a test name at ';', and Catch then matches nothing and
  # passes: name such entries so they get renamed.
  if grep -q "No test cases matched" "$CTEST_LOG" 2>/dev/null; then
    echo "WARNING: these ctest entries ran no test case (a ';' in a TEST_CASE name?):" >&2
    grep -o "No test cases matched [^<]*" "$CTEST_LOG" | sed "s/&apos;/'/g; s/^/  /" >&2
  fi
  return "$status"
}

case ${1:-} in
  run)
    shift
    install_deps
    run_wizard "$@"
    ;;
  test)
    install_deps
    run_tests
    ;;
  *)
    usage
    ;;
esac
