/**
 * The audit trail is append-only in the database itself: no UPDATE, DELETE or TRUNCATE of
 * audit_events, whoever asks.
 */
export const AUDIT_FUNCTIONS: readonly string[] = [
  `CREATE OR REPLACE FUNCTION audit_events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;`,
];

export const AUDIT_TRIGGERS: readonly string[] = [
  `CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_are_append_only();`,

  `CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_are_append_only();`,
];
