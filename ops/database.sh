# Shared by the ops scripts: the MariaDB database the application uses, from the same variables it reads
# (EKTEFAA_DB_URL, EKTEFAA_DB_USER, EKTEFAA_DB_PASSWORD). The password reaches the client through MYSQL_PWD,
# never on a command line.
url=${EKTEFAA_DB_URL:?"set EKTEFAA_DB_URL (jdbc:mariadb://host:port/database) as for the application"}
if [[ ! $url =~ ^jdbc:(mariadb|mysql)://([^:/?]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]]; then
    echo "EKTEFAA_DB_URL is not a MariaDB address (jdbc:mariadb://host:port/database): backups need MariaDB" >&2
    exit 2
fi
DB_HOST=${BASH_REMATCH[2]}
DB_PORT=${BASH_REMATCH[4]:-3306}
DB_NAME=${BASH_REMATCH[5]}
DB_USER=${EKTEFAA_DB_USER:-root}
export MYSQL_PWD=${EKTEFAA_DB_PASSWORD:-}
client() { mariadb --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" --batch --skip-column-names "$@"; }
