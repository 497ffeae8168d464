#!/usr/bin/env bash
# Print the path of a Chromium/Chrome for browser tests; as root with apt, install Debian's chromium if none.
# No browser is downloaded from anywhere else: Playwright/Puppeteer downloads do not work offline.
set -euo pipefail
for c in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
  if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; exit 0; fi
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: no Chromium found; installing Debian's chromium with apt-get..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >&2
  if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
fi
echo "ensure-chromium: no Chromium/Chrome found. Install one (Debian: apt-get install -y chromium) or set CHROME_PATH." >&2
exit 1
