import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { defineMessages } from 'react-intl';
import { useAuth } from '../../app/auth-context';
import { UiTextError } from './ui-text';
import { PREVIEW_BANK_STATEMENT, type BankCsvMappingInput, type BankStatementFormat, type BankStatementPreview } from './bank.graphql';
import { displayLanguage } from '../../i18n/display-locale';

export interface PreviewState {
  loading: boolean;
  data: BankStatementPreview | null;
  error: unknown;
}

/** The preview route of statements (multipart, 5 MB like the import), for files too large for a GraphQL body. */
export const STATEMENT_PREVIEW_PATH = '/bank-statements/preview';
/**
 * Files up to this size are previewed through `previewBankStatement`; larger ones through the route.
 * Well below the 256 KiB of a /graphql body, as JSON escapes quotes and line breaks of the text.
 */
export const GRAPHQL_PREVIEW_MAX_BYTES = 100 * 1024;

const PREVIEW_ROWS = 20;

const PREVIEW_MESSAGES = defineMessages({
  brokeOff: { id: 'bank.preview.uploadBrokeOff', defaultMessage: 'The upload for the preview broke off; check the connection and try again.' },
  failed: { id: 'bank.preview.failed', defaultMessage: 'The preview failed ({status}).' },
});
const NO_PREVIEW: PreviewState = { loading: false, data: null, error: null };

type PreviewHow = { mappingId?: string; mapping?: BankCsvMappingInput };

/**
 * The preview of a statement file as the import would read it (`previewBankStatement`, or
 * `POST /bank-statements/preview` for a large file), and the file's columns once seen. Answers to
 * older requests are dropped: only the latest request shows.
 */
export function useStatementPreview() {
  const client = useApolloClient();
  const { token } = useAuth();
  const [preview, setPreview] = useState<PreviewState>(NO_PREVIEW);
  const [fileColumns, setFileColumns] = useState<string[]>([]);
  const previewSeq = useRef(0);

  const runPreview = useCallback(
    async (content: string, asFormat: BankStatementFormat, how: PreviewHow = {}) => {
      const seq = ++previewSeq.current;
      setPreview((p) => ({ ...p, loading: true, error: null }));
      try {
        let next: BankStatementPreview | null;
        if (new Blob([content]).size > GRAPHQL_PREVIEW_MAX_BYTES) {
          next = await previewUpload(token, content, asFormat, how);
        } else {
          const result = await client.query({
            query: PREVIEW_BANK_STATEMENT,
            variables: { input: { content, format: asFormat, limit: PREVIEW_ROWS, ...how } },
            fetchPolicy: 'network-only',
          });
          next = result.data?.previewBankStatement ?? null;
        }
        if (seq !== previewSeq.current) return null;
        setPreview({ loading: false, data: next, error: null });
        if (next && next.columns.length) setFileColumns(next.columns);
        return next;
      } catch (err) {
        if (seq === previewSeq.current) setPreview({ loading: false, data: null, error: err });
        return null;
      }
    },
    [client, token],
  );

  const clearPreview = useCallback(() => setPreview(NO_PREVIEW), []);
  return { preview, fileColumns, runPreview, clearPreview };
}

/** `POST /bank-statements/preview` with the fields of the import route; its answer is previewBankStatement's result. */
async function previewUpload(token: string | null, content: string, format: BankStatementFormat, how: PreviewHow): Promise<BankStatementPreview> {
  const form = new FormData();
  form.append('format', format.toLowerCase());
  form.append('limit', String(PREVIEW_ROWS));
  if (how.mappingId) form.append('mappingId', how.mappingId);
  if (how.mapping) form.append('mapping', JSON.stringify(how.mapping));
  form.append('file', new Blob([content], { type: 'text/plain;charset=utf-8' }), 'statement');
  let response: Response;
  try {
    response = await fetch(STATEMENT_PREVIEW_PATH, { method: 'POST', headers: { authorization: `Bearer ${token ?? ''}`, 'accept-language': displayLanguage() }, body: form });
  } catch {
    throw new UiTextError({ message: PREVIEW_MESSAGES.brokeOff });
  }
  const body = (await response.json().catch(() => null)) as (BankStatementPreview & { message?: string }) | null;
  if (!response.ok || !body) {
    throw new UiTextError(body?.message ? { server: body.message } : { message: PREVIEW_MESSAGES.failed, values: { status: response.status } });
  }
  return body;
}
