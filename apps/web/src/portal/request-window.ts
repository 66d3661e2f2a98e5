/**
 * A call window the debtor picks in their own clock (a day, from and to, "HH:MM") as the instants the API
 * takes; null when incomplete or when the end is not after the start.
 */
export function callWindow(date: string, from: string, to: string, zoneOffsetMinutes?: (d: Date) => number): { from: string; to: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(from) || !/^\d{2}:\d{2}$/.test(to)) return null;
  const instant = (time: string) => {
    const local = new Date(`${date}T${time}:00`);
    if (!zoneOffsetMinutes) return local;
    // For tests: the wall-clock time in a zone with the given offset (minutes east of UTC).
    const utc = new Date(`${date}T${time}:00Z`);
    return new Date(utc.getTime() - zoneOffsetMinutes(utc) * 60_000);
  };
  const start = instant(from);
  const end = instant(to);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start) return null;
  return { from: start.toISOString(), to: end.toISOString() };
}
