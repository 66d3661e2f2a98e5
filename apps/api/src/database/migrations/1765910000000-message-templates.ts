import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail and SMS templates per dunning stage and language, versioned; SMS in the outbox.
 * - `message_templates`: one row per version of a (channel, stage, language) template; an edit adds
 *   the next version, rows are never changed, so a sent message (`outbox.template_id`) always shows the
 *   text it was made from. The current template is the highest version. Seeded with version 1 of every
 *   template in de, en and da (merge fields `{debtorName}` etc., rendered by the domain's renderMessage). A German
 *   e-mail goes on in lower case after the comma of its salutation; English and Danish start a new sentence.
 * - `outbox`: SMS besides e-mail; which template version and language a message used, who sent it
 *   (null: the dunning run), and when a failed attempt is tried again (backoff).
 * - `sms_messages`: what the default SMS adapter (SMS_TRANSPORT=store) keeps instead of sending.
 */
export class MessageTemplates1765910000000 implements MigrationInterface {
  name = 'MessageTemplates1765910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE message_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        stage text NOT NULL CHECK (stage IN ('REMINDER', 'DUNNING_1', 'DUNNING_2', 'PHONE', 'AGENCY', 'COURT', 'ENFORCEMENT')),
        language text NOT NULL CHECK (language IN ('de', 'en', 'da')),
        version integer NOT NULL CHECK (version >= 1),
        subject text NOT NULL DEFAULT '',
        body text NOT NULL CHECK (body <> ''),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT message_templates_version_key UNIQUE (channel, stage, language, version)
      );
      COMMENT ON TABLE message_templates IS 'Versions of e-mail and SMS templates; an edit adds a version, the highest is current, rows never change.';

      ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
      ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('EMAIL', 'SMS'));
      ALTER TABLE outbox
        ADD COLUMN template_id uuid REFERENCES message_templates(id),
        ADD COLUMN language text CHECK (language IN ('de', 'en', 'da')),
        ADD COLUMN sent_by uuid REFERENCES users(id),
        ADD COLUMN next_attempt_at timestamptz;
      COMMENT ON COLUMN outbox.template_id IS 'The template version the message was rendered from; null for messages from before templates.';
      COMMENT ON COLUMN outbox.sent_by IS 'The person who sent it from the case screen; null for the dunning run.';
      CREATE INDEX outbox_case_idx ON outbox (case_id, created_at) WHERE case_id IS NOT NULL;

      CREATE TABLE sms_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        outbox_id uuid NOT NULL UNIQUE REFERENCES outbox(id) ON DELETE CASCADE,
        to_number text NOT NULL,
        body text NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      );
      COMMENT ON TABLE sms_messages IS 'SMS kept by the default adapter (SMS_TRANSPORT=store) instead of a provider.';

      WITH stages(stage, language, subject, lead) AS (VALUES
        ('REMINDER', 'de', 'Zahlungserinnerung {reference}', 'sicher ist es Ihrer Aufmerksamkeit entgangen: Eine Rechnung von {creditorName} ist noch offen.'),
        ('REMINDER', 'en', 'Payment reminder {reference}', 'perhaps it has slipped your attention: an invoice from {creditorName} is still open.'),
        ('REMINDER', 'da', 'Betalingspåmindelse {reference}', 'måske har du overset det: En faktura fra {creditorName} er endnu ikke betalt.'),
        ('DUNNING_1', 'de', 'Mahnung {reference}', 'trotz Fälligkeit ist die Forderung von {creditorName} noch nicht bezahlt.'),
        ('DUNNING_1', 'en', 'Demand for payment {reference}', 'although it is due, the claim of {creditorName} has not been paid.'),
        ('DUNNING_1', 'da', 'Rykker {reference}', 'selv om beløbet er forfaldent, er kravet fra {creditorName} ikke betalt.'),
        ('DUNNING_2', 'de', 'Letzte Mahnung {reference}', 'wir haben Sie bereits gemahnt; die Forderung von {creditorName} ist weiterhin offen. Dies ist die letzte Mahnung vor weiteren Schritten.'),
        ('DUNNING_2', 'en', 'Final demand {reference}', 'we have already reminded you; the claim of {creditorName} is still open. This is the final demand before further steps.'),
        ('DUNNING_2', 'da', 'Sidste rykker {reference}', 'vi har allerede rykket dig; kravet fra {creditorName} er stadig ubetalt. Dette er sidste rykker før yderligere skridt.'),
        ('PHONE', 'de', 'Ihre offene Forderung {reference}', 'wir haben versucht, Sie telefonisch zu erreichen, wegen der offenen Forderung von {creditorName}.'),
        ('PHONE', 'en', 'Your open claim {reference}', 'we have tried to reach you by phone about the open claim of {creditorName}.'),
        ('PHONE', 'da', 'Dit ubetalte krav {reference}', 'vi har forsøgt at ringe til dig om det ubetalte krav fra {creditorName}.'),
        ('AGENCY', 'de', 'Inkasso: Forderung von {creditorName} ({reference})', 'wir ziehen im Auftrag von {creditorName} eine offene Forderung gegen Sie ein.'),
        ('AGENCY', 'en', 'Debt collection: claim of {creditorName} ({reference})', 'we are collecting an open claim against you on behalf of {creditorName}.'),
        ('AGENCY', 'da', 'Inkasso: krav fra {creditorName} ({reference})', 'vi inddriver et ubetalt krav mod dig på vegne af {creditorName}.'),
        ('COURT', 'de', 'Gerichtliches Mahnverfahren {reference}', 'da die Forderung von {creditorName} offen blieb, wurde das gerichtliche Mahnverfahren eingeleitet. Eine Zahlung beendet es.'),
        ('COURT', 'en', 'Court dunning procedure {reference}', 'as the claim of {creditorName} remained open, court proceedings were started. Paying ends them.'),
        ('COURT', 'da', 'Retslig inddrivelse {reference}', 'da kravet fra {creditorName} forblev ubetalt, er sagen indbragt for retten. En betaling afslutter sagen.'),
        ('ENFORCEMENT', 'de', 'Zwangsvollstreckung {reference}', 'für die Forderung von {creditorName} liegt ein Titel vor; ohne Zahlung folgt die Zwangsvollstreckung.'),
        ('ENFORCEMENT', 'en', 'Enforcement {reference}', 'there is a title for the claim of {creditorName}; without payment, enforcement follows.'),
        ('ENFORCEMENT', 'da', 'Fogedsag {reference}', 'der foreligger et tvangsgrundlag for kravet fra {creditorName}; uden betaling går sagen til fogedretten.')
      ),
      texts(language, greeting, email_rest, sms) AS (VALUES
        ('de', 'Guten Tag {debtorName},',
         E'Offen sind {totalDue} (Vorgang {caseRef}).\\n\\n{paymentDetails}\\n\\n{portalLink}\\n\\nHaben Sie inzwischen gezahlt, betrachten Sie diese Nachricht bitte als gegenstandslos. Bei Fragen antworten Sie einfach auf diese E-Mail.\\n\\nMit freundlichen Grüßen\\n{agencyName}',
         '{agencyName}: Guten Tag {debtorName}, für {creditorName} sind {totalDue} offen. Bitte zahlen Sie bis {deadline}, Verwendungszweck {reference}. {portalLink}'),
        ('en', 'Dear {debtorName},',
         E'The amount open is {totalDue} (case {caseRef}).\\n\\n{paymentDetails}\\n\\n{portalLink}\\n\\nIf you have paid in the meantime, please disregard this message. If you have questions, simply reply to this e-mail.\\n\\nKind regards\\n{agencyName}',
         '{agencyName}: Dear {debtorName}, {totalDue} is open for {creditorName}. Please pay by {deadline}, reference {reference}. {portalLink}'),
        ('da', 'Kære {debtorName}',
         E'Der udestår {totalDue} (sag {caseRef}).\\n\\n{paymentDetails}\\n\\n{portalLink}\\n\\nHar du allerede betalt, kan du se bort fra denne besked. Har du spørgsmål, så svar blot på denne e-mail.\\n\\nMed venlig hilsen\\n{agencyName}',
         '{agencyName}: Kære {debtorName}, der udestår {totalDue} til {creditorName}. Betal venligst senest {deadline}, reference {reference}. {portalLink}')
      )
      INSERT INTO message_templates (channel, stage, language, version, subject, body)
      SELECT 'EMAIL', s.stage, s.language, 1, s.subject, t.greeting || E'\\n\\n' || CASE WHEN s.language = 'de' THEN s.lead ELSE upper(left(s.lead, 1)) || substr(s.lead, 2) END || E'\\n\\n' || t.email_rest
        FROM stages s JOIN texts t USING (language)
      UNION ALL
      SELECT 'SMS', s.stage, s.language, 1, '', t.sms
        FROM stages s JOIN texts t USING (language);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE sms_messages;
      DROP INDEX outbox_case_idx;
      DELETE FROM outbox WHERE kind = 'SMS';
      ALTER TABLE outbox DROP COLUMN template_id, DROP COLUMN language, DROP COLUMN sent_by, DROP COLUMN next_attempt_at;
      ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
      ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('EMAIL'));
      DROP TABLE message_templates;
    `);
  }
}
