CREATE TABLE "voucher_offerings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(100) NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"kind" varchar(12) NOT NULL,
	"face_value_fen" bigint,
	"percent_basis_points" integer,
	"cap_fen" bigint,
	"project_id" uuid,
	"occupation_code" varchar(10),
	"institution_id" uuid,
	"quantity" integer NOT NULL,
	"claimed_count" integer DEFAULT 0 NOT NULL,
	"claim_from" date NOT NULL,
	"claim_to" date NOT NULL,
	"min_age" integer,
	"max_age" integer,
	"target_groups" text[] DEFAULT '{}' NOT NULL,
	"status" varchar(10) NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"status_changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "voucher_offerings_claimed_within_quantity" CHECK ("voucher_offerings"."claimed_count" between 0 and "voucher_offerings"."quantity")
);
--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD COLUMN "offering_id" uuid;--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD COLUMN "target_group" varchar(40);--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD COLUMN "card_state" varchar(12) DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD COLUMN "card_ref" text;--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD COLUMN "card_synced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD COLUMN "card_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD COLUMN "card_error" text;--> statement-breakpoint
ALTER TABLE "voucher_offerings" ADD CONSTRAINT "voucher_offerings_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_offerings" ADD CONSTRAINT "voucher_offerings_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_offerings" ADD CONSTRAINT "voucher_offerings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_offerings" ADD CONSTRAINT "voucher_offerings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "voucher_offerings_region_idx" ON "voucher_offerings" USING btree ("region_code","created_at");--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD CONSTRAINT "training_vouchers_offering_id_voucher_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."voucher_offerings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_vouchers_offering_idx" ON "training_vouchers" USING btree ("offering_id") WHERE "training_vouchers"."offering_id" is not null;--> statement-breakpoint
CREATE INDEX "training_vouchers_card_due_idx" ON "training_vouchers" USING btree ("region_code") WHERE "training_vouchers"."card_state" in ('pending', 'withdrawing');