-- Nightly jobs claim their day here, so that with several instances behind a load balancer
-- only one of them runs the job (a conditional UPDATE is atomic on H2 and PostgreSQL alike).
create table wf_job_run (
  job varchar(50) primary key,
  last_started_on date,
  started_at timestamp with time zone,
  started_by varchar(200)
);
insert into wf_job_run (job) values ('reclassify');
