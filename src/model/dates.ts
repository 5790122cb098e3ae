// The one clock of a build: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the
// publication date (YYYY-MM-DD) at midnight UTC. Never the machine's clock.
export function buildTimestamp(date: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${date}T00:00:00Z`);
}

/** 2026-06-30 → 2026年6月30日 */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
