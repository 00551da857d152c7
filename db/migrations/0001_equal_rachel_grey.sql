CREATE TABLE `approval_cards` (
	`card_ref` text PRIMARY KEY NOT NULL,
	`request_id` text NOT NULL,
	`step_idx` integer NOT NULL,
	`recipient_open_id` text NOT NULL,
	`open` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `approval_cards_request` ON `approval_cards` (`request_id`,`step_idx`);--> statement-breakpoint
CREATE TABLE `approval_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` text NOT NULL,
	`step_idx` integer NOT NULL,
	`action` text NOT NULL,
	`actor_open_id` text NOT NULL,
	`actor_name` text NOT NULL,
	`on_behalf_of_name` text,
	`to_open_id` text,
	`to_name` text,
	`comment` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `approval_decisions_request` ON `approval_decisions` (`request_id`,`id`);--> statement-breakpoint
CREATE TABLE `approval_delegations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`principal_person_id` text NOT NULL,
	`principal_open_id` text NOT NULL,
	`principal_name` text NOT NULL,
	`delegate_person_id` text NOT NULL,
	`delegate_open_id` text NOT NULL,
	`delegate_name` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `approval_delegations_principal` ON `approval_delegations` (`principal_person_id`,`from_date`);--> statement-breakpoint
CREATE TABLE `approval_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`status` text NOT NULL,
	`applicant_open_id` text NOT NULL,
	`applicant_person_id` text NOT NULL,
	`applicant_name` text NOT NULL,
	`unit_id` text NOT NULL,
	`unit_name` text NOT NULL,
	`enterprises` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`form` text NOT NULL,
	`findings` text NOT NULL,
	`exemptions` text NOT NULL,
	`current_step` integer,
	`form_ref` text,
	`applicant_card_ref` text NOT NULL,
	`source` text NOT NULL,
	`last_buzz_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`closed_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `approval_requests_form_ref_unique` ON `approval_requests` (`form_ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `approval_requests_number` ON `approval_requests` (`kind`,`year`,`seq`);--> statement-breakpoint
CREATE INDEX `approval_requests_status` ON `approval_requests` (`status`);--> statement-breakpoint
CREATE INDEX `approval_requests_applicant` ON `approval_requests` (`applicant_open_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `approval_steps` (
	`request_id` text NOT NULL,
	`idx` integer NOT NULL,
	`role` text NOT NULL,
	`role_label` text NOT NULL,
	`person_id` text NOT NULL,
	`open_id` text NOT NULL,
	`name` text NOT NULL,
	`why` text NOT NULL,
	`clause` text NOT NULL,
	`status` text NOT NULL,
	`assignment` integer DEFAULT 0 NOT NULL,
	`activated_at` text,
	`last_reminded_at` text,
	`decided_at` text,
	`decided_by_open_id` text,
	`decided_by_name` text,
	`on_behalf_of_name` text,
	`comment` text,
	PRIMARY KEY(`request_id`, `idx`)
);
--> statement-breakpoint
CREATE INDEX `approval_steps_assignee` ON `approval_steps` (`open_id`,`status`);--> statement-breakpoint
CREATE TABLE `disclosures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` text NOT NULL,
	`name` text NOT NULL,
	`basis` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`unit_name` text NOT NULL,
	`content` text NOT NULL,
	`approval_date` text NOT NULL,
	`published_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `disclosures_request_id_unique` ON `disclosures` (`request_id`);--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` text NOT NULL,
	`uscc` text NOT NULL,
	`date` text NOT NULL,
	`year` integer NOT NULL,
	`unit_id` text NOT NULL,
	`type` text NOT NULL,
	`on_site` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `inspections_uscc` ON `inspections` (`uscc`,`year`);--> statement-breakpoint
CREATE TABLE `special_filings` (
	`request_id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`basis` text NOT NULL,
	`focus` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`unit_id` text NOT NULL,
	`unit_name` text NOT NULL,
	`targets` text NOT NULL,
	`content` text NOT NULL,
	`approved_by` text NOT NULL,
	`approved_at` text NOT NULL,
	`filed_at` text NOT NULL
);
