-- Limitation warnings (counted on every overview, listed on /womenfund/warnings) are the
-- ended and overdue debtors of a district whose limitation ends within the warning days:
-- a partial index holds just those groups, by district and date.
create index ix_wf_project_status_limitation_warning on wf_project_status (district_id, limitation_ends_on)
  where status_group in ('CONTRACT_ENDED', 'OVERDUE');

-- Hibernate's pooled optimizer takes a value as the top of a block of 50: start one block
-- above the highest id already used.
select setval('wf_project_status_history_seq', (select coalesce(max(id), 0) + 50 from wf_project_status_history), false);
