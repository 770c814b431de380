/**
 * The shapes in which results are entered and assessment bodies are registered and answered
 * with; the server takes and gives them, the web client sends and reads them.
 */
import type { SkillLevelCode } from '../reference/skill-levels';
import type { ResultKind } from './results';

export interface CompletionEntry {
  enrolmentId: string;
  score: number;
  assessedOn: string;
  note?: string;
}

export type EvaluationKind = Exclude<ResultKind, 'completion'>;

export interface EvaluationEntry {
  enrolmentId: string;
  kind: EvaluationKind;
  skillLevel?: SkillLevelCode | null;
  score?: number | null;
  passed: boolean;
  assessedOn: string;
  note?: string;
}

export interface AssessmentBodyInput {
  code: string;
  name: string;
  creditCode: string;
  regionCode: string;
  siteCode: string;
  occupationCodes: string[];
}

export interface AssessmentBodyView extends AssessmentBodyInput {
  id: string;
  regionName: string | null;
}
