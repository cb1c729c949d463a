#!/usr/bin/env bash
# Rewrites the sha256 of every file listed in the bundled data manifest after a data edit.
# Usage: crosswalk-data/update-checksums.sh   (needs only bash, sha256sum and sed)
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)/src/main/resources/dev/crosswalk/data"
manifest="$dir/manifest.json"
grep -o '"path": "[^"]*"' "$manifest" | cut -d'"' -f4 | while read -r file; do
  sum=$(sha256sum "$dir/$file" | cut -d' ' -f1)
  sed -i -E "s|(\"path\": \"$file\", \"sha256\": \")[0-9a-f]*(\")|\1$sum\2|" "$manifest"
done
echo "checksums updated in $manifest"
