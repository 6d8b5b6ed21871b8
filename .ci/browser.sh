#!/usr/bin/env bash
# CI: Chromium from the Debian packages for the report's headless-browser test
# (tests/test_report_browser.py). Installs only if missing; exits non-zero if apt is there but
# the install fails. Without apt-get it says so and the browser tests skip with that reason.
set -euo pipefail
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then echo "browser: $(command -v "$b")"; exit 0; fi
done
if ! command -v apt-get >/dev/null 2>&1; then
  echo "browser: no apt-get here; the headless-browser tests will be skipped"; exit 2
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
echo "browser: $(command -v chromium) ($(chromium --version 2>/dev/null || true))"
