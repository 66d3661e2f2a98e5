#!/bin/sh
# First start of the container (docker-entrypoint-initdb.d): the API role, as infra/postgres/roles.sql.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v api_password="$MAHNWERK_API_PASSWORD" -f /mahnwerk/roles.sql
