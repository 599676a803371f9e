#!/usr/bin/env bash
# Fetches the pinned tree-sitter grammars of analyzer/grammars.txt from the npm registry
# (`npm pack`, no install scripts) and unpacks each into $FAULTLINE_CACHE/grammars/NAME-VERSION.
# Idempotent: a grammar already unpacked is left alone. Prints the grammar folder.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cache=${FAULTLINE_CACHE:-$HOME/.cache/faultline}
dest="$cache/grammars"
mkdir -p "$dest"
while read -r name version _; do
  case "$name" in ''|'#'*) continue ;; esac
  target="$dest/$name-$version"
  [ -f "$target/.complete" ] && continue
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent "$name@$version" >/dev/null)
  rm -rf "$target" && mkdir -p "$target"
  tar -xzf "$work"/*.tgz -C "$target" --strip-components=1
  rm -rf "$work"
  touch "$target/.complete"
  echo "fetched $name@$version" >&2
done < "$here/analyzer/grammars.txt"
echo "$dest"
