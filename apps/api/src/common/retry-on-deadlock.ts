/** PostgreSQL's code for a transaction chosen as a deadlock's victim (rolled back whole). */
const DEADLOCK_DETECTED = '40P01';

/**
 * Runs a transaction again when PostgreSQL picked it as the victim of a deadlock with another one
 * (say a periodic sweep touching the same cases in another order): it was rolled back whole, so
 * running it again is safe. Other errors, and a deadlock on the last attempt, are thrown.
 */
export async function retryOnDeadlock<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt >= attempts) throw error;
    }
  }
}
