-- Dashboards (womenfund/dashboard): the status groups over time and the collections by month,
-- per district and month, so a province's or the country's dashboard reads a few hundred small rows
-- instead of grouping 300,000 classifications or 3,000,000 payments on each request.

-- Projects, outstanding and overdue amounts per district, month and status group, as they stood at
-- the end of the month (สถานะลูกหนี้รายเดือน). The current month is a copy of
-- wf_district_status_summary, written by every transaction that counts it again (and by the nightly
-- reclassification), so the last write of a month is how the month ended; earlier months are
-- back-filled once at start by classifying every project as of each month's last day.
create table wf_status_month (
  district_id bigint not null references district(id),
  -- the first day of the month (MONTH is a keyword of H2)
  month_start date not null,
  status_group varchar(20) not null,
  projects bigint not null,
  outstanding_amount numeric(18, 2) not null,
  overdue_amount numeric(18, 2) not null,
  primary key (district_id, month_start, status_group)
);

-- Payments received per district and month (ยอดรับชำระรายเดือน), counted again from wf_payment
-- for the last 24 months of a district whenever its classifications are counted again (a payment
-- always re-classifies its project), and for every district after the nightly run.
create table wf_collection_month (
  district_id bigint not null references district(id),
  month_start date not null,
  payments bigint not null,
  amount numeric(18, 2) not null,
  primary key (district_id, month_start)
);

-- The same per province, summed from the rows above whenever they are written: a province's or the
-- country's dashboard (an administrator serving every province: 928 districts) reads 5 rows per province
-- and month instead of adding up 55,000 district rows on each request.
create table wf_status_month_province (
  province_id bigint not null references province(id),
  month_start date not null,
  status_group varchar(20) not null,
  projects bigint not null,
  outstanding_amount numeric(18, 2) not null,
  overdue_amount numeric(18, 2) not null,
  primary key (province_id, month_start, status_group)
);
create table wf_collection_month_province (
  province_id bigint not null references province(id),
  month_start date not null,
  payments bigint not null,
  amount numeric(18, 2) not null,
  primary key (province_id, month_start)
);

-- The payments of a month (the list behind a month's collections, and the nightly count of the
-- last 24 months), read by date instead of by every project of the scope.
create index ix_wf_payment_paid_on on wf_payment (paid_on, project_id);

-- The back-fill of past months runs once, claimed here like the nightly run.
insert into wf_job_run (job) values ('status-month-backfill');
