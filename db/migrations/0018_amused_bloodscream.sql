DROP INDEX `inspections_by_enterprise`;--> statement-breakpoint
ALTER TABLE `inspections` ADD `referral_id` text;--> statement-breakpoint
CREATE INDEX `inspections_awaiting_feedback` ON `inspections` (`result_date`) WHERE "inspections"."status" = 'done';--> statement-breakpoint
CREATE INDEX `inspections_by_year` ON `inspections` (`year`,`uscc`,`on_site`,`status`,`unit_id`,`date`,`type`,`request_id`);--> statement-breakpoint
CREATE INDEX `inspections_by_enterprise` ON `inspections` (`uscc`,`year`,`date`,`unit_id`,`type`,`on_site`,`request_id`,`status`,`code`,`result_date`);