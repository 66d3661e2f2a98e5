export default async function globalTeardown() {
  await globalThis.__MAHNWERK_PG__?.stop();
}
