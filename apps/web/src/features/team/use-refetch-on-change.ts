import { useEffect, useRef } from 'react';

/**
 * Refetches a list whenever the live board's `signature` for it changes (a queue size, a balance):
 * the board is pushed over the socket, the lists behind it are not.
 */
export function useRefetchOnChange(signature: string, refetch: () => Promise<unknown>): void {
  const last = useRef(signature);
  useEffect(() => {
    if (last.current !== signature) {
      last.current = signature;
      void refetch();
    }
  }, [signature, refetch]);
}
