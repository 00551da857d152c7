ALTER TABLE `inspections` ADD `code` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `enterprise_name` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `last_date` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `status` text DEFAULT 'planned' NOT NULL;--> statement-breakpoint
ALTER TABLE `inspections` ADD `result_date` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `outcome` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `findings` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `methods` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `result_by_open_id` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `result_by_name` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `result_at` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `feedback_date` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `feedback_means` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `feedback_content` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `feedback_by_open_id` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `feedback_by_name` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `feedback_at` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `cancel_reason` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `cancelled_by_open_id` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `cancelled_by_name` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `cancelled_at` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `reminders` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `inspections` ADD `last_reminded_at` text;--> statement-breakpoint
CREATE UNIQUE INDEX `inspections_code_unique` ON `inspections` (`code`);--> statement-breakpoint
CREATE INDEX `inspections_request` ON `inspections` (`request_id`);--> statement-breakpoint
CREATE INDEX `inspections_open` ON `inspections` (`status`,`last_date`) WHERE "inspections"."status" IN ('planned', 'done');--> statement-breakpoint
UPDATE `inspections` SET `last_date` = (SELECT `to_date` FROM `approval_requests` r WHERE r.`id` = `inspections`.`request_id`) WHERE `last_date` IS NULL;--> statement-breakpoint
UPDATE `inspections` SET `code` = `request_id` || '-' || (SELECT count(*) FROM `inspections` i2 WHERE i2.`request_id` = `inspections`.`request_id` AND i2.`id` <= `inspections`.`id`) WHERE `code` IS NULL;
