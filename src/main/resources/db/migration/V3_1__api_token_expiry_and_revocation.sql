-- API tokens expire and can be revoked (issue #7). A token issued before this version never
-- expired; it now expires 90 days after the upgrade, the default validity of a new token, so
-- that no client breaks on the day of the upgrade.

alter table api_token add column revoked_at timestamp with time zone;

update api_token set expires_at = current_timestamp + interval '90' day where expires_at is null;

alter table api_token alter column expires_at set not null;
