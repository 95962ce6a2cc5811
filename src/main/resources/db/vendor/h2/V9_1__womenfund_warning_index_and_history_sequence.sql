-- H2 has no partial indexes; the small embedded data needs no more than this one.
create index ix_wf_project_status_limitation_warning on wf_project_status (district_id, limitation_ends_on);

-- Hibernate's pooled optimizer takes a value as the top of a block of 50: start one block
-- above the highest id already used.
alter sequence wf_project_status_history_seq restart with (select coalesce(max(id), 0) + 50 from wf_project_status_history);
