#!/usr/bin/env bash
# A 3-member eventd cluster on this machine's loopback, against a MariaDB this script starts itself.
#
#   deploy/local-cluster.sh up       start MariaDB (port 3307) and members 1-3 (HTTP 8081-8083, Hazelcast 5701-5703)
#   deploy/local-cluster.sh down     SIGTERM the members (each hands over and leaves), then stop MariaDB
#   deploy/local-cluster.sh status   what runs, and each member's /health/ready
#   deploy/local-cluster.sh logs     follow every log (deploy/.run/logs)
#
# Needs Debian's mariadb-server (mariadb-install-db, mariadbd) and a JDK 17; nothing system-wide is started or
# changed: data, generated passwords, pids and logs live in deploy/.run (git-ignored).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
run="$here/.run"
logs="$run/logs"
pids="$run/pids"
secrets="$run/secrets"
db_port="${EVENTD_LOCAL_DB_PORT:-3307}"
db_socket="$run/mariadb/mariadb.sock"
members="127.0.0.1:5701,127.0.0.1:5702,127.0.0.1:5703"
# the server's shutdown budget (30 s) plus exit margin: the same grace as the StatefulSet's
grace_seconds=45

die() { echo "local-cluster: $*" >&2; exit 1; }

running() { [ -f "$pids/$1.pid" ] && kill -0 "$(cat "$pids/$1.pid")" 2>/dev/null; }

find_mariadbd() {
  command -v mariadbd 2>/dev/null || { [ -x /usr/sbin/mariadbd ] && echo /usr/sbin/mariadbd; } || true
}

# A password file readable by this user only.
secret() {
  [ -f "$secrets/$1" ] || { head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$secrets/$1"; chmod 600 "$secrets/$1"; }
}

sql() { mariadb --no-defaults --socket="$db_socket" -u "$(id -un)" "$@"; }

start_mariadb() {
  local mariadbd; mariadbd="$(find_mariadbd)"
  if [ -z "$mariadbd" ] || ! command -v mariadb-install-db >/dev/null; then
    die "MariaDB is not installed: install Debian's server package (apt-get install mariadb-server; its own
  service need not run: this script starts a private instance on port $db_port)"
  fi
  running mariadb && return
  if [ ! -d "$run/mariadb/data/mysql" ]; then
    mkdir -p "$run/mariadb/data"
    mariadb-install-db --no-defaults --datadir="$run/mariadb/data" --skip-test-db \
      > "$logs/mariadb-install.log" 2>&1 || die "mariadb-install-db failed, see $logs/mariadb-install.log"
  fi
  local as_root=(); [ "$(id -u)" -eq 0 ] && as_root=(--user=root)
  "$mariadbd" --no-defaults --datadir="$run/mariadb/data" --socket="$db_socket" --port="$db_port" \
    --bind-address=127.0.0.1 --pid-file="$run/mariadb/mariadbd.pid" "${as_root[@]}" \
    > "$logs/mariadb.log" 2>&1 &
  echo $! > "$pids/mariadb.pid"
  for _ in $(seq 1 60); do
    sql -e 'SELECT 1' >/dev/null 2>&1 && break
    running mariadb || die "MariaDB stopped at start, see $logs/mariadb.log"
    sleep 0.5
  done
  sql -e 'SELECT 1' >/dev/null 2>&1 || die "MariaDB did not answer in 30 s, see $logs/mariadb.log"
  # root over TCP is refused: the members use their own account (loopback only)
  sql <<SQL
CREATE USER IF NOT EXISTS 'eventd'@'127.0.0.1' IDENTIFIED BY '$(cat "$secrets/target-password")';
GRANT ALL PRIVILEGES ON *.* TO 'eventd'@'127.0.0.1';
SQL
  echo "MariaDB on 127.0.0.1:$db_port (socket $db_socket)"
}

start_member() {
  local i="$1"
  running "member-$i" && { echo "member-$i already runs"; return; }
  mkdir -p "$run/member-$i"
  EVENTD_HTTP_PORT="808$i" EVENTD_CLUSTER_PORT="570$i" EVENTD_MEMBERS="$members" EVENTD_EXPECTED_MEMBERS=3 \
  EVENTD_NODE_NAME="member-$i" EVENTD_HTTP_HOST=127.0.0.1 \
  EVENTD_TARGET_URL="jdbc:mysql://127.0.0.1:$db_port/" EVENTD_TARGET_USER=eventd \
  EVENTD_TARGET_PASSWORD_FILE="$secrets/target-password" EVENTD_ADMIN_PASSWORD_FILE="$secrets/admin-password" \
  EVENTD_DATA_DIR="$run/member-$i" \
    nohup "$repo/bin/eventd" server > "$logs/member-$i.log" 2>&1 &
  echo $! > "$pids/member-$i.pid"
  echo "member-$i: http://127.0.0.1:808$i  hazelcast 127.0.0.1:570$i  log $logs/member-$i.log"
}

# SIGTERM, then wait for the ordered shutdown; SIGKILL only past the grace period.
stop() {
  local name="$1"
  running "$name" || { rm -f "$pids/$name.pid"; return; }
  local pid; pid="$(cat "$pids/$name.pid")"
  kill -TERM "$pid"
  for _ in $(seq 1 $((grace_seconds * 2))); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "$name did not stop within ${grace_seconds}s: SIGKILL" >&2
    kill -KILL "$pid"
  fi
  rm -f "$pids/$name.pid"
  echo "$name stopped"
}

up() {
  mkdir -p "$logs" "$pids" "$secrets" "$run/mariadb"
  chmod 700 "$secrets"
  secret target-password
  secret admin-password
  [ -f "$repo/modules/server/target/eventd.jar" ] || \
    (cd "$repo" && mvn -q -B -ntp -DskipTests -pl modules/server -am package)
  start_mariadb
  for i in 1 2 3; do start_member "$i"; done
  sleep 3
  for i in 1 2 3; do
    running "member-$i" || { echo "member-$i stopped at start:" >&2; tail -n 5 "$logs/member-$i.log" >&2; }
  done
  echo "admin (HTTP Basic user root): password in $secrets/admin-password"
}

down() {
  for i in 1 2 3; do stop "member-$i"; done
  stop mariadb
}

status() {
  for name in mariadb member-1 member-2 member-3; do
    if running "$name"; then
      local health=""
      case "$name" in member-*)
        health="$(curl -s -o /dev/null -w ' ready: HTTP %{http_code}' "http://127.0.0.1:808${name#member-}/health/ready" \
          2>/dev/null || true)";;
      esac
      echo "$name: running (pid $(cat "$pids/$name.pid"))$health"
    else
      echo "$name: stopped"
    fi
  done
}

logs() {
  [ -d "$logs" ] || die "no logs yet: run '$0 up' first"
  exec tail -n 50 -F "$logs"/*.log
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  logs) logs ;;
  *) echo "usage: $0 up|down|status|logs" >&2; exit 2 ;;
esac
