CREATE TABLE "attendance_events" (
	"id" bigserial NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"class_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"attendee" varchar(8) NOT NULL,
	"direction" varchar(3) NOT NULL,
	"source" varchar(8) NOT NULL,
	"device" text,
	"latitude" double precision,
	"longitude" double precision,
	"terminal_id" uuid,
	"match_score" real,
	"manual_reason" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_events_id_occurred_at_pk" PRIMARY KEY("id","occurred_at")
) PARTITION BY RANGE ("occurred_at");
--> statement-breakpoint
-- Rows of months that have no partition of their own land here.
CREATE TABLE "attendance_events_default" PARTITION OF "attendance_events" DEFAULT;
--> statement-breakpoint
-- One partition per calendar month in China (UTC+8), created ahead of time. A month whose rows
-- already sit in the default partition is left there. The lock serialises app processes that
-- start at once.
CREATE OR REPLACE FUNCTION attendance_ensure_partitions(first_month date, months integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  month_start date;
  partition_name text;
  created integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(73310420);
  FOR i IN 0 .. months - 1 LOOP
    month_start := (date_trunc('month', first_month) + make_interval(months => i))::date;
    partition_name := 'attendance_events_' || to_char(month_start, 'YYYYMM');
    IF to_regclass(partition_name) IS NULL THEN
      BEGIN
        EXECUTE format(
          'CREATE TABLE %I PARTITION OF attendance_events FOR VALUES FROM (%L) TO (%L)',
          partition_name,
          (month_start::text || ' 00:00:00+08')::timestamptz,
          ((month_start + interval '1 month')::date::text || ' 00:00:00+08')::timestamptz
        );
        created := created + 1;
      EXCEPTION WHEN check_violation THEN
        NULL;
      END;
    END IF;
  END LOOP;
  RETURN created;
END;
$$;
--> statement-breakpoint
CREATE TABLE "attendance_terminals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(64) NOT NULL,
	"institution_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"retired_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"region_code" varchar(6) NOT NULL,
	"day" date NOT NULL,
	"kind" varchar(8) NOT NULL,
	"name" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_days_region_code_day_pk" PRIMARY KEY("region_code","day")
);
--> statement-breakpoint
CREATE TABLE "class_change_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"class_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"payload" jsonb NOT NULL,
	"reason" text NOT NULL,
	"status" varchar(10) NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision_note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "class_code_serials" (
	"region_code" varchar(6) NOT NULL,
	"year" smallint NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "class_code_serials_region_code_year_pk" PRIMARY KEY("region_code","year")
);
--> statement-breakpoint
CREATE TABLE "class_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"class_id" uuid NOT NULL,
	"resource_id" uuid,
	"document_id" uuid,
	"title" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "class_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"class_id" uuid NOT NULL,
	"day" date NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"hours_tenths" integer NOT NULL,
	"kind" varchar(8) NOT NULL,
	"teacher_id" uuid NOT NULL,
	"room" text NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "class_teachers" (
	"class_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"role" varchar(10) NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "class_teachers_class_id_teacher_id_pk" PRIMARY KEY("class_id","teacher_id")
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"class_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"target_group" varchar(32) NOT NULL,
	"evidence_document_id" uuid,
	"evidence_note" text,
	"status" varchar(10) NOT NULL,
	"source" varchar(12) NOT NULL,
	"government_fen" integer NOT NULL,
	"enterprise_fen" integer NOT NULL,
	"individual_fen" integer NOT NULL,
	"identity_checked_by" varchar(16),
	"identity_checked_at" timestamp with time zone,
	"dropped_at" timestamp with time zone,
	"drop_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_settings" (
	"region_code" varchar(6) PRIMARY KEY NOT NULL,
	"filing_lead_working_days" smallint,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_classes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(20) NOT NULL,
	"name" text NOT NULL,
	"project_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"occupation_code" varchar(10) NOT NULL,
	"skill_level" varchar(2),
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"planned_trainees" integer NOT NULL,
	"enrolment_open" boolean DEFAULT false NOT NULL,
	"teaching_plan" text NOT NULL,
	"assessment_plan" text NOT NULL,
	"fee_fen" integer NOT NULL,
	"government_fen" integer NOT NULL,
	"enterprise_fen" integer NOT NULL,
	"individual_fen" integer NOT NULL,
	"status" varchar(12) NOT NULL,
	"filing_lead_days" smallint,
	"filed_at" timestamp with time zone,
	"filed_on" date,
	"filed_by" uuid,
	"review_note" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"cancel_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(4) NOT NULL,
	"name" text NOT NULL,
	"credit_code" varchar(18) NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"site_code" varchar(6) NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_body_occupations" (
	"body_id" uuid NOT NULL,
	"occupation_code" varchar(10) NOT NULL,
	CONSTRAINT "assessment_body_occupations_body_id_occupation_code_pk" PRIMARY KEY("body_id","occupation_code")
);
--> statement-breakpoint
CREATE TABLE "assessment_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"class_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"score" numeric(5, 2),
	"passed" boolean NOT NULL,
	"skill_level" varchar(2),
	"assessed_on" date NOT NULL,
	"assessment_body_id" uuid,
	"source" varchar(12) NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_serials" (
	"prefix" varchar(24) PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" varchar(32) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"person_id" uuid NOT NULL,
	"holder_name" text NOT NULL,
	"enrolment_id" uuid,
	"class_id" uuid,
	"occupation_code" varchar(10) NOT NULL,
	"skill_level" varchar(2),
	"issuer_kind" varchar(16) NOT NULL,
	"issuer_id" uuid NOT NULL,
	"issuer_name" text NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"issued_on" date NOT NULL,
	"credential_jws" text NOT NULL,
	"key_id" varchar(64) NOT NULL,
	"status" varchar(8) NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	"revoked_by" uuid,
	"issued_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credential_keys" (
	"key_id" varchar(64) PRIMARY KEY NOT NULL,
	"public_jwk" text NOT NULL,
	"private_key_cipher" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "verification_misses" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ip" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sample_id" uuid,
	"class_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"session_id" uuid,
	"kind" varchar(8) NOT NULL,
	"status" varchar(10) NOT NULL,
	"planned_on" date,
	"deadline_at" timestamp with time zone,
	"instructions" text,
	"submitted_document_id" uuid,
	"submitted_at" timestamp with time zone,
	"submitted_note" text,
	"checked_at" timestamp with time zone,
	"people_present" integer,
	"people_checked_in" integer,
	"photo_document_ids" jsonb,
	"conclusion" varchar(8),
	"notes" text,
	"finding_id" uuid,
	"created_by" uuid,
	"completed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"kind" varchar(8) NOT NULL,
	"size" integer NOT NULL,
	"population" integer NOT NULL,
	"seed" varchar(64) NOT NULL,
	"weights" jsonb NOT NULL,
	"drawn_on" date NOT NULL,
	"drawn_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attendance_terminals" ADD CONSTRAINT "attendance_terminals_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_terminals" ADD CONSTRAINT "attendance_terminals_site_id_institution_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."institution_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_terminals" ADD CONSTRAINT "attendance_terminals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_change_requests" ADD CONSTRAINT "class_change_requests_class_id_training_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."training_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_change_requests" ADD CONSTRAINT "class_change_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_change_requests" ADD CONSTRAINT "class_change_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_materials" ADD CONSTRAINT "class_materials_class_id_training_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."training_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_materials" ADD CONSTRAINT "class_materials_resource_id_teaching_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."teaching_resources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_materials" ADD CONSTRAINT "class_materials_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_sessions" ADD CONSTRAINT "class_sessions_class_id_training_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."training_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_sessions" ADD CONSTRAINT "class_sessions_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_teachers" ADD CONSTRAINT "class_teachers_class_id_training_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."training_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_teachers" ADD CONSTRAINT "class_teachers_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_class_id_training_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."training_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_evidence_document_id_documents_id_fk" FOREIGN KEY ("evidence_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_settings" ADD CONSTRAINT "region_settings_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_settings" ADD CONSTRAINT "region_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_site_id_institution_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."institution_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_bodies" ADD CONSTRAINT "assessment_bodies_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_bodies" ADD CONSTRAINT "assessment_bodies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_body_occupations" ADD CONSTRAINT "assessment_body_occupations_body_id_assessment_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."assessment_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_body_occupations" ADD CONSTRAINT "assessment_body_occupations_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_class_id_training_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."training_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_assessment_body_id_assessment_bodies_id_fk" FOREIGN KEY ("assessment_body_id") REFERENCES "public"."assessment_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_class_id_training_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."training_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_checks" ADD CONSTRAINT "supervision_checks_sample_id_supervision_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."supervision_samples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_checks" ADD CONSTRAINT "supervision_checks_class_id_training_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."training_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_checks" ADD CONSTRAINT "supervision_checks_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_checks" ADD CONSTRAINT "supervision_checks_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_checks" ADD CONSTRAINT "supervision_checks_session_id_class_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."class_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_checks" ADD CONSTRAINT "supervision_checks_submitted_document_id_documents_id_fk" FOREIGN KEY ("submitted_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_checks" ADD CONSTRAINT "supervision_checks_finding_id_institution_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."institution_findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_checks" ADD CONSTRAINT "supervision_checks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_checks" ADD CONSTRAINT "supervision_checks_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_samples" ADD CONSTRAINT "supervision_samples_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_samples" ADD CONSTRAINT "supervision_samples_drawn_by_users_id_fk" FOREIGN KEY ("drawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_events_session_person_idx" ON "attendance_events" USING btree ("session_id","person_id","occurred_at");--> statement-breakpoint
CREATE INDEX "attendance_events_class_idx" ON "attendance_events" USING btree ("class_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_terminals_code_uq" ON "attendance_terminals" USING btree ("code");--> statement-breakpoint
CREATE INDEX "class_change_requests_class_idx" ON "class_change_requests" USING btree ("class_id");--> statement-breakpoint
CREATE INDEX "class_change_requests_pending_idx" ON "class_change_requests" USING btree ("status") WHERE "class_change_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "class_materials_class_idx" ON "class_materials" USING btree ("class_id");--> statement-breakpoint
CREATE INDEX "class_sessions_class_idx" ON "class_sessions" USING btree ("class_id","starts_at");--> statement-breakpoint
CREATE INDEX "class_sessions_teacher_idx" ON "class_sessions" USING btree ("teacher_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_class_person_uq" ON "enrolments" USING btree ("class_id","person_id");--> statement-breakpoint
CREATE INDEX "enrolments_person_idx" ON "enrolments" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_classes_code_uq" ON "training_classes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "training_classes_project_idx" ON "training_classes" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "training_classes_institution_idx" ON "training_classes" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "training_classes_region_idx" ON "training_classes" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "training_classes_start_idx" ON "training_classes" USING btree ("start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_bodies_code_uq" ON "assessment_bodies" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_bodies_credit_code_uq" ON "assessment_bodies" USING btree ("credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_results_enrolment_kind_uq" ON "assessment_results" USING btree ("enrolment_id","kind");--> statement-breakpoint
CREATE INDEX "assessment_results_class_idx" ON "assessment_results" USING btree ("class_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_number_uq" ON "certificates" USING btree ("number");--> statement-breakpoint
CREATE INDEX "certificates_person_idx" ON "certificates" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "certificates_class_idx" ON "certificates" USING btree ("class_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_enrolment_kind_uq" ON "certificates" USING btree ("enrolment_id","kind") WHERE "certificates"."enrolment_id" is not null and "certificates"."status" = 'issued';--> statement-breakpoint
CREATE INDEX "verification_misses_ip_idx" ON "verification_misses" USING btree ("ip","occurred_at");--> statement-breakpoint
CREATE INDEX "supervision_checks_class_idx" ON "supervision_checks" USING btree ("class_id");--> statement-breakpoint
CREATE INDEX "supervision_checks_region_idx" ON "supervision_checks" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "supervision_checks_institution_idx" ON "supervision_checks" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "supervision_samples_region_idx" ON "supervision_samples" USING btree ("region_code");