#!/usr/bin/env bash
# A step of `npm test`: the alert rules test (test/e2e/operations/alert-rules.e2e-spec.ts) checks
# ops/prometheus/alerts.yml with `promtool`, from Debian's `prometheus` package, which a fresh machine does not
# have. Installs it with apt when it is missing (as root, or through sudo without a password), else stops and
# says how. PROMTOOL_PATH points the tests at another promtool and skips this step.
set -euo pipefail
if [[ -n ${PROMTOOL_PATH:-} ]]; then
  [[ -x $PROMTOOL_PATH ]] && exit 0
  echo "ensure-promtool: PROMTOOL_PATH=$PROMTOOL_PATH is not an executable" >&2; exit 1
fi
command -v promtool >/dev/null && exit 0
sudo=
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=sudo; else
    echo "ensure-promtool: the alert rules test needs promtool: run \`sudo apt-get install -y --no-install-recommends prometheus\` (or set PROMTOOL_PATH)" >&2
    exit 1
  fi
fi
command -v apt-get >/dev/null || { echo "ensure-promtool: no apt-get here: install promtool and set PROMTOOL_PATH" >&2; exit 1; }
echo "ensure-promtool: installing Debian's prometheus (for promtool) for the alert rules test (once)"
DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq || echo "ensure-promtool: apt-get update failed; trying the package lists on this machine"
# Only the tool is wanted: no service is started (policy-rc.d refuses it where there is one; the test never runs it).
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends prometheus >/dev/null
command -v promtool >/dev/null || { echo "ensure-promtool: promtool did not install" >&2; exit 1; }
