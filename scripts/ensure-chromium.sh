#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing (the e2e tests and the demo drive /usr/bin/chromium;
# playwright-core cannot download a browser here). Needs root, as on this project's machines.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get > /dev/null; then
  echo "Chromium is missing: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "Installing Debian's chromium (about a minute)…" >&2
apt-get update -qq > /dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
