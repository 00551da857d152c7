CREATE TABLE `outreach_activities` (
	`id` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`channel` text NOT NULL,
	`unit_id` text NOT NULL,
	`unit_name` text NOT NULL,
	`date` text NOT NULL,
	`form` text NOT NULL,
	`topic` text NOT NULL,
	`team` text NOT NULL,
	`recorded_by_open_id` text NOT NULL,
	`recorded_by_name` text NOT NULL,
	`recorded_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outreach_number` ON `outreach_activities` (`year`,`seq`);--> statement-breakpoint
CREATE INDEX `outreach_date` ON `outreach_activities` (`date`);--> statement-breakpoint
CREATE TABLE `outreach_enterprises` (
	`activity_id` text NOT NULL,
	`uscc` text NOT NULL,
	`enterprise_name` text NOT NULL,
	`county` text NOT NULL,
	`date` text NOT NULL,
	PRIMARY KEY(`activity_id`, `uscc`)
);
--> statement-breakpoint
CREATE INDEX `outreach_enterprises_uscc` ON `outreach_enterprises` (`uscc`,`date`);--> statement-breakpoint
CREATE TABLE `outreach_reminders` (
	`unit_id` text NOT NULL,
	`month` text NOT NULL,
	`sent_at` text NOT NULL,
	`missing` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `month`)
);
--> statement-breakpoint
CREATE TABLE `warnings` (
	`id` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`status` text NOT NULL,
	`channel` text NOT NULL,
	`unit_id` text NOT NULL,
	`unit_name` text NOT NULL,
	`sender_open_id` text NOT NULL,
	`sender_name` text NOT NULL,
	`uscc` text NOT NULL,
	`enterprise_name` text NOT NULL,
	`county` text NOT NULL,
	`branch_id` text,
	`source` text NOT NULL,
	`risk` text NOT NULL,
	`advice` text NOT NULL,
	`repeat_of` text,
	`referral_id` text,
	`note` text,
	`sent_at` text NOT NULL,
	`sent_on` text NOT NULL,
	`acknowledged_at` text,
	`closed_at` text,
	`closed_by_name` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `warnings_referral_id_unique` ON `warnings` (`referral_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `warnings_number` ON `warnings` (`year`,`seq`);--> statement-breakpoint
CREATE INDEX `warnings_enterprise` ON `warnings` (`uscc`,`sent_on`);--> statement-breakpoint
CREATE INDEX `warnings_status` ON `warnings` (`status`,`sent_on`);--> statement-breakpoint
ALTER TABLE `enterprises` ADD `key` integer DEFAULT false NOT NULL;