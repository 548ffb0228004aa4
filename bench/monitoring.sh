#!/usr/bin/env bash
# Monitoring at scale, on PostgreSQL: Chile's demo plan grown to 10 commitments, 100 activities and 5,000 progress
# updates, then read signed in (the path no page cache serves): the plan page, a commitment page (500 updates), the
# plan dashboard, each at one client (median, p90, p99), and the end-of-term report as a PDF.
#
#   ./mvnw -q package -DskipTests && bench/monitoring.sh [JAR]
#
# Needs curl, psql, a local PostgreSQL cluster (PG_CLUSTER="15 main") and root or sudo for its postgres account.
# COMMITMENTS=10 (at most 10: Annex A numbers them 1 to 10) ACTIVITIES_PER_COMMITMENT=10 UPDATES=5000 REQUESTS=300
# PDF_REQUESTS=20 HEAP=512m TIME_LIMIT=900
# PAGE_CACHE=false: every request rendered (the default here, which is what the figures are about); PAGE_CACHE=true
# measures what a signed-in person gets with the page cache on, its copies kept per set of roles for seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${1:-$(ls target/hemicycle-*.jar 2>/dev/null | grep -v -- '-plain' | head -1)}
[[ -f $jar ]] || { echo "no jar: build it with ./mvnw -q package -DskipTests" >&2; exit 2; }
commitments=${COMMITMENTS:-10}; (( commitments <= 10 )) || { echo "COMMITMENTS: at most 10" >&2; exit 2; }
per_commitment=${ACTIVITIES_PER_COMMITMENT:-10} updates=${UPDATES:-5000}
requests=${REQUESTS:-300} pdf_requests=${PDF_REQUESTS:-20} heap=${HEAP:-512m}
read -r pg_version pg_name <<<"${PG_CLUSTER:-15 main}"
if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
elif [[ -n ${JAVA_HOME:-} ]]; then java=$JAVA_HOME/bin/java; else java=java; fi

tmp=$(mktemp -d /tmp/monitoring-bench.XXXXXX)
log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
as_postgres() { if [[ $(id -u) == 0 ]]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres "$@"); fi; }
app_pid="" pg_db="" pg_started="" watchdog=""
cleanup() {
    local status=$?
    set +e
    [[ -n $app_pid ]] && kill -KILL "$app_pid" 2>/dev/null
    [[ -n $watchdog ]] && kill "$watchdog" 2>/dev/null
    [[ -n $pg_db ]] && as_postgres psql -q -d postgres -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" -c "DROP ROLE IF EXISTS $pg_db"
    [[ -n $pg_started ]] && pg_ctlcluster "$pg_version" "$pg_name" stop
    if [[ $status != 0 || -n ${KEEP_TMP:-} ]]; then log "logs kept in $tmp"; else rm -rf "$tmp"; fi
    exit "$status"
}
trap cleanup EXIT
( sleep "${TIME_LIMIT:-900}"; echo "time limit reached" >&2; kill -TERM $$ ) & watchdog=$!; disown

if ! pg_lsclusters -h | awk -v v="$pg_version" -v n="$pg_name" '$1 == v && $2 == n && $4 == "online" {f = 1} END {exit !f}'; then
    pg_ctlcluster "$pg_version" "$pg_name" start; pg_started=1
fi
pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" -v n="$pg_name" '$1 == v && $2 == n {print $3}')
pg_password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
pg_db=hemicycle_monitoring_$$
as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE ROLE $pg_db LOGIN PASSWORD '$pg_password'" \
    -c "CREATE DATABASE $pg_db OWNER $pg_db"
sql() { PGPASSWORD=$pg_password psql -qtA -v ON_ERROR_STOP=1 -h localhost -p "$pg_port" -U "$pg_db" -d "$pg_db" "$@"; }

admin_password="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
port=18280; while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
base="http://127.0.0.1:$port"
start_app() {
    mkdir -p "$tmp/app"
    (cd "$tmp/app" && exec env HEMICYCLE_ADMIN_PASSWORD="$admin_password" HEMICYCLE_DB_URL="jdbc:postgresql://localhost:$pg_port/$pg_db" \
        HEMICYCLE_DB_USER="$pg_db" HEMICYCLE_DB_PASSWORD="$pg_password" \
        "$java" "-Xmx$heap" -jar "$OLDPWD/$jar" --server.port="$port" --spring.profiles.active=postgres \
        --hemicycle.page-cache.enabled="${PAGE_CACHE:-false}") >>"$tmp/app.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 1800); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/parliaments/chile" || true) == 200 ]] && return 0
        kill -0 "$app_pid" 2>/dev/null || { tail -n 30 "$tmp/app.log" >&2; exit 1; }
        sleep 0.1
    done
    log "the app did not start"; exit 1
}
stop_app() { kill -TERM "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

log "starting $jar ($("$java" -version 2>&1 | head -1)), -Xmx$heap, page cache ${PAGE_CACHE:-false}, PostgreSQL $pg_version on port $pg_port: the demo data"
start_app
# Seeded with the app stopped, so that nothing it keeps in memory was read before the rows came.
stop_app
plan_slug=2025-2027
plan=$(sql -c "select p.id from action_plan p join parliament pa on pa.id = p.parliament_id where pa.slug = 'chile' and p.slug = '$plan_slug'")
log "growing plan $plan to $commitments commitments, $((commitments * per_commitment)) activities, $updates progress updates"
sql <<SQL
do \$\$
declare
    commitment_columns text;
    activity_columns text;
    update_columns text;
    template_commitment bigint;
    template_activity bigint;
    template_update bigint;
    existing int;
    c record;
begin
    select string_agg(quote_ident(column_name), ', ') into commitment_columns from information_schema.columns
        where table_name = 'commitment' and column_name not in ('id', 'plan_id', 'number');
    select string_agg(quote_ident(column_name), ', ') into activity_columns from information_schema.columns
        where table_name = 'activity' and column_name not in ('id', 'commitment_id', 'position');
    select string_agg('t.' || quote_ident(column_name), ', ') into update_columns from information_schema.columns
        where table_name = 'progress_update' and column_name not in ('id', 'plan_id', 'commitment_id', 'activity_id', 'posted_at');
    select id into template_commitment from commitment where plan_id = $plan order by number limit 1;
    select max(number) into existing from commitment where plan_id = $plan;
    for i in existing + 1 .. $commitments loop
        execute format('insert into commitment (plan_id, number, %s) select plan_id, %s, %s from commitment where id = %s',
            commitment_columns, i, commitment_columns, template_commitment);
    end loop;
    select a.id into template_activity from activity a join commitment k on k.id = a.commitment_id where k.plan_id = $plan
        order by a.id limit 1;
    for c in select id from commitment where plan_id = $plan loop
        select coalesce(max(position), 0) into existing from activity where commitment_id = c.id;
        for i in existing + 1 .. $per_commitment loop
            execute format('insert into activity (commitment_id, position, %s) select %s, %s, %s from activity where id = %s',
                activity_columns, c.id, i, activity_columns, template_activity);
        end loop;
    end loop;
    select u.id into template_update from progress_update u where u.plan_id = $plan and u.activity_id is not null order by u.id limit 1;
    select count(*) into existing from progress_update where plan_id = $plan;
    execute format('with acts as (select a.id, a.commitment_id, row_number() over (order by a.id) - 1 as k
                                  from activity a join commitment k on k.id = a.commitment_id where k.plan_id = %s)
                    insert into progress_update (plan_id, commitment_id, activity_id, posted_at, %s)
                    select %s, acts.commitment_id, acts.id, now() - make_interval(mins => g), %s
                    from generate_series(1, %s) g
                    join acts on acts.k = g %% (select count(*) from acts)
                    cross join (select * from progress_update where id = %s) t',
        $plan, replace(update_columns, 't.', ''), $plan, update_columns, greatest($updates - existing, 0), template_update);
end
\$\$;
analyze commitment, activity, progress_update;
SQL
log "the plan now holds: $(sql -c "select (select count(*) from commitment where plan_id = $plan) || ' commitments, '
    || (select count(*) from activity a join commitment c on c.id = a.commitment_id where c.plan_id = $plan) || ' activities, '
    || (select count(*) from progress_update where plan_id = $plan) || ' progress updates'")"
start_app

csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -sf --max-time 10 -c "$tmp/jar" -b "$tmp/jar" "$base/login" | csrf_of)
curl -s -o /dev/null --max-time 10 -c "$tmp/jar" -b "$tmp/jar" --data-urlencode email=admin@hemicycle.local \
    --data-urlencode "password=$admin_password" --data-urlencode "_csrf=$token" "$base/login"
cookie="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$tmp/jar")"
[[ $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/manage") == 200 ]] || { log "could not sign in"; exit 1; }

load() { "$java" bench/ConsultationLoad.java "$@"; }
plan_page="$base/parliaments/chile/plans/$plan_slug"
for page in "$plan_page" "$plan_page/commitments/1" "$plan_page/dashboard"; do
    [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$page") == 200 ]] || { log "$page did not answer 200"; exit 1; }
    load latency "$page" "$cookie" "$requests" 1 >/dev/null
    log "${page#"$base"}, signed in, one client: $(load latency "$page" "$cookie" "$requests" 1)"
done
pdf="$plan_page/reports/end-of-term.pdf"
load latency "$pdf" "$cookie" 5 1 >/dev/null
log "${pdf#"$base"}, signed in, one client: $(load latency "$pdf" "$cookie" "$pdf_requests" 1)"
curl -s -H "Cookie: $cookie" -o "$tmp/end-of-term.pdf" "$pdf"
log "the PDF: $(stat -c %s "$tmp/end-of-term.pdf") bytes"
