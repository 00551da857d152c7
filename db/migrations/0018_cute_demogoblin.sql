CREATE TABLE `inspection_cards` (
	`card_ref` text PRIMARY KEY NOT NULL,
	`inspection_code` text NOT NULL,
	`recipient_open_id` text NOT NULL,
	`open` integer NOT NULL,
	`sent_at` text
);
--> statement-breakpoint
CREATE INDEX `inspection_cards_inspection` ON `inspection_cards` (`inspection_code`,`open`);--> statement-breakpoint
CREATE INDEX `inspection_cards_aging` ON `inspection_cards` (`open`,`sent_at`);--> statement-breakpoint
ALTER TABLE `inspections` ADD `referral_id` text;