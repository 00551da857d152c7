CREATE TABLE `referral_cards` (
	`card_ref` text PRIMARY KEY NOT NULL,
	`referral_id` text NOT NULL,
	`recipient_open_id` text NOT NULL,
	`open` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `referral_cards_referral` ON `referral_cards` (`referral_id`,`open`);--> statement-breakpoint
CREATE TABLE `referral_drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`sender_open_id` text NOT NULL,
	`draft` text NOT NULL,
	`unsure` text NOT NULL,
	`referral_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `referral_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`referral_id` text NOT NULL,
	`kind` text NOT NULL,
	`state` text NOT NULL,
	`actor_open_id` text NOT NULL,
	`actor_name` text NOT NULL,
	`note` text,
	`input` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `referral_events_referral` ON `referral_events` (`referral_id`,`id`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`status` text NOT NULL,
	`channel` text NOT NULL,
	`draft_id` text,
	`sender_open_id` text NOT NULL,
	`sender_name` text NOT NULL,
	`from_unit_id` text NOT NULL,
	`from_unit_name` text NOT NULL,
	`from_head_name` text NOT NULL,
	`to_unit_id` text NOT NULL,
	`to_unit_name` text NOT NULL,
	`subject_name` text NOT NULL,
	`uscc` text,
	`id_number` text,
	`enterprise_uscc` text,
	`county` text,
	`source` text NOT NULL,
	`source_note` text,
	`violations` text NOT NULL,
	`violation_note` text,
	`description` text NOT NULL,
	`law` text,
	`materials` text NOT NULL,
	`opinion` text NOT NULL,
	`coordinate_unit_id` text,
	`coordinate_text` text,
	`warnings` text NOT NULL,
	`receiver_opinion` text,
	`receiver_head_name` text,
	`decided_at` text,
	`handler_person_id` text,
	`handler_open_id` text,
	`handler_name` text,
	`deadline` text,
	`overdue_notice_on` text,
	`submitted_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`closed_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `referrals_draft_id_unique` ON `referrals` (`draft_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `referrals_number` ON `referrals` (`year`,`seq`);--> statement-breakpoint
CREATE INDEX `referrals_status` ON `referrals` (`status`,`deadline`);--> statement-breakpoint
CREATE INDEX `referrals_to_unit` ON `referrals` (`to_unit_id`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `referrals_from_unit` ON `referrals` (`from_unit_id`,`submitted_at`);