#!/usr/bin/env bash
# Installs Debian's Firefox ESR when it is missing (the Firefox end-to-end tests in test/firefox/ drive
# /usr/bin/firefox-esr through puppeteer-core; no browser can be downloaded from npm here). Needs root, as
# on this project's machines. FIREFOX_PATH names another Firefox to use instead.
set -euo pipefail
if [ -n "${FIREFOX_PATH:-}" ]; then
  if [ -x "$FIREFOX_PATH" ]; then exit 0; fi
  echo "FIREFOX_PATH is set to $FIREFOX_PATH, which is not an executable Firefox." >&2
  exit 1
fi
if [ -x /usr/bin/firefox-esr ]; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get > /dev/null; then
  echo "Firefox ESR is missing: install Debian's firefox-esr package (apt-get install firefox-esr) or set FIREFOX_PATH." >&2
  exit 1
fi
echo "Installing Debian's firefox-esr (about a minute)…" >&2
apt-get update -qq > /dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr > /dev/null
