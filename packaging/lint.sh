#!/usr/bin/env bash
# The house rules a compiler does not check, on every tracked C++ file:
#  - the layout of .clang-format (clang-format --dry-run --Werror);
#  - no product function body over 60 lines (tests may hold longer tables).
# A function body here is a '{' alone at column 0 up to the next '}' at
# column 0, the shape .clang-format gives every function definition.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
limit=${CROSSMA_FUNCTION_LINES:-60}
status=0

mapfile -t sources < <(git ls-files '*.cpp' '*.h')
if ! clang-format --dry-run --Werror "${sources[@]}" 2>/tmp/crossma-format.$$; then
  echo "Not formatted as .clang-format says (run clang-format -i on them):" >&2
  grep -o '^[^:]*:[0-9]*' /tmp/crossma-format.$$ | cut -d: -f1 | sort -u | sed 's/^/  /' >&2
  status=1
fi
rm -f /tmp/crossma-format.$$

mapfile -t product < <(printf '%s\n' "${sources[@]}" | grep -v '^tests/' | grep '\.cpp$')
long=$(awk -v limit="$limit" '
  FNR == 1 { start = 0 }
  /^\{$/ && !start && previous !~ /^(template.*)?(class|struct|union|enum|namespace)[ \t]/ {
    start = FNR; head = previous
  }
  /^\}/ && !/^\};/ && start {
    if (FNR - start - 1 > limit) printf "  %s:%d %d lines: %s\n", FILENAME, start, FNR - start - 1, head
    start = 0
  }
  /^[^ \t{}]/ { previous = $0 }
' "${product[@]}")
if [[ -n $long ]]; then
  echo "Functions over $limit lines (split them into named steps):" >&2
  echo "$long" >&2
  status=1
fi
printf '== lint: %s\n' "$( ((status == 0)) && echo PASSED || echo FAILED)"
exit "$status"
