import { idNumberSchema, mobileSchema } from '@qiancheng/domain/identity/index';
import { z } from 'zod';

export const mobileField = mobileSchema;

/** A real name as printed on the ID card: Chinese names, minority names with the middle dot, or Latin letters. */
export const personNameField = z
  .string()
  .trim()
  .min(2)
  .max(50)
  .regex(/^[\p{Script=Han}A-Za-z·•.\s-]+$/u);

/** An ID number field that also checks the region prefix against the shipped GB/T 2260 list. */
export function idNumberField(isKnownRegion: (code: string) => boolean) {
  return idNumberSchema({ isKnownRegion });
}
