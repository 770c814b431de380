import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from './client';
import { occupations, regions } from './schema/index';

const REFERENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'reference');

export interface RegionRecord {
  code: string;
  name: string;
  level: 1 | 2 | 3;
  parentCode: string | null;
}

export interface OccupationRecord {
  code: string;
  name: string;
  priorityField: string;
  source: string;
}

function readReference<T>(file: string): T[] {
  return JSON.parse(readFileSync(join(REFERENCE_DIR, file), 'utf8')) as T[];
}

export function shippedRegions(): RegionRecord[] {
  return readReference<RegionRecord>('regions.json');
}

export function shippedOccupations(): OccupationRecord[] {
  return readReference<OccupationRecord>('occupations.json');
}

const CHUNK = 500;

/**
 * Brings the reference tables up to the data shipped with this release. Regions follow the shipped
 * list; occupations only gain the curated entries that are missing, so a full list imported by an
 * administrator is never overwritten.
 */
export async function syncReferenceData(db: Database): Promise<{ regions: number; occupations: number }> {
  const regionRows = shippedRegions();
  const occupationRows = shippedOccupations();
  await db.transaction(async (tx) => {
    for (let i = 0; i < regionRows.length; i += CHUNK) {
      await tx
        .insert(regions)
        .values(regionRows.slice(i, i + CHUNK))
        .onConflictDoUpdate({
          target: regions.code,
          set: {
            name: sql`excluded.name`,
            level: sql`excluded.level`,
            parentCode: sql`excluded.parent_code`,
          },
        });
    }
    for (let i = 0; i < occupationRows.length; i += CHUNK) {
      await tx
        .insert(occupations)
        .values(occupationRows.slice(i, i + CHUNK))
        .onConflictDoNothing();
    }
  });
  return { regions: regionRows.length, occupations: occupationRows.length };
}
