-- A submitted district report can be returned by the province for correction (ส่งกลับแก้ไข):
-- it becomes editable again (RETURNED) until the district submits it again.
--
-- The state and action checks of V36 were declared inline, so their names differ between H2 and
-- PostgreSQL and cannot be dropped by name in one script for both. Each column is therefore
-- replaced by a copy carrying a named check: dropping the old column drops its check in both
-- databases. Nothing reads these columns by position.
alter table wf_district_report add column state_now varchar(10);
update wf_district_report set state_now = state;
alter table wf_district_report drop column state;
alter table wf_district_report rename column state_now to state;
alter table wf_district_report alter column state set not null;
alter table wf_district_report add constraint ck_wf_district_report_state
  check (state in ('DRAFT', 'SUBMITTED', 'RETURNED'));

-- The first submission: whether a report was late counts from it, so the days the province takes
-- to read and return a report are not charged to the district. submitted_at/submitted_by stay the
-- latest submission, the one the frozen figures belong to.
alter table wf_district_report add column first_submitted_at timestamp with time zone;
update wf_district_report set first_submitted_at = submitted_at;

alter table wf_district_report_event add column action_now varchar(10);
update wf_district_report_event set action_now = action;
alter table wf_district_report_event drop column action;
alter table wf_district_report_event rename column action_now to action;
alter table wf_district_report_event alter column action set not null;
alter table wf_district_report_event add constraint ck_wf_district_report_event_action
  check (action in ('CREATED', 'SAVED', 'SUBMITTED', 'RETURNED'));

-- Why the province returned the report, in its own words (RETURNED events only).
alter table wf_district_report_event add column reason varchar(1000);
