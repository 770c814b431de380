CREATE TABLE "brand_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"institution_id" uuid,
	"purpose" varchar(24) NOT NULL,
	"file_name" text NOT NULL,
	"media_type" varchar(64) NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institution_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"source" varchar(12) NOT NULL,
	"severity" varchar(8) NOT NULL,
	"description" text NOT NULL,
	"found_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institution_occupations" (
	"institution_id" uuid NOT NULL,
	"occupation_code" varchar(10) NOT NULL,
	CONSTRAINT "institution_occupations_institution_id_occupation_code_pk" PRIMARY KEY("institution_id","occupation_code")
);
--> statement-breakpoint
CREATE TABLE "institution_qualifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" varchar(32) NOT NULL,
	"number" text NOT NULL,
	"issuer" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institution_sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"capacity" integer NOT NULL,
	"equipment" text NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institution_status_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"status" varchar(12) NOT NULL,
	"reason" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_until" date,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"credit_code" varchar(18) NOT NULL,
	"name" text NOT NULL,
	"type" varchar(32) NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"address" text NOT NULL,
	"legal_representative" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone_cipher" text NOT NULL,
	"contact_phone_masked" varchar(16) NOT NULL,
	"introduction" text,
	"review_status" varchar(10) NOT NULL,
	"review_note" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integrity_pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"text_version" varchar(16) NOT NULL,
	"text_sha256" varchar(64) NOT NULL,
	"signer_name" text NOT NULL,
	"signed_by" uuid NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_address" varchar(64)
);
--> statement-breakpoint
CREATE TABLE "selection_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"teacher_ids" uuid[] DEFAULT '{}' NOT NULL,
	"price_fen" integer NOT NULL,
	"plan_summary" text NOT NULL,
	"status" varchar(14) NOT NULL,
	"scores" jsonb,
	"total_score" numeric(6, 2),
	"score_reasons" text,
	"scored_by" uuid,
	"scored_at" timestamp with time zone,
	"submitted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"application_id" uuid,
	"objector" text NOT NULL,
	"content" text NOT NULL,
	"received_on" date NOT NULL,
	"outcome" varchar(10),
	"handling" text,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"method" varchar(12) NOT NULL,
	"status" varchar(12) NOT NULL,
	"conditions" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"places" integer NOT NULL,
	"application_deadline" date NOT NULL,
	"notice_days" integer NOT NULL,
	"procurement_reference" text,
	"notice_start" date,
	"notice_end" date,
	"result_note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teacher_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"teacher_id" uuid NOT NULL,
	"kind" varchar(28) NOT NULL,
	"occupation_code" varchar(10),
	"skill_level" varchar(2),
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"document_id" uuid
);
--> statement-breakpoint
CREATE TABLE "teacher_employments" (
	"teacher_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"relation" varchar(12) NOT NULL,
	"since" date NOT NULL,
	"until" date,
	CONSTRAINT "teacher_employments_teacher_id_institution_id_pk" PRIMARY KEY("teacher_id","institution_id")
);
--> statement-breakpoint
CREATE TABLE "teacher_occupations" (
	"teacher_id" uuid NOT NULL,
	"occupation_code" varchar(10) NOT NULL,
	CONSTRAINT "teacher_occupations_teacher_id_occupation_code_pk" PRIMARY KEY("teacher_id","occupation_code")
);
--> statement-breakpoint
CREATE TABLE "teachers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"title" text,
	"introduction" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teaching_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"kind" varchar(12) NOT NULL,
	"title" text NOT NULL,
	"occupation_code" varchar(10) NOT NULL,
	"skill_level" varchar(2),
	"description" text,
	"document_id" uuid,
	"url" text,
	"institution_id" uuid,
	"withdrawn_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_brands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"applicant_kind" varchar(12) NOT NULL,
	"institution_id" uuid,
	"region_code" varchar(6) NOT NULL,
	"occupation_code" varchar(10) NOT NULL,
	"description" text NOT NULL,
	"status" varchar(10) NOT NULL,
	"review_note" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"batch_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "brand_batches" ADD CONSTRAINT "brand_batches_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_batches" ADD CONSTRAINT "brand_batches_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_findings" ADD CONSTRAINT "institution_findings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_findings" ADD CONSTRAINT "institution_findings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_occupations" ADD CONSTRAINT "institution_occupations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_occupations" ADD CONSTRAINT "institution_occupations_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_qualifications" ADD CONSTRAINT "institution_qualifications_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_qualifications" ADD CONSTRAINT "institution_qualifications_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_sites" ADD CONSTRAINT "institution_sites_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_sites" ADD CONSTRAINT "institution_sites_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_status_decisions" ADD CONSTRAINT "institution_status_decisions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_status_decisions" ADD CONSTRAINT "institution_status_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_pledges" ADD CONSTRAINT "integrity_pledges_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_pledges" ADD CONSTRAINT "integrity_pledges_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_applications" ADD CONSTRAINT "selection_applications_round_id_selection_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_applications" ADD CONSTRAINT "selection_applications_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_applications" ADD CONSTRAINT "selection_applications_site_id_institution_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."institution_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_applications" ADD CONSTRAINT "selection_applications_scored_by_users_id_fk" FOREIGN KEY ("scored_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_applications" ADD CONSTRAINT "selection_applications_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_objections" ADD CONSTRAINT "selection_objections_round_id_selection_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_objections" ADD CONSTRAINT "selection_objections_application_id_selection_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."selection_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_objections" ADD CONSTRAINT "selection_objections_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_objections" ADD CONSTRAINT "selection_objections_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_rounds" ADD CONSTRAINT "selection_rounds_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_rounds" ADD CONSTRAINT "selection_rounds_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_rounds" ADD CONSTRAINT "selection_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_certificates" ADD CONSTRAINT "teacher_certificates_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_certificates" ADD CONSTRAINT "teacher_certificates_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_certificates" ADD CONSTRAINT "teacher_certificates_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_employments" ADD CONSTRAINT "teacher_employments_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_employments" ADD CONSTRAINT "teacher_employments_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_occupations" ADD CONSTRAINT "teacher_occupations_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_occupations" ADD CONSTRAINT "teacher_occupations_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teachers" ADD CONSTRAINT "teachers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teachers" ADD CONSTRAINT "teachers_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teachers" ADD CONSTRAINT "teachers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teaching_resources" ADD CONSTRAINT "teaching_resources_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teaching_resources" ADD CONSTRAINT "teaching_resources_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teaching_resources" ADD CONSTRAINT "teaching_resources_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teaching_resources" ADD CONSTRAINT "teaching_resources_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teaching_resources" ADD CONSTRAINT "teaching_resources_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_brands" ADD CONSTRAINT "training_brands_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_brands" ADD CONSTRAINT "training_brands_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_brands" ADD CONSTRAINT "training_brands_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_brands" ADD CONSTRAINT "training_brands_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_brands" ADD CONSTRAINT "training_brands_batch_id_brand_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."brand_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_brands" ADD CONSTRAINT "training_brands_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "brand_batches_region_number_uq" ON "brand_batches" USING btree ("region_code","number");--> statement-breakpoint
CREATE INDEX "documents_institution_idx" ON "documents" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "documents_region_idx" ON "documents" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "institution_findings_institution_idx" ON "institution_findings" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "institution_qualifications_institution_idx" ON "institution_qualifications" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "institution_sites_institution_idx" ON "institution_sites" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "institution_status_decisions_institution_idx" ON "institution_status_decisions" USING btree ("institution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "institutions_credit_code_uq" ON "institutions" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "institutions_region_idx" ON "institutions" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "institutions_review_idx" ON "institutions" USING btree ("review_status");--> statement-breakpoint
CREATE UNIQUE INDEX "integrity_pledges_version_uq" ON "integrity_pledges" USING btree ("institution_id","text_version");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_applications_round_institution_uq" ON "selection_applications" USING btree ("round_id","institution_id");--> statement-breakpoint
CREATE INDEX "selection_applications_institution_idx" ON "selection_applications" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "selection_objections_round_idx" ON "selection_objections" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "selection_rounds_project_idx" ON "selection_rounds" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "selection_rounds_region_idx" ON "selection_rounds" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "teacher_certificates_teacher_idx" ON "teacher_certificates" USING btree ("teacher_id");--> statement-breakpoint
CREATE UNIQUE INDEX "teachers_person_uq" ON "teachers" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "teachers_region_idx" ON "teachers" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "teaching_resources_region_idx" ON "teaching_resources" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "teaching_resources_occupation_idx" ON "teaching_resources" USING btree ("occupation_code");--> statement-breakpoint
CREATE UNIQUE INDEX "training_brands_name_uq" ON "training_brands" USING btree ("name") WHERE "training_brands"."status" <> 'rejected';--> statement-breakpoint
CREATE INDEX "training_brands_region_idx" ON "training_brands" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "training_brands_batch_idx" ON "training_brands" USING btree ("batch_id");