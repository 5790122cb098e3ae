// The one clock of a build: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the
// workspace's publication date at midnight UTC. Never the machine's clock.
import type { WorkspaceConfig } from '../workspace/config.js';

export function buildTimestamp(config: WorkspaceConfig, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${config.date}T00:00:00Z`);
}
