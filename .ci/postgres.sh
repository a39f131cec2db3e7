# Sourced by .ci/run: a throwaway PostgreSQL server for the @hcc/sql tests. Installs Debian's
# `postgresql` when it is missing, starts a cluster owned by the `postgres` user on a unix socket in
# a temporary directory (no TCP), exports PGHOST / PGPORT / PGUSER / PGDATABASE for the tests and
# stops it on exit. Usage: `. .ci/postgres.sh && hcc_pg_start` (sets a trap on EXIT).

hcc_pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

hcc_pg_as_postgres() {
  if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

hcc_pg_start() {
  if [ -z "$(hcc_pg_bin)" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null && apt-get clean) || { echo "warning: could not install postgresql"; return 1; }
  fi
  local bin; bin="$(hcc_pg_bin)"
  HCC_PG_DIR="$(mktemp -d /tmp/hcc-pg.XXXXXX)"
  chown postgres:postgres "$HCC_PG_DIR"
  hcc_pg_as_postgres "$bin/initdb" -D "$HCC_PG_DIR/data" -U postgres -A trust -E UTF8 --no-locale >"$HCC_PG_DIR/initdb.log" 2>&1 || { cat "$HCC_PG_DIR/initdb.log"; return 1; }
  hcc_pg_as_postgres "$bin/pg_ctl" -D "$HCC_PG_DIR/data" -l "$HCC_PG_DIR/server.log" -w \
    -o "-c listen_addresses='' -c unix_socket_directories='$HCC_PG_DIR' -c port=5432 -c fsync=off" start >/dev/null || { cat "$HCC_PG_DIR/server.log"; return 1; }
  export PGHOST="$HCC_PG_DIR" PGPORT=5432 PGUSER=postgres PGDATABASE=postgres HCC_PG_DIR
  trap hcc_pg_stop EXIT
}

hcc_pg_stop() {
  [ -n "${HCC_PG_DIR:-}" ] || return 0
  hcc_pg_as_postgres "$(hcc_pg_bin)/pg_ctl" -D "$HCC_PG_DIR/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$HCC_PG_DIR"
  HCC_PG_DIR=""
}
