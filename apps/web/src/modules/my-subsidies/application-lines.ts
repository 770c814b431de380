import type { MyClaimLine } from './my-subsidies-api';

/** The certificates that have an application not withdrawn, with the application's line. */
export function applicationsByCertificate(lines: readonly MyClaimLine[]): Map<string, MyClaimLine> {
  const found = new Map<string, MyClaimLine>();
  for (const line of lines) {
    if (line.kind === 'skill_upgrade' && line.certificateId && line.status !== 'withdrawn') {
      found.set(line.certificateId, line);
    }
  }
  return found;
}
