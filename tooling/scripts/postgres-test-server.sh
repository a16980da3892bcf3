#!/usr/bin/env bash
# Starts (or reuses) a throwaway PostgreSQL cluster for the SDK's store tests and prints its URL.
#
#   bash tooling/scripts/postgres-test-server.sh          # start or reuse; prints postgres://...
#   bash tooling/scripts/postgres-test-server.sh stop     # stop it and delete its data directory
#
# Debian's postgresql package provides the binaries (/usr/lib/postgresql/NN/bin). The cluster
# lives in $RAREEARTH_PG_DIR (default /tmp/rareearth-pg), listens on 127.0.0.1:$RAREEARTH_PG_PORT
# (default 54329) and a unix socket in /tmp, with trust authentication for local connections only:
# it is for tests, never for data. Running as root, initdb/pg_ctl run as the `postgres` user.
# Idempotent: if the cluster is already running it is reused. Only the URL goes to stdout.
set -euo pipefail

DATA_DIR="${RAREEARTH_PG_DIR:-/tmp/rareearth-pg}"
PORT="${RAREEARTH_PG_PORT:-54329}"
SOCKET_DIR="${RAREEARTH_PG_SOCKET_DIR:-/tmp}"
DB_USER="postgres"
URL="postgres://${DB_USER}@127.0.0.1:${PORT}/postgres"

log() { echo "postgres-test-server: $*" >&2; }

find_bin_dir() {
  if [ -n "${PG_BIN_DIR:-}" ]; then echo "$PG_BIN_DIR"; return; fi
  local candidate
  candidate="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$candidate" ] && [ -x "$candidate/pg_ctl" ]; then echo "$candidate"; return; fi
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return; fi
  log "no PostgreSQL binaries found: install Debian's postgresql package (apt-get install -y postgresql) or set PG_BIN_DIR"
  exit 1
}

BIN="$(find_bin_dir)"

# Run a command as the postgres user when we are root (initdb refuses to run as root).
as_pg() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ "${1:-}" = "stop" ]; then
  exec 9>"${DATA_DIR}.lock"
  flock 9
  if [ -f "$DATA_DIR/PG_VERSION" ]; then
    as_pg "$BIN/pg_ctl" -D "$DATA_DIR" -m fast stop >/dev/null 2>&1 9>&- || true
    rm -rf "$DATA_DIR"
    rm -f "${DATA_DIR}.lock"
    log "stopped and removed $DATA_DIR"
  fi
  exit 0
fi

is_ready() { "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" >/dev/null 2>&1; }

# Test runs of several packages may call this at once: one at a time initialises and starts.
exec 9>"${DATA_DIR}.lock"
flock 9

if is_ready; then
  log "reusing the server on 127.0.0.1:$PORT"
  echo "$URL"
  exit 0
fi

if [ ! -f "$DATA_DIR/PG_VERSION" ]; then
  log "initialising a cluster in $DATA_DIR"
  rm -rf "$DATA_DIR"
  mkdir -p "$DATA_DIR"
  if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$DATA_DIR"; fi
  chmod 700 "$DATA_DIR"
  as_pg "$BIN/initdb" -D "$DATA_DIR" -U "$DB_USER" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  cat >>"$DATA_DIR/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCKET_DIR'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  # Trust only loopback and the local socket.
  cat >"$DATA_DIR/pg_hba.conf" <<HBA
local all all trust
host all all 127.0.0.1/32 trust
HBA
fi

# A stale pid file from a killed server blocks a restart.
if [ -f "$DATA_DIR/postmaster.pid" ] && ! is_ready; then
  as_pg "$BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1 || rm -f "$DATA_DIR/postmaster.pid"
fi

log "starting on 127.0.0.1:$PORT"
# 9>&-: the server must not inherit the lock, or it would hold it for as long as it runs.
as_pg "$BIN/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w -t 60 start >/dev/null 9>&-

for _ in $(seq 1 60); do
  if is_ready; then echo "$URL"; exit 0; fi
  sleep 0.5
done
log "the server did not become ready; see $DATA_DIR/server.log"
exit 1
