ALTER TABLE `approval_cards` ADD `sent_at` text;--> statement-breakpoint
CREATE INDEX `approval_cards_aging` ON `approval_cards` (`open`,`sent_at`);--> statement-breakpoint
ALTER TABLE `approval_requests` ADD `applicant_card_sent_at` text;--> statement-breakpoint
ALTER TABLE `referral_cards` ADD `sent_at` text;--> statement-breakpoint
CREATE INDEX `referral_cards_aging` ON `referral_cards` (`open`,`sent_at`);--> statement-breakpoint
UPDATE `approval_cards` SET `sent_at` = (SELECT coalesce(min(`outbox`.`sent_at`), min(`outbox`.`created_at`)) FROM `outbox` WHERE `outbox`.`card_ref` = `approval_cards`.`card_ref`) WHERE `sent_at` IS NULL;--> statement-breakpoint
UPDATE `referral_cards` SET `sent_at` = (SELECT coalesce(min(`outbox`.`sent_at`), min(`outbox`.`created_at`)) FROM `outbox` WHERE `outbox`.`card_ref` = `referral_cards`.`card_ref`) WHERE `sent_at` IS NULL;--> statement-breakpoint
UPDATE `approval_requests` SET `applicant_card_sent_at` = coalesce((SELECT coalesce(min(`outbox`.`sent_at`), min(`outbox`.`created_at`)) FROM `outbox` WHERE `outbox`.`card_ref` = `approval_requests`.`applicant_card_ref`), `created_at`) WHERE `applicant_card_sent_at` IS NULL;
