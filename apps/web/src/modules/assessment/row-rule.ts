import type { FormRule } from 'antd';
import type { RowCheck } from './result-values';

/**
 * A form rule for one input of a results row: it reads the whole row (the inputs depend on each
 * other) and says `missing` in the editor's words, anything else in the domain's.
 */
export function rowRule<R>(id: string, check: (row: R) => RowCheck, missing: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: async () => {
      const result = check((getFieldValue(['rows', id]) ?? {}) as R);
      if (result === 'missing') throw new Error(missing);
      if (result) throw new Error(result.message);
    },
  });
}

/** The other inputs of the row, so a change to one checks them again. */
export function rowDependencies(id: string, fields: readonly string[]): [string, string, string][] {
  return fields.map((field) => ['rows', id, field]);
}
