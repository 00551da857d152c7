DROP INDEX `inspections_uscc`;--> statement-breakpoint
CREATE INDEX `inspections_by_enterprise` ON `inspections` (`uscc`,`year`,`date`,`unit_id`,`type`,`on_site`,`request_id`);--> statement-breakpoint
CREATE INDEX `approval_requests_pending` ON `approval_requests` (`status`,`id`,`kind`,`unit_id`,`from_date`,`to_date`,`enterprises`) WHERE "approval_requests"."status" = 'pending';--> statement-breakpoint
INSERT OR IGNORE INTO `directory_meta` (`key`, `value`) VALUES ('revision', 'before-revisions');