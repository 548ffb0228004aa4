#!/usr/bin/env bash
# Throughput and latency of pages of the demo installation: by default the public page of its adopted
# plan read anonymously, beside nginx serving the same page's saved HTML, in one run; or several pages,
# signed in. See bench/README.md; figures go to docs/PERFORMANCE.md.
#
#   bench/plan-page.sh [JAR] [h2|postgres]
#   AS=point-of-contact PAGES="/parliaments/chile/plans/2025-2027 /manage/plans/1" bench/plan-page.sh
#
# JAR defaults to target/hemicycle-*.jar in the current directory, else in this script's checkout;
# the database to h2.
# Tunables (environment): PAGES (space-separated paths, measured in turn), AS=point-of-contact (signed in as
# Chile's point of contact, whom the script creates), WITH_NGINX=0|1 (default: only anonymous runs compare),
# DURATION=30 and WARMUP=30 (seconds of each wrk run), CONNECTIONS=50, THREADS=2, HEAP=512m,
# EXTRA_JAVA_OPTS (e.g. -Xlog:gc), EXTRA_APP_ARGS (e.g. --some.property=x, to try a setting), NGINX_WORKERS=1,
# STARTUP_LIMIT=180, TIME_LIMIT=900 (seconds for the whole run), PG_CLUSTER="15 main", KEEP_TMP=1 (keep logs),
# WAIT_QUIET=600 (first wait up to that many seconds for the machine to be under 10 % busy for 20 s),
# BENCH_JAVA (a java binary; otherwise Temurin 25, then $JAVA_HOME/bin/java, then java on PATH),
# ARCHIVE=0 (the plain jar; by default, as ./hemicycle does, the build's extracted jar with its archive for this JDK).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
page_path=/parliaments/chile/plans/2025-2027

jar="" db=h2
for arg in "$@"; do
    case $arg in
        h2|postgres) db=$arg ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) jar=$arg ;;
    esac
done
if [[ -z $jar ]]; then   # the current directory's build first, then this checkout's
    for candidate in target/hemicycle-*.jar "$here"/../target/hemicycle-*.jar; do
        [[ -f $candidate ]] && { jar=$candidate; break; }
    done
fi
[[ -n $jar && -f $jar ]] || { echo "no jar found: build with ./mvnw -q package -DskipTests or pass its path" >&2; exit 2; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")

duration=${DURATION:-30} warmup=${WARMUP:-30}
connections=${CONNECTIONS:-50} threads=${THREADS:-2}
heap=${HEAP:-512m} nginx_workers=${NGINX_WORKERS:-1}
startup_limit=${STARTUP_LIMIT:-180} time_limit=${TIME_LIMIT:-900}
read -r pg_version pg_name <<<"${PG_CLUSTER:-15 main}"

for tool in wrk nginx curl awk; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 2; }
done

if [[ -n ${BENCH_JAVA:-} ]]; then java=$BENCH_JAVA
elif [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
elif [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then java=$JAVA_HOME/bin/java
else java=java
fi

tmp=$(mktemp -d /tmp/plan-page-bench.XXXXXX)
chmod 755 "$tmp"   # nginx workers run as an unprivileged user and must read the saved page
log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

# ---- cleanup: everything started below is recorded here and stopped on any exit

app_pid="" nginx_pid="" watchdog_pid="" pg_db="" pg_started="" status=0

stop_pid() {   # pid, seconds to wait before SIGKILL
    local pid=$1 i
    kill -TERM "$pid" 2>/dev/null || return 0
    for ((i = 0; i < $2 * 10; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
}

as_postgres() {
    if [[ $(id -u) == 0 ]]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres "$@"); fi
}

cleanup() {
    status=$?
    set +e
    [[ -n $app_pid ]] && stop_pid "$app_pid" 20
    [[ -n $nginx_pid ]] && stop_pid "$nginx_pid" 5
    if [[ -n $pg_db ]]; then
        as_postgres psql -q -d postgres -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" -c "DROP ROLE IF EXISTS $pg_db"
    fi
    [[ -n $pg_started ]] && pg_ctlcluster "$pg_version" "$pg_name" stop
    [[ -n $watchdog_pid ]] && kill -TERM "$watchdog_pid" 2>/dev/null
    if [[ $status != 0 || -n ${KEEP_TMP:-} ]]; then
        log "logs kept in $tmp (app.log, wrk.log, nginx-error.log)"
    else
        rm -rf "$tmp"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'log "stopped by a signal"; exit 143' TERM INT HUP

# The whole run is bounded: a watchdog ends the script after TIME_LIMIT (+ WAIT_QUIET) seconds;
# each step is bounded too, so the signal is handled within one wrk run at most.
time_limit=$((time_limit + ${WAIT_QUIET:-0}))
( trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
  sleep "$time_limit" & sleeper=$!; wait "$sleeper"
  echo "time limit of ${time_limit}s reached" >&2; kill -TERM $$ ) &
watchdog_pid=$!

machine_ticks() {   # busy and total clock ticks of all cores since boot
    awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; exit}' /proc/stat
}

free_port() {   # first port from $1 on which nothing listens
    local port=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
}

# ---- a quiet machine first, if asked (WAIT_QUIET=seconds): under 10 % busy for 20 s in a row

if [[ -n ${WAIT_QUIET:-} ]]; then
    waited=0 quiet=0
    while ((quiet < 4)); do
        read -r -a q0 < <(machine_ticks); sleep 5; read -r -a q1 < <(machine_ticks)
        busy=$(((q1[0] - q0[0]) * 100 / (q1[1] - q0[1] + 1)))
        if ((busy < 10)); then quiet=$((quiet + 1)); else quiet=0; fi
        waited=$((waited + 5))
        ((waited < WAIT_QUIET)) || { log "machine still ${busy}% busy after ${WAIT_QUIET}s: running anyway"; break; }
        ((waited % 60)) || log "machine ${busy}% busy, waiting"
    done
fi

# ---- the database

declare -a app_env=(HEMICYCLE_ADMIN_PASSWORD="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')")
declare -a app_args=()
if [[ $db == postgres ]]; then
    command -v pg_lsclusters >/dev/null || { echo "PostgreSQL is not installed" >&2; exit 2; }
    if ! pg_lsclusters -h | awk -v v="$pg_version" -v n="$pg_name" '$1 == v && $2 == n && $4 == "online" {found = 1} END {exit !found}'; then
        log "starting PostgreSQL cluster $pg_version/$pg_name"
        pg_ctlcluster "$pg_version" "$pg_name" start
        pg_started=1
    fi
    pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" -v n="$pg_name" '$1 == v && $2 == n {print $3}')
    pg_password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    pg_db=hemicycle_bench_$$
    as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres \
        -c "CREATE ROLE $pg_db LOGIN PASSWORD '$pg_password'" -c "CREATE DATABASE $pg_db OWNER $pg_db"
    log "created throwaway database and role $pg_db on port $pg_port"
    app_env+=(HEMICYCLE_DB_URL="jdbc:postgresql://localhost:$pg_port/$pg_db"
              HEMICYCLE_DB_USER="$pg_db" HEMICYCLE_DB_PASSWORD="$pg_password")
    app_args+=(--spring.profiles.active=postgres)
elif [[ $db != h2 ]]; then
    echo "database must be h2 or postgres" >&2; exit 2
fi

# CPU accounting, in clock ticks: who used the machine during the start and the measured runs. The load
# average cannot tell whether something else (a build, say) took CPU: the app's own busy threads count in it.
ticks_of() {   # pids -> user + system ticks of these processes
    local pid
    for pid in "$@"; do
        [[ -n $pid ]] || continue
        awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$pid/stat" 2>/dev/null || true
    done | awk '{s += $1} END {print s + 0}'
}
server_ticks() {   # the app, and nginx with its workers once it runs
    if [[ -n $nginx_pid ]]; then ticks_of "$app_pid" "$nginx_pid" $(cat /proc/"$nginx_pid"/task/*/children 2>/dev/null)
    else ticks_of "$app_pid"; fi
}
db_ticks() {   # the PostgreSQL server's processes (H2 runs inside the app)
    if [[ $db == postgres ]]; then ticks_of $(ps -u postgres -o pid= 2>/dev/null); else echo 0; fi
}
children_ticks() {   # file written by `times` in this shell -> user + system ticks of the children it waited for (wrk, curl)
    awk -v hz="$(getconf CLK_TCK)" 'NR == 2 {
        t = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); t += (p[1] * 60 + p[2]) * hz } print int(t) }' "$1"
}

# ---- the app: fresh working directory (so a fresh H2 file database), time to the first 200

app_port=$(free_port 18080)
app_url="http://127.0.0.1:$app_port$page_path"
java_version=$("$java" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
# As ./hemicycle starts it: the extracted jar beside the given one, with the build's Spring AOT context and the
# JVM's archive of the training run for this JDK (ARCHIVE=0: the plain jar, as before).
declare -a launch_opts=()
launch="plain jar"
extracted=$(ls "$(dirname "$jar")"/hemicycle/"$(basename "$jar")" 2>/dev/null || true)
if [[ ${ARCHIVE:-1} == 1 && -n $extracted ]]; then
    if [[ ${java_version%%.*} -ge 24 && -f $(dirname "$extracted")/hemicycle.aot ]]; then
        launch_opts=(-XX:AOTCache="$(dirname "$extracted")/hemicycle.aot" -Dspring.aot.enabled=true)
    elif [[ ${java_version%%.*} -lt 24 && -f $(dirname "$extracted")/hemicycle.jsa ]]; then
        launch_opts=(-XX:SharedArchiveFile="$(dirname "$extracted")/hemicycle.jsa" -Dspring.aot.enabled=true)
    fi
    if ((${#launch_opts[@]})); then jar=$extracted; launch="extracted jar, Spring AOT, ${launch_opts[0]%%=*}"; fi
fi
java_vendor=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.vendor = / {print $2; exit}')
commit=-
if git -C "$(dirname "$jar")" rev-parse --short HEAD >/dev/null 2>&1; then
    commit=$(git -C "$(dirname "$jar")" rev-parse --short HEAD)
    git -C "$(dirname "$jar")" diff --quiet HEAD 2>/dev/null || commit="$commit+changes"
fi
load_before=$(load_average)

mkdir "$tmp/app"
log "starting $jar on port $app_port with $java ($java_version), -Xmx$heap, $db"
read -r -a start_m0 < <(machine_ticks); start_d0=$(db_ticks); times >"$tmp/times_s0"
started_ns=$(date +%s%N)
read -r -a extra_java_opts <<<"${EXTRA_JAVA_OPTS:-}"   # split on spaces, without globbing
read -r -a extra_app_args <<<"${EXTRA_APP_ARGS:-}"
(cd "$tmp/app" && exec env "${app_env[@]}" "$java" "-Xmx$heap" "${launch_opts[@]}" "${extra_java_opts[@]}" -jar "$jar" \
    --server.port="$app_port" "${app_args[@]}" "${extra_app_args[@]}") >"$tmp/app.log" 2>&1 &
app_pid=$!

first_page_s=""
while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$app_url" || true)
    elapsed_ns=$(($(date +%s%N) - started_ns))
    if [[ $code == 200 ]]; then
        first_page_s=$(awk -v ns="$elapsed_ns" 'BEGIN {printf "%.1f", ns / 1e9}')
        break
    fi
    if ! kill -0 "$app_pid" 2>/dev/null; then
        log "the app exited before serving the page; last lines of its log:"; tail -n 30 "$tmp/app.log" >&2; exit 1
    fi
    if ((elapsed_ns > startup_limit * 1000000000)); then
        log "no 200 on $page_path after ${startup_limit}s (last status $code)"; tail -n 30 "$tmp/app.log" >&2; exit 1
    fi
    sleep 0.1
done
read -r -a start_m1 < <(machine_ticks); times >"$tmp/times_s1"   # the app, the database, and the polling curls
start_other=$(awk -v busy=$((start_m1[0] - start_m0[0])) -v total=$((start_m1[1] - start_m0[1])) \
    -v ours=$(($(ticks_of "$app_pid") + $(db_ticks) - start_d0 + $(children_ticks "$tmp/times_s1") - $(children_ticks "$tmp/times_s0"))) \
    'BEGIN {other = busy - ours; if (other < 0) other = 0; printf "%.0f", 100 * other / total}')
log "first 200 on the plan page ${first_page_s}s after process start (other processes: ${start_other}% of the machine)"

# ---- signed in, if asked (AS=point-of-contact): the first admin creates a Chile point of contact, who signs in

declare -a auth=()
base="http://127.0.0.1:$app_port"
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
sign_in() {   # cookie jar, email, password -> prints the session cookie, signed in
    local jar=$1 token
    token=$(curl -sf --max-time 10 -c "$jar" -b "$jar" "$base/login" | csrf_of)
    curl -s -o /dev/null --max-time 10 -c "$jar" -b "$jar" --data-urlencode "email=$2" \
        --data-urlencode "password=$3" --data-urlencode "_csrf=$token" "$base/login"
    awk '$6 == "JSESSIONID" {print $7}' "$jar"
}
case ${AS:-} in
    "") ;;
    point-of-contact)
        admin_password=${app_env[0]#HEMICYCLE_ADMIN_PASSWORD=}
        sign_in "$tmp/admin.jar" admin@hemicycle.local "$admin_password" >/dev/null
        token=$(curl -sf --max-time 10 -b "$tmp/admin.jar" "$base/admin/users/new" | csrf_of)
        contact_password="Bench-contact-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
        account=$(curl -s -o /dev/null -w '%{redirect_url}' --max-time 10 -b "$tmp/admin.jar" \
            --data-urlencode email=contact@bench.invalid --data-urlencode "displayName=Bench contact" \
            --data-urlencode "password=$contact_password" --data-urlencode platformRole= \
            --data-urlencode "_csrf=$token" "$base/admin/users")
        grant_page=$(curl -sf --max-time 10 -b "$tmp/admin.jar" "$account")
        chile=$(grep -o '<option value="[0-9]*">[^<]*Chile' <<<"$grant_page" | grep -o '[0-9][0-9]*' | head -1)
        curl -s -o /dev/null --max-time 10 -b "$tmp/admin.jar" --data-urlencode "parliamentId=$chile" \
            --data-urlencode role=POINT_OF_CONTACT --data-urlencode "_csrf=$(csrf_of <<<"$grant_page")" "$account/grants"
        session=$(sign_in "$tmp/contact.jar" contact@bench.invalid "$contact_password")
        [[ -n $session && $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$base/manage") == 200 ]] \
            || { log "could not sign in as Chile's point of contact"; exit 1; }
        auth=(-H "Cookie: JSESSIONID=$session")
        log "signed in as Chile's point of contact (account $account)" ;;
    *) echo "AS must be point-of-contact" >&2; exit 2 ;;
esac
# The pages to measure, in turn, in the same run (PAGES, space-separated; the plan page by default).
read -r -a pages <<<"${PAGES:-$page_path}"
# nginx serving the same bytes is the yardstick of public pages; signed-in pages are held to absolute targets.
with_nginx=${WITH_NGINX:-$([[ -z ${AS:-} ]] && echo 1 || echo 0)}

# ---- nginx serving the saved HTML of every page under the same path

mkdir "$tmp/www"
for ((n = 0; n < ${#pages[@]}; n++)); do   # saved as page0.html, page1.html… (one path may be a prefix of another)
    code=$(curl -s --max-time 10 "${auth[@]}" -o "$tmp/www/page$n.html" -w '%{http_code}' "$base${pages[n]}")
    [[ $code == 200 ]] || { log "${pages[n]} answered $code${AS:+ signed in as $AS}"; exit 1; }
done
chmod -R a+rX "$tmp/www"
nginx_port=$(free_port $((app_port + 1)))
if [[ $with_nginx == 1 ]]; then
    cat >"$tmp/nginx.conf" <<NGINX
# Generated by bench/plan-page.sh. worker_processes from NGINX_WORKERS (1 by default): wrk runs on the same cores.
worker_processes $nginx_workers;
daemon off;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    charset utf-8;
    sendfile on;
    client_body_temp_path $tmp/nginx-body;
    proxy_temp_path $tmp/nginx-proxy;
    fastcgi_temp_path $tmp/nginx-fastcgi;
    uwsgi_temp_path $tmp/nginx-uwsgi;
    scgi_temp_path $tmp/nginx-scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $tmp/www;
    }
}
NGINX
    nginx -e "$tmp/nginx-error.log" -p "$tmp" -c "$tmp/nginx.conf" &
    nginx_pid=$!
    for ((i = 0; i < 50; i++)); do
        curl -sf --max-time 2 -o /dev/null "http://127.0.0.1:$nginx_port/page0.html" && break
        kill -0 "$nginx_pid" 2>/dev/null || { log "nginx failed:"; cat "$tmp/nginx-error.log" >&2; exit 1; }
        sleep 0.1
    done
    log "nginx (worker_processes $nginx_workers) on port $nginx_port"
fi

# ---- load: for each page, warm up, then measure the app and nginx in turn

run_wrk() {   # label, url, seconds, [wrk options] -> wrk's report in $tmp/$label.out, its SUMMARY line in $tmp/$label.summary
    local label=$1 url=$2 seconds=$3 m0 m1 s0 s1 d0 d1 w0 w1
    shift 3
    echo "== $label: wrk -t$threads -c$connections -d${seconds}s --timeout 10s --latency $url" >>"$tmp/wrk.log"
    read -r -a m0 < <(machine_ticks); s0=$(server_ticks); d0=$(db_ticks); times >"$tmp/times0"
    timeout $((seconds + 60)) wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s --latency \
        -s "$here/summary.lua" "$@" "$url" >"$tmp/$label.out"
    read -r -a m1 < <(machine_ticks); s1=$(server_ticks); d1=$(db_ticks); times >"$tmp/times1"
    w0=$(children_ticks "$tmp/times0"); w1=$(children_ticks "$tmp/times1")
    cat "$tmp/$label.out" >>"$tmp/wrk.log"
    # Shares of the whole machine (all cores = 100 %): busy, the server under test (app or nginx), wrk, the
    # database server, and other processes, which this script did not start; then the CPU the server and the
    # database spent per answered request.
    awk -v busy=$((m1[0] - m0[0])) -v total=$((m1[1] - m0[1])) -v server=$((s1 - s0)) -v wrk=$((w1 - w0)) \
        -v dbs=$((d1 - d0)) -v hz="$(getconf CLK_TCK)" \
        -v requests="$(grep -o 'SUMMARY requests=[0-9]*' "$tmp/$label.out" | cut -d= -f2)" \
        'BEGIN {other = busy - server - wrk - dbs; if (other < 0) other = 0
            printf " busy_pct=%.0f server_pct=%.0f wrk_pct=%.0f db_pct=%.0f other_pct=%.0f cpu_ms=%.2f", 100 * busy / total,
                100 * server / total, 100 * wrk / total, 100 * dbs / total, 100 * other / total,
                (requests > 0 ? 1000 * (server + dbs) / hz / requests : 0)}' >"$tmp/$label.cpu"
    { grep '^SUMMARY ' "$tmp/$label.out" | tr -d '\n'; cat "$tmp/$label.cpu"; echo; } >"$tmp/$label.summary"
}
field() { tr ' ' '\n' <"$tmp/$1.summary" | awk -F= -v k="$2" '$1 == k {print $2}'; }
page_of() { echo "${pages[${1//[a-z]/}]}"; }   # label (app0, nginx1…) -> its page

labels=()
for ((n = 0; n < ${#pages[@]}; n++)); do
    path=${pages[n]}
    log "page $path: $(wc -c <"$tmp/www/page$n.html") bytes${AS:+, signed in as $AS}; warming up (${warmup}s)"
    run_wrk "app$n-warmup" "$base$path" "$warmup" "${auth[@]}"
    [[ $with_nginx == 1 ]] && run_wrk "nginx$n-warmup" "http://127.0.0.1:$nginx_port/page$n.html" "$warmup"
    log "measuring the app (${duration}s)"
    run_wrk "app$n" "$base$path" "$duration" "${auth[@]}"
    labels+=("app$n")
    if [[ $with_nginx == 1 ]]; then
        log "measuring nginx (${duration}s)"
        run_wrk "nginx$n" "http://127.0.0.1:$nginx_port/page$n.html" "$duration"
        labels+=("nginx$n")
    fi
done
load_after=$(load_average)

# ---- report

for label in "${labels[@]}"; do
    printf '\n--- %s %s: wrk -t%s -c%s -d%ss --timeout 10s --latency\n' "$label" "$(page_of "$label")" "$threads" "$connections" "$duration"
    grep -v '^SUMMARY ' "$tmp/$label.out"
done

cat <<REPORT

== Pages benchmark ($db${AS:+, signed in as $AS})
date            $(date -u +%Y-%m-%dT%H:%MZ)
java            $java_vendor $java_version, -Xmx$heap ${EXTRA_JAVA_OPTS:-}${EXTRA_APP_ARGS:+ (app arguments: $EXTRA_APP_ARGS)}
jar             $jar (commit $commit; $launch)
machine         $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); wrk, nginx and the app share them
load average    $load_before at start, $load_after at the end
                (the app's own threads count in it once wrk runs: see "other" below instead)
first page      ${first_page_s} s from process start to the first 200 (other processes meanwhile: ${start_other} %)

                                              req/s   p50 ms   p99 ms  non-2xx sock.err CPU ms/req
REPORT
for label in "${labels[@]}"; do
    printf '%-7s %-34s %9s %8s %8s %8s %8s %8s\n' "$label" "$(page_of "$label")" "$(field "$label" rps)" "$(field "$label" p50_ms)" \
        "$(field "$label" p99_ms)" "$(field "$label" non2xx)" "$(field "$label" socket_errors)" "$(field "$label" cpu_ms)"
done
printf '\n%-38s %5s %7s %5s %5s %6s\n' "CPU, % of the machine (all cores)" busy server wrk db other
for label in "${labels[@]}"; do
    printf '  %-36s %5s %7s %5s %5s %6s\n' "during the $label run" "$(field "$label" busy_pct)" \
        "$(field "$label" server_pct)" "$(field "$label" wrk_pct)" "$(field "$label" db_pct)" "$(field "$label" other_pct)"
done
echo '  ("other": processes this script did not start; above a few % the run was disturbed.'
echo '   CPU ms/req: CPU of the server, and of the database server, divided by the requests answered.)'

# The performance issue's targets: signed-in pages ≥ 1,500 req/s with p99 ≤ 100 ms; public pages read
# anonymously ≥ 35 % of nginx's rate in the same run; the first page < 5 s on JDK 25, < 8 s before.
first_target=$(awk -v v="$java_version" 'BEGIN {print (v + 0 >= 25 ? 5 : 8)}')
printf '\ntargets         first page: %s (< %s s)\n' \
    "$(awk -v f="$first_page_s" -v t="$first_target" 'BEGIN {print (f < t ? "meets" : "MISSES")}')" "$first_target"
for ((n = 0; n < ${#pages[@]}; n++)); do
    if [[ -n ${AS:-} ]]; then
        printf '                %s: %s\n' "${pages[n]}" "$(awk -v r="$(field "app$n" rps)" -v p="$(field "app$n" p99_ms)" \
            'BEGIN {printf "%s (≥ 1500 req/s), %s (p99 ≤ 100 ms)", (r >= 1500 ? "meets" : "MISSES"), (p <= 100 ? "meets" : "MISSES")}')"
    elif [[ $with_nginx == 1 ]]; then
        printf '                %s: app at %s\n' "${pages[n]}" "$(awk -v a="$(field "app$n" rps)" -v g="$(field "nginx$n" rps)" \
            'BEGIN {printf "%.0f %% of nginx, %s (≥ 35 %%)", 100 * a / g, (a / g >= 0.35 ? "meets" : "MISSES")}')"
    fi
done

echo
for ((n = 0; n < ${#pages[@]}; n++)); do
    nginx_cells="– | – | –"
    if [[ $with_nginx == 1 ]]; then
        nginx_cells="$(field "nginx$n" rps) | $(field "nginx$n" p50_ms) / $(field "nginx$n" p99_ms) | $(awk \
            -v a="$(field "app$n" rps)" -v g="$(field "nginx$n" rps)" 'BEGIN {printf "%.0f %%", 100 * a / g}')"
    fi
    echo "| $(date -u +%H:%M) | $java_version | $commit | $db | -Xmx$heap | ${AS:-anonymous} | ${pages[n]} | $(field "app$n" rps) | $(field "app$n" p50_ms) / $(field "app$n" p99_ms) | $(field "app$n" cpu_ms) | $nginx_cells | $first_page_s s | $start_other % / $(field "app$n" other_pct) % |"
done
