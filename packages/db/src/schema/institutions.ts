import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { people, users } from './identity';
import { projects } from './projects';
import { occupations, regions } from './reference';

/**
 * Uploaded files (PDF, images, courseware). The bytes live behind the storage interface
 * (platform/storage); this row carries what access checks need: the region and the institution it
 * belongs to. `sha256` is of the content, so the same file uploaded twice is recognisable.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    /** The institution the file belongs to; null for files of a bureau (e.g. a shared resource). */
    institutionId: uuid('institution_id'),
    /** qualification | site | teacher_certificate | resource | application | brand | finding | other */
    purpose: varchar('purpose', { length: 24 }).notNull(),
    fileName: text('file_name').notNull(),
    mediaType: varchar('media_type', { length: 64 }).notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('documents_institution_idx').on(t.institutionId),
    index('documents_region_idx').on(t.regionCode),
  ],
);

/** 培训机构: a provider that may be selected for training projects, keyed by 统一社会信用代码. */
export const institutions = pgTable(
  'institutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    creditCode: varchar('credit_code', { length: 18 }).notNull(),
    name: text('name').notNull(),
    /** A code of INSTITUTION_TYPES. */
    type: varchar('type', { length: 32 }).notNull(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    address: text('address').notNull(),
    legalRepresentative: text('legal_representative').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhoneCipher: text('contact_phone_cipher').notNull(),
    contactPhoneMasked: varchar('contact_phone_masked', { length: 16 }).notNull(),
    introduction: text('introduction'),
    /** pending | approved | returned — the registration review. */
    reviewStatus: varchar('review_status', { length: 10 })
      .notNull()
      .$type<'pending' | 'approved' | 'returned'>(),
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('institutions_credit_code_uq').on(t.creditCode),
    index('institutions_region_idx').on(t.regionCode),
    index('institutions_review_idx').on(t.reviewStatus),
  ],
);

/** 办学资质: a licence or registration an institution holds, with its number and validity. */
export const institutionQualifications = pgTable(
  'institution_qualifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    /** A code of QUALIFICATION_KINDS. */
    kind: varchar('kind', { length: 32 }).notNull(),
    number: text('number').notNull(),
    issuer: text('issuer').notNull(),
    validFrom: date('valid_from').notNull(),
    /** Null when the document has no expiry. */
    validUntil: date('valid_until'),
    documentId: uuid('document_id').references(() => documents.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('institution_qualifications_institution_idx').on(t.institutionId)],
);

/** 培训场地: where an institution trains, with capacity and practical equipment. */
export const institutionSites = pgTable(
  'institution_sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    name: text('name').notNull(),
    address: text('address').notNull(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    capacity: integer('capacity').notNull(),
    equipment: text('equipment').notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('institution_sites_institution_idx').on(t.institutionId)],
);

/** The occupations an institution is qualified to train for. */
export const institutionOccupations = pgTable(
  'institution_occupations',
  {
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    occupationCode: varchar('occupation_code', { length: 10 })
      .notNull()
      .references(() => occupations.code),
  },
  (t) => [primaryKey({ columns: [t.institutionId, t.occupationCode] })],
);

/** 信用状态决定: each change of an institution's status, with reason and period. */
export const institutionStatusDecisions = pgTable(
  'institution_status_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    status: varchar('status', { length: 12 })
      .notNull()
      .$type<'normal' | 'warned' | 'suspended' | 'blacklisted'>(),
    reason: text('reason').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    /** Null: until a later decision. */
    effectiveUntil: date('effective_until'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('institution_status_decisions_institution_idx').on(t.institutionId)],
);

/** 问题记录: a finding about an institution (supervision, complaint, audit) for its credit record. */
export const institutionFindings = pgTable(
  'institution_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    /** supervision | complaint | audit | other */
    source: varchar('source', { length: 12 }).notNull(),
    /** minor | serious */
    severity: varchar('severity', { length: 8 }).notNull(),
    description: text('description').notNull(),
    foundOn: date('found_on').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('institution_findings_institution_idx').on(t.institutionId)],
);

/** 诚信承诺书: the pledge an institution signs before its first class, with the text version. */
export const integrityPledges = pgTable(
  'integrity_pledges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    textVersion: varchar('text_version', { length: 16 }).notNull(),
    textSha256: varchar('text_sha256', { length: 64 }).notNull(),
    signerName: text('signer_name').notNull(),
    signedBy: uuid('signed_by')
      .notNull()
      .references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
    clientAddress: varchar('client_address', { length: 64 }),
  },
  (t) => [uniqueIndex('integrity_pledges_version_uq').on(t.institutionId, t.textVersion)],
);

/**
 * 遴选: how institutions are chosen for one published project. Either open application scored
 * against weighted criteria, or a government procurement recorded by its reference.
 */
export const selectionRounds = pgTable(
  'selection_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    /** scoring | procurement */
    method: varchar('method', { length: 12 }).notNull(),
    /** open | scoring | publicized | effective | cancelled */
    status: varchar('status', { length: 12 }).notNull(),
    conditions: text('conditions').notNull(),
    /** [{ key, name, weight, description }], weights summing to 100. */
    criteria: jsonb('criteria')
      .notNull()
      .$type<{ key: string; name: string; weight: number; description: string }[]>(),
    /** How many institutions will be selected. */
    places: integer('places').notNull(),
    applicationDeadline: date('application_deadline').notNull(),
    noticeDays: integer('notice_days').notNull(),
    procurementReference: text('procurement_reference'),
    noticeStart: date('notice_start'),
    noticeEnd: date('notice_end'),
    resultNote: text('result_note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('selection_rounds_project_idx').on(t.projectId),
    index('selection_rounds_region_idx').on(t.regionCode),
  ],
);

/** An institution's application to a selection round, with its offer and, later, its scores. */
export const selectionApplications = pgTable(
  'selection_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => selectionRounds.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => institutionSites.id),
    teacherIds: uuid('teacher_ids').array().notNull().default([]),
    /** Price per trainee in fen. */
    priceFen: integer('price_fen').notNull(),
    planSummary: text('plan_summary').notNull(),
    /** submitted | withdrawn | scored | selected | not_selected */
    status: varchar('status', { length: 14 }).notNull(),
    scores: jsonb('scores').$type<Record<string, number>>(),
    totalScore: numeric('total_score', { precision: 6, scale: 2 }),
    scoreReasons: text('score_reasons'),
    scoredBy: uuid('scored_by').references(() => users.id),
    scoredAt: timestamp('scored_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('selection_applications_round_institution_uq').on(t.roundId, t.institutionId),
    index('selection_applications_institution_idx').on(t.institutionId),
  ],
);

/** 异议: an objection received during the public notice of a selection result. */
export const selectionObjections = pgTable(
  'selection_objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => selectionRounds.id),
    applicationId: uuid('application_id').references(() => selectionApplications.id),
    objector: text('objector').notNull(),
    content: text('content').notNull(),
    receivedOn: date('received_on').notNull(),
    /** Null while open; upheld | dismissed once handled. */
    outcome: varchar('outcome', { length: 10 }),
    handling: text('handling'),
    handledBy: uuid('handled_by').references(() => users.id),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('selection_objections_round_idx').on(t.roundId)],
);

/** 师资库: a teacher with a real-name identity (a row of people). */
export const teachers = pgTable(
  'teachers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    /** Professional title or grade, free text (e.g. 高级讲师). */
    title: text('title'),
    introduction: text('introduction'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('teachers_person_uq').on(t.personId), index('teachers_region_idx').on(t.regionCode)],
);

/** A teacher's qualification or certificate (occupation, level, number). */
export const teacherCertificates = pgTable(
  'teacher_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => teachers.id),
    /** skill_level | vocational_qualification | special_ability | teacher_qualification | other */
    kind: varchar('kind', { length: 28 }).notNull(),
    occupationCode: varchar('occupation_code', { length: 10 }).references(() => occupations.code),
    skillLevel: varchar('skill_level', { length: 2 }),
    number: text('number').notNull(),
    issuedOn: date('issued_on').notNull(),
    documentId: uuid('document_id').references(() => documents.id),
  },
  (t) => [index('teacher_certificates_teacher_idx').on(t.teacherId)],
);

/** Employment of a teacher by an institution (a teacher may work for several). */
export const teacherEmployments = pgTable(
  'teacher_employments',
  {
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => teachers.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    /** full_time | part_time | contracted */
    relation: varchar('relation', { length: 12 }).notNull(),
    since: date('since').notNull(),
    until: date('until'),
  },
  (t) => [primaryKey({ columns: [t.teacherId, t.institutionId] })],
);

/** The occupations a teacher may teach. */
export const teacherOccupations = pgTable(
  'teacher_occupations',
  {
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => teachers.id),
    occupationCode: varchar('occupation_code', { length: 10 })
      .notNull()
      .references(() => occupations.code),
  },
  (t) => [primaryKey({ columns: [t.teacherId, t.occupationCode] })],
);

/** 教学资源库: curricula, textbooks, courseware and videos shared by a region. */
export const teachingResources = pgTable(
  'teaching_resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    /** curriculum | textbook | courseware | video */
    kind: varchar('kind', { length: 12 }).notNull(),
    title: text('title').notNull(),
    occupationCode: varchar('occupation_code', { length: 10 })
      .notNull()
      .references(() => occupations.code),
    skillLevel: varchar('skill_level', { length: 2 }),
    description: text('description'),
    /** The file, or else a link. */
    documentId: uuid('document_id').references(() => documents.id),
    url: text('url'),
    /** The institution that contributed it; null when a bureau did. */
    institutionId: uuid('institution_id').references(() => institutions.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('teaching_resources_region_idx').on(t.regionCode),
    index('teaching_resources_occupation_idx').on(t.occupationCode),
  ],
);

/** A numbered batch in which a region publishes approved training brands. */
export const brandBatches = pgTable(
  'brand_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    /** 1, 2, 3… per region. */
    number: integer('number').notNull(),
    title: text('title').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id),
  },
  (t) => [uniqueIndex('brand_batches_region_number_uq').on(t.regionCode, t.number)],
);

/** 培训品牌: “地名（企业名）+职业（工种）名称+培训”, applied for by an institution or a region. */
export const trainingBrands = pgTable(
  'training_brands',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** institution | region */
    applicantKind: varchar('applicant_kind', { length: 12 }).notNull(),
    institutionId: uuid('institution_id').references(() => institutions.id),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    occupationCode: varchar('occupation_code', { length: 10 })
      .notNull()
      .references(() => occupations.code),
    description: text('description').notNull(),
    /** submitted | returned | approved | rejected | published */
    status: varchar('status', { length: 10 }).notNull(),
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    batchId: uuid('batch_id').references(() => brandBatches.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_brands_name_uq').on(t.name).where(sql`${t.status} <> 'rejected'`),
    index('training_brands_region_idx').on(t.regionCode),
    index('training_brands_batch_idx').on(t.batchId),
  ],
);
