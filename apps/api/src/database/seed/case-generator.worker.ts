import { parentPort, workerData } from 'node:worker_threads';
import { CaseGenerator, type GeneratorData } from './case-generator.js';

/**
 * Worker thread of the demo seeder: builds the rows of the case ranges it is sent, one message
 * per request, answered in order. See seedDemoData's `workers` option.
 */
const generator = new CaseGenerator(workerData as GeneratorData);
parentPort!.on('message', ({ start, end }: { start: number; end: number }) => {
  try {
    parentPort!.postMessage({ columns: generator.buildBatch(start, end) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
