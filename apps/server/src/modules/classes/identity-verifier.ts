/**
 * 实名核验: whether a name and ID number belong together. The platform's own registry is the
 * default source (a person registered once is held to that name); a deployment with access to the
 * public-security identity service plugs in another implementation here.
 */
export interface RealNameVerifier {
  /** The name of the source, recorded on the enrolment (registry, public_security …). */
  readonly source: string;
  verify(input: { name: string; idNumber: string }): Promise<{ ok: true } | { ok: false }>;
}

/**
 * Checks against the registry only. The registry already refuses a second name for a known ID
 * number before this runs, so a new person is accepted as entered and the enrolment records that
 * only the registry vouched for them.
 */
export class RegistryVerifier implements RealNameVerifier {
  readonly source = 'registry';
  async verify(): Promise<{ ok: true }> {
    return { ok: true };
  }
}
