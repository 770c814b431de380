CREATE TABLE "subsidy_claim_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"enrolment_id" uuid,
	"certificate_id" uuid,
	"stage" varchar(14),
	"amount_fen" bigint NOT NULL,
	"included" boolean NOT NULL,
	"live" boolean DEFAULT true NOT NULL,
	"reasons" jsonb NOT NULL,
	"policy_version" varchar(24) NOT NULL,
	"rule_ids" jsonb NOT NULL,
	"quote" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subsidy_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" varchar(24) NOT NULL,
	"kind" varchar(20) NOT NULL,
	"scheme" varchar(14) NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"class_id" uuid,
	"institution_id" uuid,
	"fund_source" varchar(24) NOT NULL,
	"total_fen" bigint NOT NULL,
	"status" varchar(10) NOT NULL,
	"budget_id" uuid,
	"notice_until" date,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
ALTER TABLE "subsidy_claim_lines" ADD CONSTRAINT "subsidy_claim_lines_claim_id_subsidy_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."subsidy_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claim_lines" ADD CONSTRAINT "subsidy_claim_lines_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claim_lines" ADD CONSTRAINT "subsidy_claim_lines_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claim_lines" ADD CONSTRAINT "subsidy_claim_lines_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_class_id_training_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."training_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_budget_id_fund_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."fund_budgets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "subsidy_claim_lines_claim_idx" ON "subsidy_claim_lines" USING btree ("claim_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_claim_lines_stage_uq" ON "subsidy_claim_lines" USING btree ("enrolment_id","stage") WHERE "subsidy_claim_lines"."included" and "subsidy_claim_lines"."live";--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_claims_number_uq" ON "subsidy_claims" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_claims_sequence_uq" ON "subsidy_claims" USING btree ("region_code","year","sequence");--> statement-breakpoint
CREATE INDEX "subsidy_claims_status_idx" ON "subsidy_claims" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "subsidy_claims_class_idx" ON "subsidy_claims" USING btree ("class_id");