#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (no browser download at run time).
# Installs it with apt-get when it is missing and we may; otherwise says what to do.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests (apt-get)…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium: install Debian's package 'chromium' (or set CHROMIUM_PATH)." >&2
exit 1
