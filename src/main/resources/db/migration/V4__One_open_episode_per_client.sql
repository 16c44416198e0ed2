-- care: at most one open episode of care per client, held by the database so that concurrent
-- requests cannot open two. open_for_client is the client's id while the episode is open and
-- null once it has ended; a unique constraint allows many nulls on H2 and PostgreSQL alike, which
-- a partial index (PostgreSQL only) would not give us portably.
alter table episode add column open_for_client uuid;

-- Mark the latest open episode of each client. A client left with two open episodes by the old
-- race keeps both rows as they are; only the latest one is held by the constraint.
update episode e set open_for_client = client_id
where end_date is null
  and not exists (select 1 from episode later
                  where later.client_id = e.client_id and later.end_date is null
                    and (later.start_date > e.start_date
                         or (later.start_date = e.start_date and later.id > e.id)));

alter table episode add constraint episode_one_open_per_client unique (open_for_client);
