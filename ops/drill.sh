# Shared by the drills: the application on a database of its own, started as in production (the WAR on
# Payara Micro), and a visitor sending the website form with curl (view state and form key followed).
DRILL_DB=${DRILL_DB:-ektefaa_drill}
DRILL_PORT=${DRILL_PORT:-28080}
DRILL_WORK=${DRILL_WORK:-$(mktemp -d)}
MICRO=$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar
APP_PID=""
mkdir -p "$DRILL_WORK"
sql() { mariadb -h127.0.0.1 -uroot --batch --skip-column-names "$@"; }

DRILL_PASSWORD=drill-only-password
fresh_database() {
    sql -e "drop database if exists $DRILL_DB; create database $DRILL_DB character set utf8mb4 collate utf8mb4_unicode_ci;
        create user if not exists '$DRILL_DB'@'%' identified by '$DRILL_PASSWORD';
        create user if not exists '$DRILL_DB'@'localhost' identified by '$DRILL_PASSWORD';
        create user if not exists '$DRILL_DB'@'127.0.0.1' identified by '$DRILL_PASSWORD';
        grant all on $DRILL_DB.* to '$DRILL_DB'@'%'; grant all on $DRILL_DB.* to '$DRILL_DB'@'localhost';
        grant all on $DRILL_DB.* to '$DRILL_DB'@'127.0.0.1'"
}

start_app() {
    [[ -f webapp/target/ektefaa.war ]] || { echo "webapp/target/ektefaa.war is missing: mvn package -DskipTests"; exit 2; }
    EKTEFAA_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DRILL_DB" EKTEFAA_DB_USER=$DRILL_DB EKTEFAA_DB_PASSWORD=$DRILL_PASSWORD \
    EKTEFAA_DATA_DIR=$DRILL_WORK/data EKTEFAA_PUBLIC_REQUESTS_PER_HOUR=1000000 EKTEFAA_ADMIN_PASSWORD=drill-admin-2026 \
        java -Xmx768m -jar "$MICRO" --nocluster --port "$DRILL_PORT" --sslport $((DRILL_PORT + 1)) \
        --rootdir "$DRILL_WORK/payara" --prebootcommandfile webapp/src/main/payara/pre-boot-commands.asadmin \
        --deploy webapp/target/ektefaa.war --contextroot / >> "$DRILL_WORK/payara.log" 2>&1 &
    APP_PID=$!
    local started=$SECONDS
    until curl -fs -o /dev/null "http://127.0.0.1:$DRILL_PORT/health/ready"; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$DRILL_WORK/payara.log"; echo "DRILL FAILED: the application stopped"; exit 1; }
        (( SECONDS - started < 300 )) || { echo "DRILL FAILED: not ready in 5 minutes"; exit 1; }
        sleep 1
    done
}

stop_app() {
    if [[ -n $APP_PID ]]; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

# submit <n> <subject>: sends the website form once; prints "OK <tracking>" or "FAIL <http status> <file with the answer>".
submit() {
    local n=$1 subject=$2 jar page state key answer code
    jar=$(mktemp -p "$DRILL_WORK")
    page=$(curl -s --max-time 20 -c "$jar" -b "$jar" "http://127.0.0.1:$DRILL_PORT/public/request.xhtml") || true
    state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
    key=$(grep -o '<input[^>]*name="publicRequest:formKey"[^>]*>' <<<"$page" | grep -o 'value="[^"]*"' | sed 's/value="//; s/"$//')
    answer=$DRILL_WORK/answer-$n.html
    code=$(curl -s --max-time 20 -o "$answer" -w '%{http_code}' -c "$jar" -b "$jar" \
        --data-urlencode "publicRequest=publicRequest" --data-urlencode "publicRequest:type=INQUIRY" \
        --data-urlencode "publicRequest:name=زائر التمرين $n" --data-urlencode "publicRequest:mobile=0559$(printf '%06d' "$n")" \
        --data-urlencode "publicRequest:subject=$subject" --data-urlencode "publicRequest:details=" \
        --data-urlencode "publicRequest:website=" --data-urlencode "publicRequest:consent_input=on" \
        --data-urlencode "publicRequest:formKey=$key" \
        --data-urlencode "publicRequest:send=" --data-urlencode "jakarta.faces.ViewState=$state" \
        "http://127.0.0.1:$DRILL_PORT/public/request.xhtml") || code=000
    rm -f "$jar"
    local tracking
    tracking=$(grep -o 'id="publicTracking"[^>]*>[^<]*' "$answer" 2>/dev/null | sed 's/.*>//')
    if [[ -n $tracking ]]; then
        rm -f "$answer"
        echo "OK $tracking"
    else
        echo "FAIL $code $answer"
    fi
}

# A request is whole when it has its first timeline step (written with it) and its reporting fact (written after the
# commit from the event recorded with it: waiting events are delivered first, within a minute of the restart).
half_written() {
    local waited=0
    while [[ $(sql "$DRILL_DB" -e "select count(*) from plt_event_delivery") != 0 ]] && (( waited < 60 )); do
        sleep 1; waited=$((waited + 1))
    done
    sql "$DRILL_DB" -e "select count(*) from req_request r where not exists (select 1 from req_request_step s where s.request_id = r.id)
        or not exists (select 1 from rep_request_fact f where f.request_id = r.id)"
}

# Every tracking number the website gave a visitor is stored.
missing_of() {
    local missing=0 t
    for t in $(grep '^OK ' "$1" | cut -d' ' -f2); do
        [[ $(sql "$DRILL_DB" -e "select count(*) from req_request where tracking_number = '$t'") == 1 ]] || missing=$((missing + 1))
    done
    echo $missing
}
