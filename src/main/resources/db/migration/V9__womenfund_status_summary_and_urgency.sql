-- The registry at national scale (bench/README.md): the home page's urgent list, the counts
-- per district and group, and the nightly reclassification of every project.

-- The place of a project in the follow-up order (status/Urgency.rank), computed when it is
-- classified, so the urgent list is an index range scan instead of a sort of every debtor
-- in scope. Whether a debtor is inside the warning days depends on the day: the rank is as
-- of the classification date (as_of), which the nightly run and every change keep at today.
-- Empty for classifications stored before this version: those count as stale and are
-- classified again at the next start.
alter table wf_project_status add column urgency_rank integer;
-- one district (a district officer), then in order; several (a province, the country): the
-- second index is walked in order and filtered by district, so the first 20 come at once
create index ix_wf_project_status_urgency on wf_project_status
  (district_id, urgency_rank, overdue_amount desc, outstanding_amount desc, project_id);
create index ix_wf_project_status_urgency_all on wf_project_status
  (urgency_rank, overdue_amount desc, outstanding_amount desc, project_id);

-- Projects, outstanding and overdue amounts per district and group: what the home page,
-- the overview and GET /api/v1/status-groups show, without a GROUP BY over every stored
-- classification on each request. A row for every district and group, never deleted, so a
-- transaction that changes classifications locks the rows of its districts and counts them
-- again from wf_project_status before it commits (the last one to lock sees every change).
create table wf_district_status_summary (
  district_id bigint not null references district(id),
  status_group varchar(20) not null,
  projects bigint not null,
  outstanding_amount numeric(18, 2) not null,
  overdue_amount numeric(18, 2) not null,
  primary key (district_id, status_group)
);
insert into wf_district_status_summary (district_id, status_group, projects, outstanding_amount, overdue_amount)
select d.id, g.status_group, 0, 0, 0
from district d cross join (values ('TIME_BARRED'), ('CONTRACT_ENDED'), ('OVERDUE'), ('NORMAL'), ('SETTLED')) as g(status_group);
update wf_district_status_summary t set (projects, outstanding_amount, overdue_amount) =
  (select count(*), coalesce(sum(s.outstanding_amount), 0), coalesce(sum(s.overdue_amount), 0)
   from wf_project_status s where s.district_id = t.district_id and s.status_group = t.status_group);

-- Limitation warnings are read by district and date from their own index (db/vendor/*/V9_1);
-- one on the date alone serves nothing else and costs every write of a classification.
drop index ix_wf_project_status_limitation;

-- Ids of the group-change history from a pooled sequence (50 at a time), so Hibernate can
-- send the inserts of a reclassification in JDBC batches; an identity column allows none.
-- Its start is set per database (db/vendor/*/V9_1) after the highest id already used.
create sequence wf_project_status_history_seq start with 1 increment by 50;

-- The project list's order (newest fiscal year, then code): for a province or the country the
-- first page is read in this order instead of sorting every project in scope. The district is
-- in the index so the scope is checked there, not by reading each project (codes of a province
-- sort together, so a province may be far down the order: 104 ms without it, 5 ms with it).
create index ix_wf_project_year_code on wf_project (fiscal_year desc, code, district_id);
