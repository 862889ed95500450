#!/usr/bin/env bash
# Sets pgBackRest up on a local Debian PostgreSQL cluster, the way docs/operations.md ("Backups and
# point-in-time recovery") sets it up in production, but with the repository on this machine:
# stanza, WAL archiving (archive_command), repository encrypted at rest (aes-256-cbc), retention; then
# takes or lists backups. Run as root (it writes /etc/pgbackrest and restarts the cluster once to turn
# archiving on). Idempotent.
#
#   scripts/backups.sh [options] [setup|full|incr|diff|info|check]   (default: setup, then a full backup if none)
#     --cluster VERSION/NAME   Debian cluster (default: the newest version's `main`, as `npm run services` starts it)
#     --stanza NAME            pgBackRest stanza (default mnio)
#     --repo PATH              repository directory (default /var/lib/pgbackrest; production: another host or object storage)
#     --retention-full N       full backups kept (default 2: with weekly fulls, two weeks of point-in-time recovery)
#     --config FILE            pgBackRest configuration written (default /etc/pgbackrest/pgbackrest.conf)
#   env: MNIO_BACKUP_PASSPHRASE_FILE  file holding the repository's passphrase (default /etc/pgbackrest/mnio-repo1.passphrase,
#        created with 48 random bytes when missing: keep a copy OUTSIDE this machine, or no backup can ever be read)
#        MNIO_BACKUP_PASSPHRASE       the passphrase itself (instead of the file)
set -euo pipefail

cluster= stanza=mnio repo=/var/lib/pgbackrest retention_full=2 config=/etc/pgbackrest/pgbackrest.conf action=default
while [[ $# -gt 0 ]]; do
  case $1 in
    --cluster) cluster=$2; shift 2 ;;
    --stanza) stanza=$2; shift 2 ;;
    --repo) repo=$2; shift 2 ;;
    --retention-full) retention_full=$2; shift 2 ;;
    --config) config=$2; shift 2 ;;
    setup | full | incr | diff | info | check) action=$1; shift ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "backups: unknown argument $1" >&2; exit 64 ;;
  esac
done

say() { printf 'backups: %s\n' "$*"; }
die() { printf 'backups: ✗ %s\n' "$*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "run as root (it writes /etc/pgbackrest and restarts the cluster to turn WAL archiving on)"
[[ $retention_full =~ ^[1-9][0-9]*$ ]] || die "--retention-full must be a positive number"
[[ $stanza =~ ^[a-z0-9_-]+$ ]] || die "--stanza: letters, digits, _ and - only"
bash "$(dirname "$0")/ensure-pgbackrest.sh"
command -v pg_lsclusters >/dev/null || die "no Debian PostgreSQL here (pg_lsclusters): run \`npm run services\` first"

if [[ -z $cluster ]]; then
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  [[ -n $version ]] || die "no PostgreSQL cluster: run \`npm run services\` first"
  cluster=$version/main
fi
version=${cluster%/*} name=${cluster#*/}
line=$(pg_lsclusters --no-header "$version" "$name" 2>/dev/null) || die "no cluster $cluster (pg_lsclusters)"
port=$(awk '{print $3}' <<<"$line")
data=$(awk '{print $6}' <<<"$line")
socket=/var/run/postgresql

# The passphrase: from the environment, else a file of root's, created once. pgBackRest reads it from its
# configuration (0640 root:postgres, as archive-push runs as postgres).
passfile=${MNIO_BACKUP_PASSPHRASE_FILE:-/etc/pgbackrest/mnio-repo1.passphrase}
mkdir -p "$(dirname "$config")" "$(dirname "$passfile")"
if [[ -n ${MNIO_BACKUP_PASSPHRASE:-} ]]; then
  passphrase=$MNIO_BACKUP_PASSPHRASE
else
  if [[ ! -s $passfile ]]; then
    say "new repository passphrase in $passfile: copy it to your secret store NOW (a backup without it cannot be read)"
    (umask 077; head -c 48 /dev/urandom | base64 -w0 >"$passfile")
  fi
  passphrase=$(<"$passfile")
fi
[[ ${#passphrase} -ge 20 ]] || die "the repository passphrase is too short (20 characters at least)"

setup() {
  mkdir -p "$repo" /var/log/pgbackrest /var/spool/pgbackrest /tmp/pgbackrest
  chown postgres:postgres "$repo" /var/log/pgbackrest /var/spool/pgbackrest /tmp/pgbackrest
  chmod 750 "$repo"
  local tmp
  tmp=$(mktemp)
  cat >"$tmp" <<EOF
# Written by mnio's scripts/backups.sh: see docs/operations.md, "Backups and point-in-time recovery".
[global]
repo1-path=$repo
repo1-cipher-type=aes-256-cbc
repo1-cipher-pass=$passphrase
repo1-retention-full=$retention_full
compress-type=lz4
process-max=2
start-fast=y
archive-async=y
spool-path=/var/spool/pgbackrest
log-level-console=warn
log-level-file=info

[$stanza]
pg1-path=$data
pg1-port=$port
pg1-socket-path=$socket
EOF
  install -m 0640 -o root -g postgres "$tmp" "$config"
  rm -f "$tmp"
  say "wrote $config (stanza $stanza, cluster $cluster, repository $repo, aes-256-cbc, $retention_full full backups kept)"

  local want="pgbackrest --config=$config --stanza=$stanza archive-push %p"
  local current_mode current_cmd
  current_mode=$(runuser -u postgres -- psql -X -At -p "$port" -h "$socket" -c 'SHOW archive_mode')
  current_cmd=$(runuser -u postgres -- psql -X -At -p "$port" -h "$socket" -c 'SHOW archive_command')
  if [[ $current_cmd != "$want" ]]; then
    runuser -u postgres -- psql -X -q -p "$port" -h "$socket" -c "ALTER SYSTEM SET archive_command = '$want'" -c 'SELECT pg_reload_conf()' >/dev/null
    say "archive_command set"
  fi
  if [[ $current_mode != on ]]; then
    runuser -u postgres -- psql -X -q -p "$port" -h "$socket" -c "ALTER SYSTEM SET archive_mode = 'on'" -c "ALTER SYSTEM SET wal_level = 'replica'" >/dev/null
    say "restarting PostgreSQL $cluster once to turn WAL archiving on"
    pg_ctlcluster --skip-systemctl-redirect "$version" "$name" restart
  fi
  runuser -u postgres -- pgbackrest --config="$config" --stanza="$stanza" stanza-create >/dev/null
  runuser -u postgres -- pgbackrest --config="$config" --stanza="$stanza" check
  say "✓ stanza $stanza ready, WAL archived"
}

br() { runuser -u postgres -- pgbackrest --config="$config" --stanza="$stanza" "$@"; }

case $action in
  setup) setup ;;
  default)
    setup
    if ! br info --output=json | grep -q '"label"'; then say "first full backup"; br backup --type=full; fi
    br info ;;
  full | incr | diff) [[ -f $config ]] || setup; say "$action backup"; br backup --type="$action"; br info ;;
  info) br info ;;
  check) br check && say "✓ archiving and the repository answer" ;;
esac
