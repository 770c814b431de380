import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { demandLines } from './demand';
import { users } from './identity';
import { occupations, regions } from './reference';

/**
 * 培训项目: the current state of each project, with every field the portal searches. Each publish,
 * adjustment and withdrawal also appends a snapshot to project_versions, so history stays visible.
 */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** draft | published | adjusted | withdrawn */
    status: varchar('status', { length: 10 }).notNull(),
    version: integer('version').notNull().default(1),
    title: text('title').notNull(),
    occupationCode: varchar('occupation_code', { length: 10 })
      .notNull()
      .references(() => occupations.code),
    skillLevel: varchar('skill_level', { length: 2 }),
    priorityField: varchar('priority_field', { length: 24 }).notNull(),
    postsAvailable: integer('posts_available'),
    skillRequirements: text('skill_requirements'),
    contentOutline: text('content_outline'),
    hoursTheory: integer('hours_theory'),
    hoursPractice: integer('hours_practice'),
    /** offline | online | mixed */
    mode: varchar('mode', { length: 8 }),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    targetGroups: text('target_groups').array().notNull().default([]),
    subsidyStandardRef: text('subsidy_standard_ref'),
    /** skill_level | special_ability | training_certificate */
    evaluationType: varchar('evaluation_type', { length: 24 }),
    /** low | medium | high — the consumables category the subsidy rules weigh */
    consumables: varchar('consumables', { length: 8 }).notNull().default('low'),
    /** Character unigrams and bigrams of the searchable text, for CJK search without a tokenizer. */
    searchTerms: text('search_terms').array().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    index('projects_status_region_idx').on(t.status, t.regionCode),
    index('projects_occupation_idx').on(t.occupationCode),
    index('projects_field_idx').on(t.priorityField),
    index('projects_search_terms_idx').using('gin', t.searchTerms),
    index('projects_target_groups_idx').using('gin', t.targetGroups),
    // Public search reads pages of public projects along these, newest or longest first.
    index('projects_public_newest_idx')
      .on(t.publishedAt.desc().nullsLast(), t.id)
      .where(sql`status in ('published', 'adjusted')`),
    index('projects_public_hours_idx')
      .on(
        sql`(coalesce(hours_theory, 0) + coalesce(hours_practice, 0)) desc`,
        t.publishedAt.desc().nullsLast(),
        t.id,
      )
      .where(sql`status in ('published', 'adjusted')`),
  ],
);

export const projectVersions = pgTable(
  'project_versions',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    version: integer('version').notNull(),
    status: varchar('status', { length: 10 }).notNull(),
    snapshot: jsonb('snapshot').notNull(),
    reason: text('reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.version, t.status] })],
);

/** The demand lines a project was built from ("用什么、学什么"). */
export const projectDemandLinks = pgTable(
  'project_demand_links',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    demandLineId: uuid('demand_line_id')
      .notNull()
      .references(() => demandLines.id),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.demandLineId] }),
    index('project_demand_links_demand_idx').on(t.demandLineId),
  ],
);

/** 职业技能培训需求指导目录 of a region for a period. */
export const catalogues = pgTable(
  'catalogues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    title: text('title').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    /** draft | published */
    status: varchar('status', { length: 10 }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('catalogues_region_idx').on(t.regionCode)],
);

export const catalogueEntries = pgTable(
  'catalogue_entries',
  {
    catalogueId: uuid('catalogue_id')
      .notNull()
      .references(() => catalogues.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.catalogueId, t.projectId] }),
    index('catalogue_entries_project_idx').on(t.projectId),
  ],
);

/** Every change to a published catalogue during its period: what was added or removed, by whom, why. */
export const catalogueChanges = pgTable(
  'catalogue_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    catalogueId: uuid('catalogue_id')
      .notNull()
      .references(() => catalogues.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    /** added | removed */
    action: varchar('action', { length: 8 }).notNull(),
    reason: text('reason').notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('catalogue_changes_catalogue_idx').on(t.catalogueId)],
);
