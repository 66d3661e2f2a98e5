import { DataSource } from 'typeorm';
import { migrations } from './migrations/index.js';

/** Applies pending migrations on their own connection (used at boot, by the seed CLI and by tests). */
export async function runMigrations(url: string): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url, migrations, migrationsTransactionMode: 'all' });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}
