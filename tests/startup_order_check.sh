#!/bin/sh
# startup_order_check.sh PROGRAM LIST: the functions of LIST (the start-up's,
# app/startup-functions.txt) that PROGRAM has come first in its code, side by
# side; and PROGRAM still has nine in ten of them, else LIST is stale (run
# packaging/startup-order.sh).
set -eu
program=$1
list=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# .text's bounds, then its functions by address: "address name". nm and
# readelf both write addresses as 16 hex digits, so they compare as strings
# ("x" first: awk would take 0000000000123e40 for a number).
set -- $(readelf -SW "$program" |
  awk '{ for (i = 1; i < NF; i++) if ($i == ".text") { print $(i + 2), $(i + 4); exit } }')
start=$1
end=$(printf '%016x' $((0x$1 + 0x$2)))
nm -n --defined-only "$program" |
  awk -v start="x$start" -v end="x$end" \
    '$2 ~ /^[tTwW]$/ && ("x" $1) >= start && ("x" $1) < end { print $1, $3 }' >"$scratch/code"

listed=$(wc -l <"$list")
present=$(awk 'NR == FNR { have[$2] = 1; next } have[$1]' "$scratch/code" "$list" | wc -l)
echo "$present of $listed listed functions are in the program"
if [ $((present * 10)) -lt $((listed * 9)) ]; then
  echo "the list is stale: run packaging/startup-order.sh on a build and commit it" >&2
  exit 1
fi
# Their addresses (a name may be at several: static functions of several
# files; aliases share one), against as many from the start of .text.
awk 'NR == FNR { want[$1] = 1; next } want[$2] { print $1 }' "$list" "$scratch/code" |
  sort -u >"$scratch/listed"
awk '{ print $1 }' "$scratch/code" | uniq | head -n "$(wc -l <"$scratch/listed")" |
  sort -u >"$scratch/first"
if ! cmp -s "$scratch/listed" "$scratch/first"; then
  echo "the listed functions are not the first in the program's code:" >&2
  diff "$scratch/listed" "$scratch/first" | head -n 10 >&2
  exit 1
fi
echo "they come first in its code, side by side"
