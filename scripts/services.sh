#!/usr/bin/env bash
# `npm run services`: makes sure a local PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) answer.
# On Debian, as root: starts them when they are down and installs them with apt when they are missing.
# Idempotent: when both already answer it changes nothing.
#
#   npm run services [-- --trust-local]
#     --trust-local   switch PostgreSQL's 127.0.0.1/::1 lines to `trust` when user postgres cannot connect
#                     (done without asking when this script has just installed PostgreSQL). Dev machines only.
#   env: SERVICES_TIMEOUT  seconds to wait for both to answer (default 60)
set -euo pipefail

PG_HOST=127.0.0.1 PG_PORT=5432 REDIS_HOST=127.0.0.1 REDIS_PORT=6379
timeout_s=${SERVICES_TIMEOUT:-60}
trust_local=false
for arg in "$@"; do
  case $arg in
    --trust-local) trust_local=true ;;
    -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "services: unknown argument $arg" >&2; exit 64 ;;
  esac
done

say() { printf 'services: %s\n' "$*"; }
die() { printf 'services: ✗ %s\n' "$*" >&2; exit 1; }

pg_up() { command -v pg_isready >/dev/null && pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2; }

# RESP over bash's /dev/tcp, so the check needs no redis-cli. The subshell keeps fd 3 and the silenced stderr to itself.
redis_up() {
  local reply
  reply=$({ exec 3<>"/dev/tcp/$REDIS_HOST/$REDIS_PORT" && printf 'PING\r\n' >&3 && IFS= read -r -t 2 line <&3 && printf '%s' "$line"; } 2>/dev/null) || return 1
  [[ $reply == +PONG* ]]
}

# Signs in as the migrations will: DATABASE_OWNER_URL (else DATABASE_URL) when set, else user postgres without a password.
pg_admin_url() {
  local url=${DATABASE_OWNER_URL:-${DATABASE_URL:-postgres://postgres@$PG_HOST:$PG_PORT/mnio}}
  url=${url%%\?*}
  printf '%s/postgres' "${url%/*}"
}
pg_auth_ok() { PGCONNECT_TIMEOUT=3 psql -w -X -q "$(pg_admin_url)" -c 'select 1' >/dev/null 2>&1; }
who_signs_in() { [[ -n ${DATABASE_OWNER_URL:-${DATABASE_URL:-}} ]] && echo "DATABASE_OWNER_URL's (else DATABASE_URL's) user" || echo "user postgres (no password)"; }

need_root() {
  [[ $(id -u) -eq 0 ]] || die "$1 needs root (run \`sudo npm run services\`, or do it yourself: see README.md, 'Services')"
}

apt_updated=false
apt_install() {
  command -v apt-get >/dev/null || die "$* missing and apt-get not found: install $* yourself (PostgreSQL 15 and Redis 7 are tested)"
  need_root "installing $*"
  if ! $apt_updated; then
    say "apt-get update"
    # An offline machine with an apt cache can still install: warn and go on.
    DEBIAN_FRONTEND=noninteractive apt-get update -qq || say "apt-get update failed; trying the package lists already on this machine"
    apt_updated=true
  fi
  say "apt-get install -y $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Options::=--force-confold "$@" >/dev/null
}

pg_version() { ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1; }

installed_pg=false
start_postgres() {
  if ! command -v pg_ctlcluster >/dev/null || [[ -z $(ls /usr/lib/postgresql 2>/dev/null) ]]; then
    apt_install postgresql
    installed_pg=true
  fi
  need_root "starting PostgreSQL"
  local v
  v=$(pg_version)
  if [[ -z $v || ! -d /etc/postgresql/$v/main ]]; then
    v=${v:-$(ls /usr/lib/postgresql | sort -V | tail -n 1)}
    say "creating PostgreSQL $v cluster 'main'"
    pg_createcluster "$v" main >/dev/null
  fi
  say "starting PostgreSQL $v (cluster main)"
  pg_ctlcluster --skip-systemctl-redirect "$v" main start 2>&1 | sed 's/^/  /' || true
}

start_redis() {
  if ! command -v redis-server >/dev/null; then apt_install redis-server; fi
  need_root "starting Redis"
  say "starting Redis on $REDIS_HOST:$REDIS_PORT (nothing kept on disk)"
  (cd /tmp && redis-server --daemonize yes --bind "$REDIS_HOST" --port "$REDIS_PORT" --save "" --appendonly no) >/dev/null
}

# A fresh Debian cluster asks for a password (scram-sha-256) over TCP; mnio's default DATABASE_URL has none.
trust_loopback() {
  local hba
  hba=/etc/postgresql/$(pg_version)/main/pg_hba.conf
  [[ -f $hba ]] || die "cannot find $hba"
  say "switching the 127.0.0.1 and ::1 lines of $hba to trust (a development machine only; backup in $hba.mnio-backup)"
  cp -n "$hba" "$hba.mnio-backup"
  sed -i -E 's#^(host[[:space:]]+all[[:space:]]+all[[:space:]]+(127\.0\.0\.1/32|::1/128)[[:space:]]+)[a-z0-9-]+#\1trust#' "$hba"
  pg_ctlcluster --skip-systemctl-redirect "$(pg_version)" main reload
}

wait_for() {
  local name=$1 check=$2 deadline=$((SECONDS + timeout_s))
  until $check; do
    ((SECONDS < deadline)) || return 1
    sleep 0.5
  done
  say "✓ $name answers"
}

if pg_up; then say "PostgreSQL already answers on $PG_HOST:$PG_PORT"; else start_postgres; fi
if redis_up; then say "Redis already answers on $REDIS_HOST:$REDIS_PORT"; else start_redis; fi

wait_for "PostgreSQL ($PG_HOST:$PG_PORT)" pg_up ||
  die "PostgreSQL does not answer on $PG_HOST:$PG_PORT after ${timeout_s}s; look at /var/log/postgresql/"
wait_for "Redis ($REDIS_HOST:$REDIS_PORT)" redis_up ||
  die "Redis does not answer on $REDIS_HOST:$REDIS_PORT after ${timeout_s}s"

if ! pg_auth_ok; then
  if $installed_pg || $trust_local; then
    need_root "changing pg_hba.conf"
    trust_loopback
    for _ in $(seq 1 20); do pg_auth_ok && break; sleep 0.5; done
  fi
  pg_auth_ok || die "PostgreSQL answers but $(who_signs_in) cannot sign in.
  Either give postgres a password (ALTER USER postgres PASSWORD '…') and export DATABASE_URL with it, or,
  on a development machine, run \`npm run services -- --trust-local\` (switches the 127.0.0.1 lines of
  pg_hba.conf to trust). See README.md, 'Services'."
fi
say "✓ PostgreSQL accepts $(who_signs_in)"
say "ready: PostgreSQL $PG_HOST:$PG_PORT, Redis $REDIS_HOST:$REDIS_PORT"
