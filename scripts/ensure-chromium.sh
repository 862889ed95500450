#!/usr/bin/env bash
# First step of `npm test`: the browser tests (test/e2e/web) drive Debian's Chromium, which a fresh machine
# does not have. Installs it with apt when it is missing (as root, or through sudo without a password), else
# stops and says how. CHROMIUM_PATH points the tests at another Chromium and skips this step.
set -euo pipefail
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[[ -x $chromium ]] && exit 0
if [[ -n ${CHROMIUM_PATH:-} ]]; then echo "ensure-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; exit 1; fi
sudo=
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=sudo; else
    echo "ensure-chromium: the browser tests need Chromium: run \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH)" >&2
    exit 1
  fi
fi
command -v apt-get >/dev/null || { echo "ensure-chromium: no apt-get here: install Chromium and set CHROMIUM_PATH" >&2; exit 1; }
echo "ensure-chromium: installing Debian's chromium for the browser tests (about a minute, once)"
DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq || echo "ensure-chromium: apt-get update failed; trying the package lists on this machine"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
[[ -x $chromium ]] || { echo "ensure-chromium: chromium did not install at $chromium" >&2; exit 1; }
