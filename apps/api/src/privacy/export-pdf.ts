import PDFDocument from 'pdfkit';

/** What the export names, section by section. */
export interface DebtorExport {
  generatedAt: string;
  debtor: Record<string, unknown> | null;
  processing: Record<string, unknown>;
  cases: Record<string, unknown>[];
  records: Record<string, Record<string, unknown>[]>;
  auditEvents: Record<string, unknown>[];
  requests: Record<string, unknown>[];
}

const SECTION_TITLES: Record<string, string> = {
  claims: 'Claims', fees: 'Fees', payments: 'Payments', adjustments: 'Adjustments', promises: 'Promises to pay',
  payment_plans: 'Payment plans', settlements: 'Settlements', activities: 'Activities (timeline)', letters: 'Letters',
  outbox: 'E-mails and text messages', sms_messages: 'Text messages as sent', disputes: 'Disputes',
  dispute_documents: 'Dispute documents', case_holds: 'Holds', returned_mail: 'Returned mail', court_proceedings: 'Court proceedings',
  dunning_steps: 'Dunning steps', bank_transactions: 'Bank statement lines', portal_links: 'Portal links',
  portal_sessions: 'Portal sessions', portal_callback_requests: 'Callback requests (portal)',
  portal_plan_proposals: 'Plans proposed in the portal', portal_payment_intents: 'Payments started in the portal', portal_sign_in_attempts: 'Portal sign-in attempts',
};

function valueText(v: unknown): string {
  if (v === null || v === undefined) return '-';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * A readable PDF of everything the export holds (Art. 15 GDPR): the debtor, each case, then each kind
 * of record as "field: value" blocks, then the audit events and the data protection requests.
 */
export function renderExportPdf(data: DebtorExport): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: 'Personal data held (Art. 15 GDPR)' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).fillColor('#000').text(text).moveDown(0.2);
  const block = (row: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(row)) {
      doc.font('Helvetica-Bold').fontSize(8).fillColor('#333').text(`${k}: `, { continued: true })
        .font('Helvetica').fillColor('#000').text(valueText(v));
    }
    doc.moveDown(0.4);
  };
  doc.font('Helvetica-Bold').fontSize(16).text('Personal data held (Art. 15 GDPR)');
  doc.font('Helvetica').fontSize(9).text(`Generated ${data.generatedAt}`);
  heading('Debtor');
  if (data.debtor) block(data.debtor);
  heading('Data protection status');
  block(data.processing);
  heading(`Cases (${data.cases.length})`);
  for (const c of data.cases) block(c);
  for (const [table, rows] of Object.entries(data.records)) {
    if (rows.length === 0) continue;
    heading(`${SECTION_TITLES[table] ?? table} (${rows.length})`);
    for (const row of rows) block(row);
  }
  heading(`Audit events (${data.auditEvents.length})`);
  for (const e of data.auditEvents) block(e);
  heading(`Data protection requests (${data.requests.length})`);
  for (const r of data.requests) block(r);
  doc.end();
  return done;
}
