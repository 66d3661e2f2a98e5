/**
 * Runs `refresh` at most once per `waitMs`: the first call starts the wait, calls during it are
 * absorbed, and the refresh runs when it ends. A burst of changes (a bank statement booking many
 * payments) then costs one reload, not one per change.
 */
export function throttleRefresh(refresh: () => void, waitMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    request(): void {
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        refresh();
      }, waitMs);
    },
    cancel(): void {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
