#!/usr/bin/env bash
# The load-balancer test puts the API processes behind Debian's nginx, started by the test itself
# (never as a system service). Installs it with apt-get when it is missing and we may; otherwise
# says what to do.
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing nginx for the load-balancer test (apt-get)…" >&2
  install() {
    # Waits for another apt-get (a parallel install) rather than failing on its lock.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 \
      --no-install-recommends nginx-light >/dev/null
  }
  # Package lists may be stale (a security update moved the file): refresh them once then.
  install || { apt-get update -qq && install; }
  exit 0
fi
echo "The load-balancer test needs nginx: install Debian's package 'nginx-light' (or 'nginx')." >&2
exit 1
