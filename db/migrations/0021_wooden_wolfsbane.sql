CREATE TABLE `inspection_day_counts` (
	`year` integer NOT NULL,
	`date` text NOT NULL,
	`unit_id` text NOT NULL,
	`type` text NOT NULL,
	`on_site` integer NOT NULL,
	PRIMARY KEY(`year`, `date`, `unit_id`, `type`)
);
--> statement-breakpoint
CREATE TABLE `inspection_year_counts` (
	`year` integer NOT NULL,
	`uscc` text NOT NULL,
	`visits` integer NOT NULL,
	`on_site` integer NOT NULL,
	`on_site_exempt` integer NOT NULL,
	`last_request_id` text NOT NULL,
	`last_on_site` text,
	PRIMARY KEY(`year`, `uscc`)
);
--> statement-breakpoint
CREATE INDEX `inspection_year_counts_visits` ON `inspection_year_counts` (`year`,`visits`);--> statement-breakpoint
CREATE INDEX `inspection_year_counts_on_site` ON `inspection_year_counts` (`year`,`on_site`,`uscc`,`last_on_site`,`on_site_exempt`);--> statement-breakpoint
INSERT INTO inspection_year_counts (year, uscc, visits, on_site, on_site_exempt, last_request_id, last_on_site)
SELECT year, uscc, count(*) AS visits, sum(on_site) AS on_site,
  sum(on_site AND type IN ('complaint', 'referral', 'monitoring', 'enterprise-request')) AS on_site_exempt,
  max(request_id) AS last_request_id, max(CASE WHEN on_site THEN date END) AS last_on_site
FROM inspections WHERE status <> 'cancelled' GROUP BY year, uscc;--> statement-breakpoint
INSERT INTO inspection_day_counts (year, date, unit_id, type, on_site)
SELECT year, date, unit_id, type, count(*) AS on_site
FROM inspections WHERE on_site = 1 AND status <> 'cancelled' GROUP BY year, date, unit_id, type;
