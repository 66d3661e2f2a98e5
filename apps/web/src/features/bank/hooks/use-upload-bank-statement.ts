import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { defineMessages } from 'react-intl';
import { useAuth } from '../../../app/auth-context';
import type { BankCsvMappingInput, BankImportResult, BankStatementFormat } from '../bank.graphql';
import type { UiText } from '../ui-text';
import { displayLanguage } from '../../../i18n/display-locale';

/** The upload route of bank statements (multipart; its own 5 MB limit, apart from the GraphQL body limit). */
export const STATEMENT_UPLOAD_PATH = '/bank-statements';

const UPLOAD_MESSAGES = defineMessages({
  failed: { id: 'bank.upload.failed', defaultMessage: 'The import failed ({status}).' },
  brokeOff: { id: 'bank.upload.brokeOff', defaultMessage: 'The upload broke off; check the connection and try again.' },
});

export interface StatementUpload {
  format: BankStatementFormat;
  fileName: string;
  /** The file's text as the browser decoded it (sent as UTF-8). */
  text: string;
  mappingId?: string;
  mapping?: BankCsvMappingInput;
  /** The agency's account the statement is for, when neither the file nor its mapping names one. */
  accountIban?: string;
}

/**
 * Imports a statement through `POST /bank-statements` (the Bearer token in the header); the answer
 * is importBankStatement's result. The unmatched list is fetched again afterwards.
 */
export function useUploadBankStatement() {
  const { token } = useAuth();
  const client = useApolloClient();
  const [state, setState] = useState<{ loading: boolean; error: UiText | null; data: BankImportResult | null }>({
    loading: false, error: null, data: null,
  });
  const reset = useCallback(() => setState({ loading: false, error: null, data: null }), []);
  const upload = useCallback(async (request: StatementUpload): Promise<BankImportResult | null> => {
    setState({ loading: true, error: null, data: null });
    const form = new FormData();
    form.append('format', request.format.toLowerCase());
    if (request.mappingId) form.append('mappingId', request.mappingId);
    if (request.mapping) form.append('mapping', JSON.stringify(request.mapping));
    if (request.accountIban) form.append('accountIban', request.accountIban);
    form.append('file', new Blob([request.text], { type: 'text/plain;charset=utf-8' }), request.fileName);
    let data: BankImportResult | null = null;
    let error: UiText | null = null;
    try {
      const response = await fetch(STATEMENT_UPLOAD_PATH, { method: 'POST', headers: { authorization: `Bearer ${token ?? ''}`, 'accept-language': displayLanguage() }, body: form });
      const body = (await response.json().catch(() => null)) as (BankImportResult & { message?: string }) | null;
      if (response.ok && body) data = body;
      else error = body?.message ? { server: body.message } : { message: UPLOAD_MESSAGES.failed, values: { status: response.status } };
    } catch {
      error = { message: UPLOAD_MESSAGES.brokeOff };
    }
    if (data) await client.refetchQueries({ include: ['UnmatchedBankTransactions'] }).catch(() => undefined);
    setState({ loading: false, error, data });
    return data;
  }, [token, client]);
  return { ...state, upload, reset };
}
