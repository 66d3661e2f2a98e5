import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { PREVIEW_BANK_STATEMENT, type BankCsvMappingInput, type BankStatementFormat, type BankStatementPreview } from './bank.graphql';

export interface PreviewState {
  loading: boolean;
  data: BankStatementPreview | null;
  error: unknown;
}

const PREVIEW_ROWS = 20;
const NO_PREVIEW: PreviewState = { loading: false, data: null, error: null };

/**
 * The preview of a statement file as the import would read it (`previewBankStatement`), and the
 * file's columns once seen. Answers to older requests are dropped: only the latest request shows.
 */
export function useStatementPreview() {
  const client = useApolloClient();
  const [preview, setPreview] = useState<PreviewState>(NO_PREVIEW);
  const [fileColumns, setFileColumns] = useState<string[]>([]);
  const previewSeq = useRef(0);

  const runPreview = useCallback(
    async (content: string, asFormat: BankStatementFormat, how: { mappingId?: string; mapping?: BankCsvMappingInput } = {}) => {
      const seq = ++previewSeq.current;
      setPreview((p) => ({ ...p, loading: true, error: null }));
      try {
        const result = await client.query({
          query: PREVIEW_BANK_STATEMENT,
          variables: { input: { content, format: asFormat, limit: PREVIEW_ROWS, ...how } },
          fetchPolicy: 'network-only',
        });
        if (seq !== previewSeq.current) return null;
        const next = result.data?.previewBankStatement ?? null;
        setPreview({ loading: false, data: next, error: null });
        if (next && next.columns.length) setFileColumns(next.columns);
        return next;
      } catch (err) {
        if (seq === previewSeq.current) setPreview({ loading: false, data: null, error: err });
        return null;
      }
    },
    [client],
  );

  const clearPreview = useCallback(() => setPreview(NO_PREVIEW), []);
  return { preview, fileColumns, runPreview, clearPreview };
}
