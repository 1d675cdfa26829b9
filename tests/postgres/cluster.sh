#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests (issue 9): one cluster on a free loopback port,
# trust authentication for the role "hookline", durability off (the tests kill Hookline, never
# PostgreSQL). State lives in DIR: `port` (the chosen port), `data` (a link to the cluster),
# `server.log`.
#   tests/postgres/cluster.sh start DIR [--durable]   stops a leftover cluster in DIR first;
#                                                     --durable keeps fsync on (benchmarks)
#   tests/postgres/cluster.sh stop DIR
#   tests/postgres/cluster.sh check DIR    a query through the server, as the tests will run it
set -euo pipefail

command="${1:?usage: cluster.sh start|stop|check DIR}"
dir="${2:?usage: cluster.sh start|stop|check DIR}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$bin" ]; then
  echo "cluster.sh: no PostgreSQL server under /usr/lib/postgresql (scripts/setup-debian.sh installs it)" >&2
  exit 1
fi

# initdb and postgres refuse to run as root: as root the cluster belongs to the system's
# "postgres" user and lives in a private folder of its own under /tmp, because the build tree
# may sit below a folder that user cannot enter.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  as_owner=(runuser -u postgres --)
fi

# The link is followed even when it dangles (initdb failed half-way, or /tmp was cleaned), and
# only a folder this script made is removed.
stop() {
  if [ -L "$dir/data" ]; then
    local data home
    data="$(readlink -m "$dir/data")"
    home="$(dirname "$data")"
    if [ -f "$data/postmaster.pid" ]; then
      "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null ||
        "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null || true
    fi
    case "$home" in
    /tmp/hookline-pg.*) rm -rf "$home" ;;
    esac
  fi
  rm -rf "$dir"
}

case "$command" in
start)
  stop
  mkdir -p "$dir"
  home="$(mktemp -d /tmp/hookline-pg.XXXXXX)"
  chmod 0700 "$home"
  if ((${#as_owner[@]})); then chown postgres: "$home"; fi
  ln -s "$home/data" "$dir/data"
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  "${as_owner[@]}" "$bin/initdb" -D "$home/data" -U hookline -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$home/initdb.log" 2>&1 || { cat "$home/initdb.log" >&2; exit 1; }
  # One role must give a password (the tests of PGPASSWORD and the stored password); the first
  # matching line wins.
  sed -i '1i host all hookline_password 127.0.0.1/32 scram-sha-256' "$home/data/pg_hba.conf"
  # Several instances with 30-odd connections each (engine, notifier, receiver, server workers).
  settings="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$home -c max_connections=400"
  if [ "${3:-}" != --durable ]; then
    settings="$settings -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  if ! "${as_owner[@]}" "$bin/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 60 \
    -o "$settings" start >/dev/null; then
    cat "$home/server.log" >&2
    exit 1
  fi
  ln -sf "$home/server.log" "$dir/server.log"
  echo "$port" >"$dir/port"
  echo "cluster.sh: PostgreSQL $("$bin/postgres" --version | awk "{print \$3}") on 127.0.0.1:$port ($home)"
  ;;
stop)
  stop
  ;;
check)
  port="$(cat "$dir/port")"
  answer="$("$bin/psql" -h 127.0.0.1 -p "$port" -U hookline -d postgres -At \
    -c "SELECT current_setting('server_version_num')::int >= 150000 AND current_user = 'hookline'")"
  if [ "$answer" != t ]; then
    echo "cluster.sh: unexpected answer from 127.0.0.1:$port: $answer" >&2
    exit 1
  fi
  echo "cluster.sh: 127.0.0.1:$port answers"
  ;;
*)
  echo "cluster.sh: unknown command $command (start, stop or check)" >&2
  exit 2
  ;;
esac
