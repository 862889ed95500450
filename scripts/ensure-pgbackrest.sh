#!/usr/bin/env bash
# A step of `npm test`: the restore drill (test/e2e/operations/restore-drill.e2e-spec.ts) backs up and restores
# a private PostgreSQL cluster with pgBackRest, from Debian's `pgbackrest` package, which a fresh machine does
# not have. Installs it with apt when it is missing (as root, or through sudo without a password), else stops
# and says how. PGBACKREST_PATH points the drill at another pgbackrest and skips this step.
set -euo pipefail
if [[ -n ${PGBACKREST_PATH:-} ]]; then
  [[ -x $PGBACKREST_PATH ]] && exit 0
  echo "ensure-pgbackrest: PGBACKREST_PATH=$PGBACKREST_PATH is not an executable" >&2; exit 1
fi
command -v pgbackrest >/dev/null && exit 0
sudo=
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=sudo; else
    echo "ensure-pgbackrest: the restore drill needs pgBackRest: run \`sudo apt-get install -y --no-install-recommends pgbackrest\` (or set PGBACKREST_PATH)" >&2
    exit 1
  fi
fi
command -v apt-get >/dev/null || { echo "ensure-pgbackrest: no apt-get here: install pgBackRest and set PGBACKREST_PATH" >&2; exit 1; }
echo "ensure-pgbackrest: installing Debian's pgbackrest for the restore drill (once)"
DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq || echo "ensure-pgbackrest: apt-get update failed; trying the package lists on this machine"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends pgbackrest >/dev/null
command -v pgbackrest >/dev/null || { echo "ensure-pgbackrest: pgbackrest did not install" >&2; exit 1; }
