import type { CheckKind } from './check-lifecycle';

export interface FindingText {
  kind: CheckKind;
  classCode: string;
  className: string;
  /** The civil day of the visit or of the review. */
  checkedOn: string;
  /** For a remote check concluded without a photo: the deadline it missed, as shown to readers. */
  missedDeadline: string | null;
  notes: string;
}

/**
 * The description of a finding a check puts in the institution's credit record. The record is
 * read long after the check, so it names the class and the day; it is kept in Chinese like the
 * rest of the record, which staff write in Chinese.
 */
export function findingDescription(input: FindingText): string {
  const what = input.kind === 'onsite' ? '现场检查' : '远程抽查';
  const notes = input.notes.trim();
  const subject = `${what}（${input.classCode} ${input.className}，${input.checkedOn}）`;
  if (input.missedDeadline) {
    const missed = `未在 ${input.missedDeadline} 前上传课堂照片`;
    return notes ? `${subject}：${missed}。${notes}` : `${subject}：${missed}`;
  }
  return `${subject}：${notes}`;
}
