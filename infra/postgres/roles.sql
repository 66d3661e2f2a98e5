-- The API role of an external PostgreSQL (apps/api/src/database/roles.ts has the same grants and
-- applies them again at every start). Run it as the owner role of DATABASE_URL, in Mahnwerk's database:
--
--   psql "$DATABASE_URL" -v api_password="$(openssl rand -base64 24)" -f infra/postgres/roles.sql
--
-- then start Mahnwerk with DATABASE_URL (the owner: migrations, seed, tools) and
-- DATABASE_API_URL=postgres://mahnwerk_api:<that password>@host:5432/<database> (the running API).
-- The owner keeps owning the schema; mahnwerk_api reads and writes rows and nothing else: no
-- ALTER TABLE, no DISABLE TRIGGER, no TRUNCATE, and on audit_events only INSERT and SELECT.
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE mahnwerk_api LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L', :'api_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mahnwerk_api') \gexec
SELECT format('ALTER ROLE mahnwerk_api LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L', :'api_password') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO mahnwerk_api', current_database()) \gexec

REVOKE ALL ON SCHEMA public FROM mahnwerk_api;
GRANT USAGE ON SCHEMA public TO mahnwerk_api;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM mahnwerk_api;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO mahnwerk_api;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO mahnwerk_api;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO mahnwerk_api;
-- Tables, sequences and functions the owner (the role running this script) creates in later migrations.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO mahnwerk_api;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO mahnwerk_api;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO mahnwerk_api;

-- On a database Mahnwerk has migrated already (on an empty one its start does this).
DO $$
BEGIN
  IF to_regclass('public.audit_events') IS NOT NULL THEN
    REVOKE UPDATE, DELETE ON audit_events FROM mahnwerk_api;
  END IF;
  IF to_regclass('public.migrations') IS NOT NULL THEN
    REVOKE INSERT, UPDATE, DELETE ON migrations FROM mahnwerk_api;
  END IF;
END $$;
