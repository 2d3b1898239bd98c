#!/usr/bin/env bash
# A real Neo4j 5.26 server for kzgraph's tests and for users without Docker,
# assembled from Maven Central by ./pom.xml and run on 127.0.0.1 only.
#
#   tests/neo4j/neo4j.sh build          # mvn package: jars into target/neo4j-home (cached in ~/.m2)
#   eval "$(tests/neo4j/neo4j.sh start)" # build if needed, start, wait, print the exports below
#   tests/neo4j/neo4j.sh env            # print the exports of the running server again
#   tests/neo4j/neo4j.sh status         # exit 0 when it answers
#   tests/neo4j/neo4j.sh stop           # stop it (and wait for the process to end)
#
# start prints, for a shell to eval:
#   export KZGRAPH_TEST_NEO4J_URI=bolt://127.0.0.1:PORT  NEO4J_PASSWORD=…
#   export KZGRAPH_TEST_NEO4J_HTTP=http://127.0.0.1:PORT (Neo4j Browser at …/browser/)
# Settings (environment): NEO4J_PASSWORD (default: a random one, kept in the
# instance folder), KZGRAPH_NEO4J_DIR (instance folder: conf, data, logs;
# default tests/neo4j/target/instance), KZGRAPH_NEO4J_HEAP (default 1g),
# KZGRAPH_NEO4J_BOLT_PORT / KZGRAPH_NEO4J_HTTP_PORT (default: free ports),
# JAVA (default: java on PATH; Java 17 or 21).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
home=$here/target/neo4j-home
instance=${KZGRAPH_NEO4J_DIR:-$here/target/instance}
java=${JAVA:-java}
heap=${KZGRAPH_NEO4J_HEAP:-1g}

die() { echo "neo4j.sh: $*" >&2; exit 1; }

build() {
  command -v mvn >/dev/null || die "Maven (mvn) is needed to assemble Neo4j from Maven Central"
  if [[ -f $home/.built && $home/.built -nt $here/pom.xml ]]; then return; fi
  echo "neo4j.sh: assembling Neo4j from Maven Central (jars cached in ~/.m2)" >&2
  rm -rf "$home"
  mvn -q -B -f "$here/pom.xml" package >&2 || die "mvn package failed (see above)"
  touch "$home/.built"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

write_conf() {
  local bolt=$1 http=$2
  mkdir -p "$instance/conf" "$instance/data" "$instance/logs" "$instance/run" "$instance/import"
  cat > "$instance/conf/neo4j.conf" <<CONF
# Written by tests/neo4j/neo4j.sh; rewritten at every start.
server.directories.lib=$home/lib
server.directories.plugins=$home/plugins
server.directories.data=$instance/data
server.directories.logs=$instance/logs
server.directories.run=$instance/run
server.directories.import=$instance/import
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$bolt
server.bolt.advertised_address=127.0.0.1:$bolt
server.http.enabled=true
server.http.listen_address=127.0.0.1:$http
server.http.advertised_address=127.0.0.1:$http
server.https.enabled=false
dbms.security.auth_enabled=true
dbms.security.procedures.unrestricted=apoc.*
dbms.security.procedures.allowlist=apoc.*
server.memory.pagecache.size=256m
db.tx_log.rotation.retention_policy=1 files
dbms.usage_report.enabled=false
CONF
}

# The flags of Neo4j's shipped neo4j.conf that Java 17 needs (without the
# --add-opens ones it dies with a LinkageError); -Xmx because the
# server.memory.* settings are read only by the bin/neo4j launcher.
jvm_flags=(
  "-Xms256m" "-Xmx$heap" -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow
  -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC
  -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
  -Djdk.tls.ephemeralDHKeySize=2048 -Djdk.tls.rejectClientInitiatedRenegotiation=true
  -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-exports=java.base/sun.nio.ch=ALL-UNNAMED
  --enable-native-access=ALL-UNNAMED
)

classpath() { echo "$home/plugins/*:$instance/conf/*:$home/lib/*"; }

pid_alive() { [[ -f $instance/neo4j.pid ]] && kill -0 "$(cat "$instance/neo4j.pid")" 2>/dev/null; }

print_env() {
  [[ -f $instance/env ]] || die "no server started in $instance"
  cat "$instance/env"
}

status() {
  pid_alive || return 1
  # shellcheck disable=SC1091
  local http; http=$(sed -n 's/^export KZGRAPH_TEST_NEO4J_HTTP=//p' "$instance/env")
  python3 - "$http" <<'PY'
import sys, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1] + "/", timeout=2) as r:
        sys.exit(0 if b"bolt" in r.read() else 1)
except Exception:
    sys.exit(1)
PY
}

start() {
  if pid_alive; then
    status || die "a server (pid $(cat "$instance/neo4j.pid")) is running in $instance but does not answer"
    print_env; return
  fi
  command -v "$java" >/dev/null || die "Java 17 or 21 is needed (set JAVA=/path/to/java)"
  build
  local bolt=${KZGRAPH_NEO4J_BOLT_PORT:-$(free_port)} http=${KZGRAPH_NEO4J_HTTP_PORT:-$(free_port)}
  write_conf "$bolt" "$http"
  local password=${NEO4J_PASSWORD:-}
  if [[ -z $password ]]; then
    if [[ -f $instance/password ]]; then password=$(cat "$instance/password")
    else password=kz-$(python3 -c 'import secrets; print(secrets.token_hex(8))'); fi
  fi
  (( ${#password} >= 8 )) || die "NEO4J_PASSWORD must have 8 characters or more"
  # The initial password takes effect only before the first start of a data
  # folder; a new password for an old folder starts it afresh.
  if [[ ! -f $instance/password || "$(cat "$instance/password")" != "$password" ]]; then
    rm -rf "$instance/data"; mkdir -p "$instance/data"
    NEO4J_HOME=$home NEO4J_CONF=$instance/conf "$java" "${jvm_flags[@]}" -cp "$(classpath)" \
      org.neo4j.server.startup.Neo4jAdminCommand dbms set-initial-password "$password" \
      >"$instance/logs/set-password.log" 2>&1 \
      || die "setting the initial password failed: $(tail -5 "$instance/logs/set-password.log")"
    (umask 077; printf '%s\n' "$password" > "$instance/password")
  fi
  NEO4J_HOME=$home NEO4J_CONF=$instance/conf nohup "$java" "${jvm_flags[@]}" -cp "$(classpath)" \
    org.neo4j.server.CommunityEntryPoint --home-dir="$home" --config-dir="$instance/conf" \
    >"$instance/logs/console.log" 2>&1 </dev/null &
  echo $! > "$instance/neo4j.pid"
  {
    echo "export KZGRAPH_TEST_NEO4J_URI=bolt://127.0.0.1:$bolt"
    echo "export KZGRAPH_TEST_NEO4J_HTTP=http://127.0.0.1:$http"
    echo "export NEO4J_PASSWORD=$password"
  } > "$instance/env"
  local waited=0
  until status; do
    pid_alive || die "Neo4j exited during start-up: $(tail -20 "$instance/logs/console.log")"
    (( waited++ < 240 )) || { stop; die "Neo4j did not answer within 120 s (log: $instance/logs/console.log)"; }
    sleep 0.5
  done
  echo "neo4j.sh: Neo4j $(basename "$(ls "$home"/lib/neo4j-kernel-5*.jar)" .jar | sed "s/neo4j-kernel-//") ready: bolt://127.0.0.1:$bolt, Browser http://127.0.0.1:$http/browser/ (user neo4j)" >&2
  print_env
}

stop() {
  pid_alive || { rm -f "$instance/neo4j.pid"; return 0; }
  local pid; pid=$(cat "$instance/neo4j.pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  rm -f "$instance/neo4j.pid"
}

case ${1:-} in
  build) build ;;
  start) start ;;
  stop) stop ;;
  env) print_env ;;
  status) status ;;
  *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
