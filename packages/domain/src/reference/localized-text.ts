import type { Locale } from '../errors/catalog';

/** A label in every locale the platform speaks, shaped like the error catalog's messages. */
export type LocalizedText = Readonly<Record<Locale, string>>;
