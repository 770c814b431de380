import { can, type Role } from '@qiancheng/domain';
import { TARGET_GROUPS, type TargetGroup } from '@qiancheng/domain/reference/target-groups';

/** The groups a worker may choose: those the project is for, or all of them when it names none. */
export function groupsFor(projectGroups: readonly string[]): readonly TargetGroup[] {
  const named = TARGET_GROUPS.filter((group) => projectGroups.includes(group.code));
  return named.length > 0 ? named : TARGET_GROUPS;
}

/** What the 报名 place of a listed class offers the reader. */
export type EnrolAction = 'enrol' | 'sign-in' | 'enrolled' | 'workers-only' | 'full' | 'closed';

export function enrolActionFor(
  cls: { id: string; enrollable: boolean; seatsLeft: number },
  reader: { role: Role | null; enrolledClassIds: ReadonlySet<string> },
): EnrolAction {
  if (reader.enrolledClassIds.has(cls.id)) return 'enrolled';
  if (!cls.enrollable) return cls.seatsLeft === 0 ? 'full' : 'closed';
  if (reader.role === null) return 'sign-in';
  return can(reader.role, 'classes.enrol') ? 'enrol' : 'workers-only';
}
