CREATE TABLE `tracked_cards` (
	`card_ref` text NOT NULL,
	`kind` text NOT NULL,
	`subject` text NOT NULL,
	`recipient_open_id` text NOT NULL,
	`open` integer NOT NULL,
	`sent_at` text NOT NULL,
	PRIMARY KEY(`card_ref`, `subject`)
);
--> statement-breakpoint
CREATE INDEX `tracked_cards_subject` ON `tracked_cards` (`kind`,`subject`,`open`);--> statement-breakpoint
CREATE INDEX `tracked_cards_holder` ON `tracked_cards` (`kind`,`recipient_open_id`,`open`);--> statement-breakpoint
CREATE INDEX `tracked_cards_aging` ON `tracked_cards` (`kind`,`open`,`sent_at`);--> statement-breakpoint
ALTER TABLE `referrals` ADD `warning_id` text;--> statement-breakpoint
UPDATE `referrals` SET `warning_id` = (SELECT `id` FROM `warnings` WHERE `warnings`.`referral_id` = `referrals`.`id`);
--> statement-breakpoint
INSERT OR IGNORE INTO `tracked_cards` (`card_ref`, `kind`, `subject`, `recipient_open_id`, `open`, `sent_at`)
  SELECT 'warning:' || w.`id`, 'warning', w.`id`, p.`open_id`, 1, w.`sent_at`
  FROM `warnings` w JOIN `units` u ON u.`id` = w.`branch_id` JOIN `people` p ON p.`id` = u.`head`
  WHERE w.`status` IN ('sent', 'acknowledged');
