#!/usr/bin/env bash
# A consultation at scale, on PostgreSQL: Costa Rica's demo consultation filled with 100,000 ideas and 1,000,000
# supports (10,000 people, 100 supports each), then
#   1. its page (first page of ideas, most supported first) read signed in: median, p90, p99;
#   2. supports posted as fast as WORKERS clients can, the app killed with SIGKILL in the middle of it, and every
#      acknowledged support looked for in the database afterwards.
#
#   ./mvnw -q package -DskipTests && bench/consultation.sh [JAR]
#
# Needs curl, psql, a local PostgreSQL cluster (PG_CLUSTER="15 main") and root or sudo for its postgres account.
# IDEAS=100000 SUPPORTS_PER_PERSON=100 PEOPLE=10000 REQUESTS=500 WORKERS=16 DURATION=20 KILL_AFTER=12 TIME_LIMIT=1200
# WRK_DURATION=15 (three wrk runs of supports, when wrk is installed)
# JFR=/abs/path.jfr: a JFR profile of the app (settings=profile), dumped just before the kill
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${1:-$(ls target/hemicycle-*.jar 2>/dev/null | grep -v -- '-plain' | head -1)}
[[ -f $jar ]] || { echo "no jar: build it with ./mvnw -q package -DskipTests" >&2; exit 2; }
ideas=${IDEAS:-100000} people=${PEOPLE:-10000} per_person=${SUPPORTS_PER_PERSON:-100}
requests=${REQUESTS:-500} workers=${WORKERS:-16} seconds=${DURATION:-20} kill_after=${KILL_AFTER:-12} wrk_seconds=${WRK_DURATION:-15}
heap=${HEAP:-512m}
read -r pg_version pg_name <<<"${PG_CLUSTER:-15 main}"
if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
elif [[ -n ${JAVA_HOME:-} ]]; then java=$JAVA_HOME/bin/java; else java=java; fi

tmp=$(mktemp -d /tmp/consultation-bench.XXXXXX)
log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
as_postgres() { if [[ $(id -u) == 0 ]]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres "$@"); fi; }
app_pid="" pg_db="" pg_started=""
cleanup() {
    local status=$?
    set +e
    [[ -n $app_pid ]] && kill -KILL "$app_pid" 2>/dev/null
    [[ -n $pg_db ]] && as_postgres psql -q -d postgres -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" -c "DROP ROLE IF EXISTS $pg_db"
    [[ -n $pg_started ]] && pg_ctlcluster "$pg_version" "$pg_name" stop
    if [[ $status != 0 || -n ${KEEP_TMP:-} ]]; then log "logs kept in $tmp"; else rm -rf "$tmp"; fi
    exit "$status"
}
trap cleanup EXIT
( sleep "${TIME_LIMIT:-1200}"; echo "time limit reached" >&2; kill -TERM $$ ) & disown

if ! pg_lsclusters -h | awk -v v="$pg_version" -v n="$pg_name" '$1 == v && $2 == n && $4 == "online" {f = 1} END {exit !f}'; then
    pg_ctlcluster "$pg_version" "$pg_name" start; pg_started=1
fi
pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" -v n="$pg_name" '$1 == v && $2 == n {print $3}')
pg_password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
pg_db=hemicycle_consultation_$$
as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE ROLE $pg_db LOGIN PASSWORD '$pg_password'" \
    -c "CREATE DATABASE $pg_db OWNER $pg_db"
sql() { PGPASSWORD=$pg_password psql -qtA -v ON_ERROR_STOP=1 -h localhost -p "$pg_port" -U "$pg_db" -d "$pg_db" "$@"; }

admin_password="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
port=18180; while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
base="http://127.0.0.1:$port"
start_app() {
    mkdir -p "$tmp/app"
    (cd "$tmp/app" && exec env HEMICYCLE_ADMIN_PASSWORD="$admin_password" HEMICYCLE_DB_URL="jdbc:postgresql://localhost:$pg_port/$pg_db" \
        HEMICYCLE_DB_USER="$pg_db" HEMICYCLE_DB_PASSWORD="$pg_password" HEMICYCLE_PARTICIPATION_PER_WINDOW=100000000 HEMICYCLE_PARTICIPATION_PER_ADDRESS_PER_WINDOW=100000000 \
        "$java" "-Xmx$heap" ${JFR:+-XX:StartFlightRecording=settings=profile} -jar "$OLDPWD/$jar" --server.port="$port" --spring.profiles.active=postgres) >>"$tmp/app.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 1800); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/parliaments/costa-rica" || true) == 200 ]] && return 0
        kill -0 "$app_pid" 2>/dev/null || { tail -n 30 "$tmp/app.log" >&2; exit 1; }
        sleep 0.1
    done
    log "the app did not start"; exit 1
}
log "starting $jar ($("$java" -version 2>&1 | head -1)), -Xmx$heap, PostgreSQL $pg_version on port $pg_port"
start_app

consultation=$(sql -c "select c.id from consultation c join action_plan p on p.id = c.plan_id join parliament pa on pa.id = p.parliament_id where pa.slug = 'costa-rica'")
plan=$(sql -c "select p.slug from consultation c join action_plan p on p.id = c.plan_id where c.id = $consultation")
page="$base/parliaments/costa-rica/plans/$plan/consultations/$consultation"

log "seeding $ideas ideas and $((people * per_person)) supports from $people people into consultation $consultation"
seed_started=$(date +%s)
sql <<SQL
insert into user_account (email, display_name, password_hash, enabled, security_version, created_at, language, email_confirmed_at)
select 'bench-' || g || '@bench.invalid', 'Bench person ' || g, 'no password: never signs in', true, 0, now(), 'es', now()
from generate_series(1, $people) g;
create temp table bench_person as
    select id, row_number() over (order by id) - 1 as n from user_account where email like 'bench-%@bench.invalid';
insert into idea (consultation_id, author_id, title, body, pillar, supports, created_at, kind, moderation, flags, flags_to_review, comments)
select $consultation, (select id from bench_person where n = g % $people), 'Idea ' || g || ' of the benchmark',
       'A proposal for the plan, written by the benchmark, number ' || g || ', long enough to look like one.', null, 0,
       now() - (g || ' seconds')::interval, 'IDEA', 'VISIBLE', 0, 0, 0
from generate_series(1, $ideas) g;
create temp table bench_idea as
    select id, row_number() over (order by id) - 1 as n from idea where consultation_id = $consultation and title like 'Idea % of the benchmark';
-- Everyone supports the first ten ideas; person n also supports the ideas after n*SUPPORTS_PER_PERSON (modulo the
-- ideas), so that a few ideas lead by far, as in a real consultation, and the rest have a few supports each.
insert into idea_support (idea_id, account_id, supported_at)
select i.id, p.id, now() from bench_person p cross join generate_series(0, $per_person - 1) k
join bench_idea i on i.n = (case when k < 10 then k else (p.n * $per_person + k) % $ideas end)
on conflict do nothing;
update idea set supports = s.c from (select idea_id, count(*) as c from idea_support group by idea_id) s where idea.id = s.idea_id;
analyze;
SQL
log "seeded in $(($(date +%s) - seed_started)) s: $(sql -c "select count(*) from idea where consultation_id = $consultation") ideas, $(sql -c "select count(*) from idea_support s join idea i on i.id = s.idea_id where i.consultation_id = $consultation") supports"

csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -sf --max-time 10 -c "$tmp/jar" -b "$tmp/jar" "$base/login" | csrf_of)
curl -s -o /dev/null --max-time 10 -c "$tmp/jar" -b "$tmp/jar" --data-urlencode email=admin@hemicycle.local \
    --data-urlencode "password=$admin_password" --data-urlencode "_csrf=$token" "$base/login"
cookie="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$tmp/jar")"
[[ $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/manage") == 200 ]] || { log "could not sign in"; exit 1; }

load() { "$java" bench/ConsultationLoad.java "$@"; }
log "warming up: $requests requests"
load latency "$page" "$cookie" "$requests" 2 >/dev/null
log "consultation page, signed in, one client:  $(load latency "$page" "$cookie" "$requests" 1)"
log "consultation page, signed in, 8 clients:   $(load latency "$page" "$cookie" "$((requests * 4))" 8)"
log "page 500 of the ideas, signed in, one client: $(load latency "$page?page=500" "$cookie" "$((requests / 5))" 1)"

# One session per client, as many people supporting at once have (one session shared by all would make every
# request wait on its lock and scan the others' pending flash messages).
: >"$tmp/sessions"
for w in $(seq 1 "$workers"); do
    jar="$tmp/jar-$w"
    token=$(curl -sf --max-time 10 -c "$jar" -b "$jar" "$base/login" | csrf_of)
    curl -s -o /dev/null --max-time 10 -c "$jar" -b "$jar" --data-urlencode email=admin@hemicycle.local \
        --data-urlencode "password=$admin_password" --data-urlencode "_csrf=$token" "$base/login"
    session="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")"
    echo "$session $(curl -sf -H "Cookie: $session" "$page" | csrf_of)" >>"$tmp/sessions"
done
admin=$(sql -c "select id from user_account where email = 'admin@hemicycle.local'")
sql -c "select i.id from idea i where i.consultation_id = $consultation and i.title like 'Idea % of the benchmark' and not exists (select 1 from idea_support s where s.idea_id = i.id and s.account_id = $admin) order by random() limit 60000" >"$tmp/ids"
# Throughput first, with wrk (a few per cent of one core) on half the ideas; then durability, with the Java client,
# which writes down each acknowledged support, on the other half, the app killed in the middle of it.
head -n 45000 "$tmp/ids" >"$tmp/ids-wrk"; tail -n +45001 "$tmp/ids" >"$tmp/ids-kill"
if command -v wrk >/dev/null; then
    for run in 1 2 3; do
        sed -n "$(( (run - 1) * 15000 + 1 )),$(( run * 15000 ))p" "$tmp/ids-wrk" >"$tmp/ids-run"
        log "supports with wrk -t2 -c$workers -d${wrk_seconds}s, run $run: $(THREADS=2 IDS="$tmp/ids-run" SESSIONS="$tmp/sessions" \
            CONSULTATION_PATH="${page#$base}" wrk -t2 -c"$workers" -d"${wrk_seconds}s" -s bench/supports.lua "$base" | tail -1)"
    done
else
    log "wrk is not installed (apt-get install wrk): the supports' throughput is measured by the Java client below only"
fi
log "supports: $workers clients for ${seconds}s, the app killed with SIGKILL after ${kill_after}s"
# JFR=file.jfr keeps a profile of the app up to the kill (a SIGKILL leaves none of its own).
( sleep "$kill_after"
  if [[ -n ${JFR:-} ]]; then "$(dirname "$(command -v "$java")")/jcmd" "$app_pid" JFR.dump filename="$JFR" >/dev/null; fi
  kill -KILL "$app_pid"; echo "[$(date +%T)] app killed" >&2 ) &
killer=$!
result=$(load supports "$page" "$tmp/sessions" "$tmp/ids-kill" "$workers" "$seconds" "$tmp/acked")
wait "$killer" || true
app_pid=""
acked=$(wc -l <"$tmp/acked")
sql -c "create table bench_acked (idea_id bigint)"
sql -c "\\copy bench_acked from '$tmp/acked'"
durable=$(sql -c "select count(*) from bench_acked a join idea_support s on s.idea_id = a.idea_id and s.account_id = $admin")
consistent=$(sql -c "select count(*) from idea i where i.consultation_id = $consultation and i.supports <> (select count(*) from idea_support s where s.idea_id = i.id)")
log "supports before the kill: $result"
log "acknowledged $acked, found in the database after the kill $durable, lost $((acked - durable)); ideas whose count differs from their supports: $consistent"
