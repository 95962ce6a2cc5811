-- Fast Data benchmark: national-scale synthetic registry of the Women's Development Fund.
-- Run against a database Flyway has already migrated (bench/run does it), as a superuser:
--   psql -h 127.0.0.1 -U postgres -d fastdata_bench -v ON_ERROR_STOP=1 -f bench/generate.sql
-- Set-based only (insert … select … from generate_series): no round trip per row.
-- Deterministic: the same numbers every run (hashes of ids, no random()).
--
--   1,000,000 people · 300,000 projects over all 928 districts · 300,000 contracts and schedules
--   · 7,200,000 installments · ~3,000,000 payments · ~12,000 acknowledgments · ~990,000 members
--   · the work on the debtors (step 9): 75,000 locations, visit plans and records, ~11,000 measure applications,
--     ~4,400 mediation cases, ~1,700 suits, district reports, committee meetings
--
-- wf_project_status is left empty on purpose: the app's next start (ClassificationAtStart)
-- classifies every project and logs "Classified N projects as of today in X ms".

\timing on
\set ON_ERROR_STOP 1
set client_min_messages = warning;
-- Foreign keys are valid by construction: skip their per-row triggers (superuser only).
set session_replication_role = replica;
set maintenance_work_mem = '512MB';
set work_mem = '128MB';
set synchronous_commit = off;

-- A cheap deterministic hash of an integer: 0 .. 2^31-1.
create function pg_temp.h(n bigint) returns bigint language sql immutable as
$$ select ((n * 2654435761) # ((n * 2654435761) >> 16)) & 2147483647 $$;

-- The national-ID check digit of a 12-digit number (weights 13..2, mod 11).
create function pg_temp.check_digit(n bigint) returns int language sql immutable as $$
  select ((11 - (sum(((n / (10::bigint ^ (12 - k))::bigint) % 10) * (14 - k)) % 11)) % 10)::int
  from generate_series(1, 12) k
$$;

\echo '== step 0: clean, every province served'
truncate wf_committee_meeting, wf_district_report, wf_visit_plan, wf_status_month, wf_collection_month, wf_status_month_province, wf_collection_month_province, wf_project_status_history, wf_project_status, wf_acknowledgment, wf_payment, wf_installment,
  wf_schedule, wf_contract, wf_project_member, wf_project, wf_person restart identity cascade;
update province set served = true where not served;

\echo '== step 1: 1,000,000 people'
insert into wf_person (id, national_id, title, first_name, last_name, birth_date, phone, address,
  created_at, updated_at)
select i,
  b.base::text || pg_temp.check_digit(b.base)::text,
  case when pg_temp.h(i) % 4 = 0 then 'นางสาว' else 'นาง' end,
  (array['สมหญิง','สมใจ','มาลี','บุญมี','วันเพ็ญ','สุดา','กาญจนา','จันทร์เพ็ญ','ประไพ','ละเอียด',
         'อรุณี','สายสุนีย์','พรทิพย์','วิไล','ศรีสุดา','นงลักษณ์','บังอร','ทองใบ','สมจิตร','ราตรี',
         'ดวงใจ','เพ็ญศรี','อำไพ','ลำดวน','คำปุ่น','บัวผัน','สมพร','ปราณี','จิราพร','รัชนี',
         'สุนันทา','อุไร','ยุพิน','สมศรี','นิตยา','ทองม้วน','ประนอม','สำราญ','เยาวลักษณ์','กัลยา'])
    [1 + (pg_temp.h(i) / 7) % 40],
  (array['ศรี','บุญ','ทอง','แก้ว','สุข','คำ','จันทร์','เพชร','อินทร์','พรหม','มณี','ชัย',
         'วง','ศักดิ์','นาค','สิงห์','บัว','พูล','เงิน','ใจ'])[1 + (pg_temp.h(i) / 311) % 20]
  || (array['สวัสดิ์','ประเสริฐ','มั่น','เจริญ','ดี','สุข','วงศ์','งาม','แสง','รักษ์','ทรัพย์',
         'พันธ์','สมบูรณ์','ไพศาล','ยิ่ง','ศรี','รุ่งเรือง','ทวี','กุล','ภักดี'])[1 + (pg_temp.h(i) / 9973) % 20],
  date '1950-01-01' + (pg_temp.h(i) % 18000)::int,
  '0' || (array['8','9','6'])[1 + i % 3] || lpad((pg_temp.h(i * 31) % 10)::text, 1, '0') || '-'
    || lpad((pg_temp.h(i * 37) % 1000)::text, 3, '0') || '-' || lpad((pg_temp.h(i * 41) % 10000)::text, 4, '0'),
  (pg_temp.h(i) % 300 + 1)::text || ' หมู่ ' || (pg_temp.h(i) % 15 + 1)::text,
  now(), now()
from generate_series(1, 1000000) i,
  -- 12 distinct digits, first digit 1-8, then the check digit
  lateral (select (1 + i % 8) * 100000000000::bigint + i::bigint * 97 as base) b;

\echo '== step 2: 300,000 projects over all 928 districts and their subdistricts'
create temp table bench_district as
  select row_number() over (order by d.id) - 1 as n, d.id, p.code as province_code,
    (select array_agg(s.id order by s.id) from subdistrict s where s.district_id = d.id) as subdistricts
  from district d join province p on p.id = d.province_id;
create temp table bench_project as
  select i as id, d.id as district_id,
    d.subdistricts[1 + pg_temp.h(i) % cardinality(d.subdistricts)] as subdistrict_id,
    d.province_code,
    2550 + (pg_temp.h(i * 3) % 19)::int as fiscal_year,
    (50000 + (pg_temp.h(i * 5) % 31) * 5000)::numeric(14, 2) as amount
  from generate_series(1, 300000) i
  join bench_district d on d.n = (i + pg_temp.h(i) % 3) % 928;
insert into wf_project (id, code, name, group_name, fund_generation, district_id, subdistrict_id, fiscal_year,
  approved_amount, created_at, updated_at)
select id,
  'WF' || province_code || '-' || fiscal_year || '-' || lpad(id::text, 6, '0'),
  'โครงการ' || (array['ทอผ้าไหม','แปรรูปอาหาร','เลี้ยงไก่ไข่','ปลูกผักปลอดสารพิษ','จักสานไม้ไผ่','ทำขนมไทย',
                     'เลี้ยงปลาดุก','ตัดเย็บเสื้อผ้า','นวดแผนไทย','ทำน้ำพริกแกง','เพาะเห็ด','ทำปุ๋ยหมัก',
                     'ผลิตสบู่สมุนไพร','ร้านค้าชุมชน','เลี้ยงโคขุน','ทำข้าวเกรียบ'])[1 + pg_temp.h(id * 7) % 16]
    || 'กลุ่มสตรีบ้าน' || (array['หนองบัว','โนนสูง','ดอนแดง','ป่าแดง','หัวนา','ท่าช้าง','โคกกลาง','นาคำ',
                     'บ่อทอง','ห้วยทราย','สันป่าตอง','คลองใหม่'])[1 + pg_temp.h(id * 11) % 12],
  'กลุ่มสตรีพัฒนา' || (pg_temp.h(id) % 20 + 1),
  case when fiscal_year >= 2560 then 'NEW' else 'OLD' end,
  district_id, subdistrict_id, fiscal_year, amount, now(), now()
from bench_project;

\echo '== step 3: one contract and one schedule per project'
insert into wf_contract (id, project_id, contract_number, signed_on, amount, annual_interest_rate, default_interest_rate)
select id, id, 'สญ.' || id || '/' || fiscal_year,
  make_date(fiscal_year - 543 - 1, 10, 1) + (pg_temp.h(id * 13) % 360)::int, amount,
  case when fiscal_year >= 2560 then 3 else 0 end, 7.5
from bench_project;
insert into wf_schedule (id, contract_id, effective_from, created_at)
select id, id, signed_on, now() from wf_contract;

\echo '== step 4: 24 monthly installments per schedule (7,200,000)'
insert into wf_installment (id, schedule_id, seq, due_on, amount)
select (c.id - 1) * 24 + k, c.id, k, (c.signed_on + make_interval(months => k))::date,
  case when k < 24 then round(c.amount / 24, 2) else c.amount - 23 * round(c.amount / 24, 2) end
from wf_contract c, generate_series(1, 24) k
-- stored the way an app writes them, one schedule after the other (physically clustered by schedule)
order by c.id, k;

\echo '== step 5: payments (~3,000,000): 27% pay every installment due, the rest stop after 0-10'
insert into wf_payment (project_id, paid_on, amount, reference, source, created_at, created_by)
select i.schedule_id, least(i.due_on + (pg_temp.h(i.id) % 12)::int - 5, current_date - 1), i.amount,
  'RC' || i.id, case when i.seq % 5 = 0 then 'BILL_PAYMENT' else 'LM' end, now(), 'bench'
from wf_installment i
where i.seq <= case when pg_temp.h(i.schedule_id * 17) % 100 < 27 then 24 else (pg_temp.h(i.schedule_id * 17) % 11)::int end
  and (i.due_on <= current_date or pg_temp.h(i.schedule_id * 17) % 100 >= 27)
order by i.schedule_id, i.seq;

\echo '== step 6: acknowledgments of some defaulters'
insert into wf_acknowledgment (project_id, kind, signed_on, note, created_at, created_by)
select c.id, case when pg_temp.h(c.id * 19) % 5 = 0 then 'LIABILITY' else 'DEBT' end,
  c.signed_on + make_interval(years => 4 + (pg_temp.h(c.id * 23) % 4)::int)::interval, 'bench', now(), 'bench'
from wf_contract c
where pg_temp.h(c.id * 17) % 100 >= 27 and pg_temp.h(c.id * 29) % 25 = 0
  and c.signed_on + make_interval(years => 4 + (pg_temp.h(c.id * 23) % 4)::int) <= current_date;

\echo '== step 7: members, about 3.3 people per project (a borrower, co-borrowers, guarantors)'
insert into wf_project_member (project_id, person_id, member_role)
select project_id, 1 + (row_number() over (order by project_id, j) - 1) % 1000000,
  case when j = 1 then 'BORROWER' when j % 2 = 0 then 'CO_BORROWER' else 'GUARANTOR' end
from (select p.id as project_id, j
      from bench_project p, generate_series(1, 3 + (pg_temp.h(p.id * 31) % 10 < 3)::int) j) m;

\echo '== step 7b: the dashboards past 23 months (wf_status_month), one row per district, month and group'
-- What the app's one-off back-fill (womenfund/dashboard/PastMonths) would write, in the same number of rows;
-- marked as done so the app's start does not classify every project 23 times while it is measured. This
-- month's rows and the collections (wf_collection_month) are written by the app's classification at start.
insert into wf_status_month (district_id, month_start, status_group, projects, outstanding_amount, overdue_amount)
select d.id, (date_trunc('month', current_date) - make_interval(months => m))::date, g.status_group,
  n.projects, n.projects * (20000 + pg_temp.h(d.id * 7 + m) % 30000), n.projects * (pg_temp.h(d.id * 11 + m) % 20000)
from district d cross join generate_series(1, 23) m
  cross join (values ('TIME_BARRED', 1), ('CONTRACT_ENDED', 2), ('OVERDUE', 3), ('NORMAL', 4), ('SETTLED', 5)) g(status_group, k),
  lateral (select 20 + pg_temp.h(d.id * 100 + m * 7 + g.k) % 100 as projects) n;
insert into wf_status_month_province (province_id, month_start, status_group, projects, outstanding_amount, overdue_amount)
select d.province_id, m.month_start, m.status_group, sum(m.projects), sum(m.outstanding_amount), sum(m.overdue_amount)
from wf_status_month m join district d on d.id = m.district_id group by d.province_id, m.month_start, m.status_group;
update wf_job_run set last_started_on = current_date, started_at = now(), started_by = 'bench/generate.sql'
where job = 'status-month-backfill';

\echo '== step 9: the work on the debtors (pages of set f): locations, visits, applications, mediation, suits, reports, committee'
-- Realistic amounts for the pages added after the registry: on the debtors who stopped paying (the same 73 % as
-- step 5, "d" below), a quarter of all projects located on the map, three months of visit plans of 20 debtors per
-- district with their records, ~11,000 measure applications in every state, ~4,400 pre-suit mediation cases,
-- ~1,700 suits, the district reports of the last periods and three committee meetings per province.
create temp table bench_today as select (now() at time zone 'Asia/Bangkok')::date as d;
create temp table bench_debtor as
  select p.id, p.district_id, d.province_id, p.fiscal_year
  from wf_project p join district d on d.id = p.district_id
  where pg_temp.h(p.id * 17) % 100 >= 27;
create index on bench_debtor (id);

-- 9a. a quarter of the projects located (a point per project, around a point per district)
insert into wf_project_location (project_id, person_id, latitude, longitude, accuracy_m, method, note, recorded_at, recorded_by)
select p.id, m.person_id,
  round((6.5 + (pg_temp.h(p.district_id * 3) % 1300) / 100.0 + (pg_temp.h(p.id * 71) % 4000 - 2000) / 100000.0)::numeric, 6),
  round((98.3 + (pg_temp.h(p.district_id * 5) % 700) / 100.0 + (pg_temp.h(p.id * 73) % 4000 - 2000) / 100000.0)::numeric, 6),
  5 + (pg_temp.h(p.id * 79) % 40)::int,
  case when pg_temp.h(p.id * 83) % 3 = 0 then 'MAP_CLICK' else 'GPS' end,
  case when pg_temp.h(p.id * 89) % 4 = 0 then 'บ้านหลังวัด ประตูสีฟ้า' end,
  now() - make_interval(days => (pg_temp.h(p.id * 97) % 400)::int), 'bench'
from wf_project p join wf_project_member m on m.project_id = p.id and m.member_role = 'BORROWER'
where pg_temp.h(p.id * 43) % 4 = 0;

-- 9b. visit plans: this month and the two before, 20 debtors a district each, the most urgent not chosen on
-- purpose (hash order), and a record of each visit made (9 in 10 of the days already past)
insert into wf_visit_plan (district_id, plan_month, created_at, created_by)
select d.id, (date_trunc('month', t.d) - make_interval(months => m))::date, now(), 'bench'
from district d, bench_today t, generate_series(0, 2) m;
insert into wf_visit_stop (plan_id, project_id, visit_on, local_leaders, added_at, added_by)
select pl.id, s.id, pl.plan_month + (pg_temp.h(s.id * 101 + pl.id) % 28)::int,
  case when pg_temp.h(s.id * 103) % 3 = 0 then 'ผู้ใหญ่บ้าน หมู่ ' || (pg_temp.h(s.id) % 15 + 1) end, now(), 'bench'
from wf_visit_plan pl
join (select b.id, b.district_id, m,
        row_number() over (partition by b.district_id, m order by pg_temp.h(b.id * 107 + m), b.id) as n
      from bench_debtor b, generate_series(0, 2) m) s
  on s.district_id = pl.district_id and s.n <= 20
  and pl.plan_month = (select (date_trunc('month', t.d) - make_interval(months => s.m))::date from bench_today t);
insert into wf_visit_record (client_id, project_id, district_id, stop_id, visited_on, met_person, outcome,
  promise_on, promise_amount, notes, latitude, longitude, accuracy_m, typed_at, created_at, created_by)
select uuid_in(md5('bench-visit-' || st.id)::cstring)::text, st.project_id, pl.district_id, st.id, st.visit_on,
  case when o.outcome in ('MET', 'PROMISED_TO_PAY', 'WILL_APPLY_FOR_MEASURE', 'REFUSES') then 'ผู้กู้' end,
  o.outcome,
  case when o.outcome = 'PROMISED_TO_PAY' then st.visit_on + 30 end,
  case when o.outcome = 'PROMISED_TO_PAY' then (1000 + pg_temp.h(st.id * 113) % 20 * 500)::numeric(14, 2) end,
  case when o.outcome in ('MOVED', 'UNTRACEABLE') then 'ย้ายไปทำงานต่างจังหวัด เพื่อนบ้านไม่ทราบที่อยู่ใหม่' else 'ติดตามตามแผน' end,
  null, null, null, st.visit_on + time '10:00', st.visit_on + time '16:00', 'bench'
from wf_visit_stop st join wf_visit_plan pl on pl.id = st.plan_id, bench_today t,
  lateral (select (array['MET','MET','MET','MET','MET','NOT_AT_HOME','NOT_AT_HOME','NOT_AT_HOME','MOVED','UNTRACEABLE',
    'PROMISED_TO_PAY','PROMISED_TO_PAY','PROMISED_TO_PAY','PROMISED_TO_PAY','PROMISED_TO_PAY','PROMISED_TO_PAY',
    'WILL_APPLY_FOR_MEASURE','WILL_APPLY_FOR_MEASURE','REFUSES','DECEASED'])[1 + pg_temp.h(st.id * 109) % 20] as outcome) o
where st.visit_on < t.d and pg_temp.h(st.id * 127) % 10 < 9;

-- 9c. measure applications (~1 debtor in 20): restructuring, penalty waiver, mediation discount, in every state of
-- the provincial path, drafted over the last four months, with their steps and, for a restructuring, its new schedule
insert into wf_measure_application (project_id, person_id, district_id, member_role, measure, version_id, state, note,
  first_due_on, years, installments_per_year, drafted_by, drafted_at, state_since, decided_on)
select b.id, m.person_id, b.district_id, 'BORROWER', x.measure,
  (select v.id from wf_measure_version v where v.measure = x.measure order by v.effective_from desc limit 1),
  x.state, 'ขอเข้ามาตรการตามที่แจ้งไว้ในการเยี่ยมบ้าน',
  case when x.measure = 'RESTRUCTURING' then (date_trunc('month', t.d) + interval '1 month')::date end,
  case when x.measure = 'RESTRUCTURING' then 2 end, case when x.measure = 'RESTRUCTURING' then 12 end,
  'bench', x.drafted_at,
  case when x.state = 'DRAFT' then x.drafted_at else x.drafted_at + make_interval(days => 1 + (pg_temp.h(b.id * 131) % 20)::int) end,
  case when x.state in ('APPROVED', 'REJECTED') then (x.drafted_at + make_interval(days => 1 + (pg_temp.h(b.id * 131) % 20)::int))::date end
from bench_debtor b
join wf_project_member m on m.project_id = b.id and m.member_role = 'BORROWER', bench_today t,
  lateral (select (array['RESTRUCTURING','PENALTY_WAIVER','MEDIATION_DISCOUNT'])[1 + pg_temp.h(b.id * 137) % 3] as measure,
    (array['DRAFT','DRAFT','SUBMITTED','SUBMITTED','SUBMITTED','SUBMITTED','SUBMITTED','RETURNED','APPROVED','APPROVED',
      'APPROVED','APPROVED','APPROVED','APPROVED','APPROVED','APPROVED','APPROVED','REJECTED','REJECTED','REJECTED'])
      [1 + pg_temp.h(b.id * 139) % 20] as state,
    now() - make_interval(days => 21 + (pg_temp.h(b.id * 149) % 100)::int) as drafted_at) x
where pg_temp.h(b.id * 47) % 20 = 0
order by b.id;
insert into wf_measure_application_step (application_id, action, from_state, to_state, actor, actor_role, at, note,
  resolution, meeting_no, meeting_on)
select a.id, s.action, s.from_state, s.to_state, s.actor, s.role, s.at, null, s.resolution, s.meeting_no, s.meeting_on
from wf_measure_application a,
  lateral (values
    (1, 'DRAFT', null, 'DRAFT', 'bench.district', 'DISTRICT_OFFICER', a.drafted_at, null, null, null::date),
    (2, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'bench.district', 'DISTRICT_OFFICER', a.drafted_at + interval '1 hour', null, null, null),
    (3, case a.state when 'RETURNED' then 'RETURN' when 'APPROVED' then 'APPROVE' else 'REJECT' end, 'SUBMITTED', a.state,
       'bench.province', 'PROVINCE_OFFICER', a.state_since,
       case when a.state in ('APPROVED', 'REJECTED') then 'มติที่ประชุมอนุกรรมการบริหารกองทุนฯ จังหวัด' end,
       case when a.state in ('APPROVED', 'REJECTED') then (1 + a.id % 12)::text || '/2568' end, a.decided_on)
  ) s(n, action, from_state, to_state, actor, role, at, resolution, meeting_no, meeting_on)
where s.n = 1 or (s.n = 2 and a.state <> 'DRAFT') or (s.n = 3 and a.state in ('RETURNED', 'APPROVED', 'REJECTED'))
order by a.id, s.n;
insert into wf_measure_application_due (application_id, seq, due_on, amount)
select a.id, k, (a.first_due_on + make_interval(months => k - 1))::date, (1000 + a.id % 20 * 100)::numeric(14, 2)
from wf_measure_application a, generate_series(1, 24) k
where a.measure = 'RESTRUCTURING' and a.state <> 'REJECTED'
order by a.id, k;

-- 9d. pre-suit mediation (~1 debtor in 50) at one magistrates' court per province: 4 in 10 still open with a
-- hearing in the next two months, the others heard in the last three (compromise, no agreement, no show)
insert into wf_court (province_id, name_th, address)
select p.id, 'ศาลแขวง' || p.name_th, 'จังหวัด' || p.name_th from province p
where p.served and not exists (select 1 from wf_court c where c.province_id = p.id);
insert into wf_mediation_case (project_id, district_id, court_id, path, invitation_received_on, hearing_on, hearing_time,
  outcome, outcome_on, outcome_note, compromise_amount, note, opened_by, opened_at)
select b.id, b.district_id, c.id, x.path, case when x.path = 'MAIL' then x.hearing_on - 50 end, x.hearing_on,
  (array['09:00', '10:30', '13:30'])[1 + pg_temp.h(b.id * 151) % 3], x.outcome,
  case when x.outcome <> 'OPEN' then x.hearing_on end,
  case x.outcome when 'NO_SHOW' then 'ลูกหนี้ไม่มาตามนัด' when 'NO_AGREEMENT' then 'ตกลงกันไม่ได้' end,
  case when x.outcome = 'COMPROMISE' then (20000 + pg_temp.h(b.id * 157) % 60 * 1000)::numeric(14, 2) end,
  null, 'bench', (x.hearing_on - 60) + time '09:00'
from bench_debtor b join (select distinct on (province_id) id, province_id from wf_court order by province_id, id) c
  on c.province_id = b.province_id, bench_today t,
  lateral (select case when pg_temp.h(b.id * 163) % 2 = 0 then 'MAIL' else 'PROACTIVE' end as path,
    (array['OPEN','OPEN','OPEN','OPEN','OPEN','OPEN','OPEN','OPEN','COMPROMISE','COMPROMISE','COMPROMISE','COMPROMISE',
      'COMPROMISE','COMPROMISE','NO_AGREEMENT','NO_AGREEMENT','NO_AGREEMENT','NO_SHOW','NO_SHOW','NO_SHOW'])
      [1 + pg_temp.h(b.id * 167) % 20] as outcome) o0,
  lateral (select o0.path, o0.outcome, case when o0.outcome = 'OPEN' then t.d + (1 + pg_temp.h(b.id * 173) % 60)::int
    else t.d - (1 + pg_temp.h(b.id * 173) % 90)::int end as hearing_on) x
where pg_temp.h(b.id * 53) % 50 = 0
order by b.id;
insert into wf_mediation_task_done (case_id, task, done_by, done_at)
select c.id, k.code, 'bench', least(c.opened_at + make_interval(days => k.position), now())
from wf_mediation_case c join wf_mediation_task k
  on (k.path = 'BOTH' or k.path = c.path) and (c.outcome <> 'OPEN' or k.on_day = 1 and k.position <= 2 + c.id % 7)
order by c.id, k.position;

-- 9e. suits: half of the failed mediations, and some debtors nobody could trace or who refuse, at every stage
insert into wf_litigation_case (project_id, district_id, reason, mediation_case_id, stage, stage_since, prosecutor_office,
  sent_to_prosecutor_on, court_id, filed_on, black_case_no, red_case_no, judged_on, judgment_amount, judgment_terms,
  enforcement_on, closed_on, closing_note, note, opened_by, opened_at)
select s.project_id, s.district_id, s.reason, s.mediation_id, s.stage, s.opened_on + s.k * 30,
  case when s.k >= 1 then 'สำนักงานอัยการจังหวัด' end,
  case when s.k >= 1 then s.opened_on + 30 end,
  case when s.k >= 2 then s.court_id end,
  case when s.k >= 2 then s.opened_on + 60 end,
  case when s.k >= 2 then 'ผบ' || s.project_id % 9000 || '/2568' end,
  case when s.k >= 3 then 'ผ' || s.project_id % 9000 || '/2568' end,
  case when s.k >= 3 then s.opened_on + 90 end,
  case when s.k >= 3 then (30000 + s.project_id % 50 * 1000)::numeric(14, 2) end,
  case when s.k >= 3 then 'ให้ชำระหนี้พร้อมดอกเบี้ยผิดนัดร้อยละ 7.5 ต่อปี' end,
  case when s.k >= 4 then s.opened_on + 120 end,
  case when s.k >= 5 then s.opened_on + 150 end,
  case when s.k >= 5 then 'ชำระครบตามคำพิพากษา' end,
  null, 'bench', s.opened_on + time '09:00'
from (select m.project_id, m.district_id, m.outcome as reason, m.id as mediation_id, m.court_id,
        m.outcome_on + 7 as opened_on, (pg_temp.h(m.id * 179) % 6)::int as k
      from wf_mediation_case m where m.outcome in ('NO_AGREEMENT', 'NO_SHOW') and pg_temp.h(m.id * 181) % 2 = 0
      union all
      select b.id, b.district_id, case when pg_temp.h(b.id * 191) % 3 = 0 then 'OTHER' else 'UNTRACEABLE' end, null, c.id,
        t.d - (30 + pg_temp.h(b.id * 193) % 400)::int, (pg_temp.h(b.id * 197) % 6)::int
      from bench_debtor b join (select distinct on (province_id) id, province_id from wf_court order by province_id, id) c
        on c.province_id = b.province_id, bench_today t
      where pg_temp.h(b.id * 67) % 200 = 0 and pg_temp.h(b.id * 53) % 50 <> 0) s0,
  lateral (select s0.*, (array['PREPARING','WITH_PROSECUTOR','FILED','JUDGED','ENFORCING','CLOSED'])[1 + s0.k] as stage) s
order by s.project_id;
-- the stage dates must not be in the future: a suit opened lately is still at the stage its time allows
update wf_litigation_case l set stage = 'PREPARING', stage_since = (l.opened_at at time zone 'Asia/Bangkok')::date,
  prosecutor_office = null, sent_to_prosecutor_on = null, court_id = null, filed_on = null, black_case_no = null,
  red_case_no = null, judged_on = null, judgment_amount = null, judgment_terms = null, enforcement_on = null,
  closed_on = null, closing_note = null
from bench_today t where l.stage_since > t.d;
insert into wf_litigation_paper_done (case_id, paper, done_by, done_at)
select l.id, p.code, 'bench', l.opened_at + make_interval(days => p.position)
from wf_litigation_case l join wf_litigation_paper p on p.position <= case when l.stage = 'PREPARING' then 1 + l.id % 7 else 8 end
order by l.id, p.position;
insert into wf_litigation_hearing (case_id, hearing_on, note, created_by)
select l.id, l.filed_on + 30 * k, 'นัดพิจารณา ครั้งที่ ' || k, 'bench'
from wf_litigation_case l, generate_series(1, 2) k where l.filed_on is not null
order by l.id, k;
insert into wf_litigation_cost (case_id, spent_on, fiscal_year, item, amount, created_by)
select l.id, d.spent_on, extract(year from d.spent_on + interval '3 months')::int + 543,
  (array['ค่าคัดสำเนาทะเบียนราษฎร', 'ค่าส่งหนังสือบอกกล่าวทวงถาม', 'ค่าธรรมเนียมศาล'])[k], (100 + k * 250)::numeric(14, 2), 'bench'
from wf_litigation_case l, generate_series(1, 3) k,
  lateral (select (l.opened_at at time zone 'Asia/Bangkok')::date + k * 10 as spent_on) d
where k = 1 or l.filed_on is not null
order by l.id, k;

-- 9f. district reports (due on the 7th and 21st): the last four due days and the one to come; 8 in 10 submitted
-- on time with their frozen figures, 1 in 10 left as a draft (its figures are counted live when opened)
create temp table bench_due as
  with c as (select (date_trunc('month', t.d) + make_interval(months => m))::date + day - 1 as due_on, t.d as today
             from bench_today t, generate_series(-3, 1) m, unnest(array[7, 21]) day)
  (select due_on from c where due_on < today order by due_on desc limit 4)
  union all (select due_on from c where due_on >= today order by due_on limit 1);
insert into wf_district_report (district_id, period_from, due_on, state, achievements, problems, next_steps, figures_to,
  created_by, created_at, updated_by, updated_at, submitted_by, submitted_at, first_submitted_at)
select d.id, case when extract(day from u.due_on) = 7 then (u.due_on - interval '1 month')::date + 15 else u.due_on - 13 end,
  u.due_on, x.state,
  'ลงพื้นที่ติดตามลูกหนี้ตามแผน ' || (5 + pg_temp.h(d.id) % 20) || ' ราย', 'ลูกหนี้บางรายย้ายที่อยู่',
  'ติดตามลูกหนี้ที่นัดชำระ', case when x.state = 'SUBMITTED' then u.due_on end,
  'bench', u.due_on - 3 + time '09:00', 'bench', u.due_on - 1 + time '15:00',
  case when x.state = 'SUBMITTED' then 'bench' end, case when x.state = 'SUBMITTED' then u.due_on - 1 + time '15:00' end,
  case when x.state = 'SUBMITTED' then u.due_on - 1 + time '15:00' end
from district d cross join bench_due u, bench_today t,
  lateral (select case when u.due_on >= t.d then case when pg_temp.h(d.id * 199) % 2 = 0 then 'DRAFT' end
    -- each province's first district (the benchmark's district officer's) late with a draft of the last period
    when u.due_on = (select max(due_on) from bench_due where due_on < t.d)
      and d.id = (select min(x.id) from district x where x.province_id = d.province_id) then 'DRAFT'
    when pg_temp.h(d.id * 211 + extract(doy from u.due_on)::int) % 10 < 8 then 'SUBMITTED'
    when pg_temp.h(d.id * 211 + extract(doy from u.due_on)::int) % 10 = 8 then 'DRAFT' end as state) x
where x.state is not null;
insert into wf_district_report_figure (report_id, name, amount)
select r.id, f.name, (pg_temp.h(r.id * 223 + f.n) % f.top)::numeric(18, 2)
from wf_district_report r,
  (values (1, 'visits', 40), (2, 'debtorsVisited', 35), (3, 'promises', 15), (4, 'promisedAmount', 60000),
    (5, 'untraceable', 4), (6, 'payments', 120), (7, 'collected', 300000), (8, 'applied', 6), (9, 'endorsed', 1),
    (10, 'approved', 4), (11, 'rejected', 2), (12, 'mediationOpened', 3), (13, 'compromises', 2), (14, 'mediationFailed', 2),
    (15, 'suitsFiled', 1), (16, 'suitsJudged', 1), (17, 'moved.OVERDUE', 10), (18, 'moved.CONTRACT_ENDED', 5),
    (19, 'group.OVERDUE.projects', 200), (20, 'group.OVERDUE.outstanding', 5000000), (21, 'group.OVERDUE.overdue', 2000000),
    (22, 'group.NORMAL.projects', 100), (23, 'group.NORMAL.outstanding', 3000000), (24, 'group.NORMAL.overdue', 1)) f(n, name, top)
where r.state = 'SUBMITTED';
insert into wf_district_report_event (report_id, action, actor, at)
select r.id, e.action, 'bench', e.at
from wf_district_report r,
  lateral (values ('CREATED', r.created_at), ('SUBMITTED', r.submitted_at)) e(action, at)
where e.action = 'CREATED' or r.state = 'SUBMITTED'
order by r.id, e.at;

-- 9g. the provincial committee: three meetings per province, the last two months apart, each with its report
-- (version 1; the stored tables the meeting page reads, per district; the files themselves are not made)
insert into wf_committee_meeting (id, province_id, meeting_no, meeting_year, meeting_on, period_from, period_to,
  held_at, held_by, created_at, created_by)
select p.id * 10 + k, p.id, k, extract(year from t.d)::int + 543, t.d - (3 - k) * 60 + 5,
  t.d - (4 - k) * 60 + 5, t.d - (3 - k) * 60 - 2,
  case when k < 3 then (t.d - (3 - k) * 60 + 5) + time '16:00' end, case when k < 3 then 'bench' end, now(), 'bench'
from province p, generate_series(1, 3) k, bench_today t where p.served;
select setval(pg_get_serial_sequence('wf_committee_meeting', 'id'), (select max(id) + 1 from wf_committee_meeting), false);
insert into wf_committee_report (id, meeting_id, version, as_of, previous_report_id, xlsx_key, xlsx_size, pdf_key, pdf_size,
  generated_at, generated_by)
select m.id, m.id, 1, m.period_to, case when m.meeting_no > 1 then m.id - 1 end, 'bench/none.xlsx', 48000, 'bench/none.pdf',
  210000, m.period_to + time '10:00', 'bench'
from wf_committee_meeting m where m.created_by = 'bench'
order by m.id;
select setval(pg_get_serial_sequence('wf_committee_report', 'id'), (select max(id) + 1 from wf_committee_report), false);
insert into wf_committee_status (report_id, district_id, status_group, projects, outstanding_amount, overdue_amount)
select r.id, d.id, g, 20 + pg_temp.h(d.id * 227 + r.id + length(g)) % 100, 2000000 + pg_temp.h(d.id * 229 + r.id) % 3000000,
  pg_temp.h(d.id * 233 + r.id) % 1000000
from wf_committee_report r join wf_committee_meeting m on m.id = r.meeting_id join district d on d.province_id = m.province_id,
  unnest(array['TIME_BARRED', 'CONTRACT_ENDED', 'OVERDUE', 'NORMAL', 'SETTLED']) g;
insert into wf_committee_moved (report_id, district_id, status_group, projects)
select r.id, d.id, g, pg_temp.h(d.id * 239 + r.id + length(g)) % 12
from wf_committee_report r join wf_committee_meeting m on m.id = r.meeting_id join district d on d.province_id = m.province_id,
  unnest(array['CONTRACT_ENDED', 'OVERDUE', 'SETTLED']) g;
insert into wf_committee_activity (report_id, district_id, visits, debtors_visited, promises, promised_amount, untraceable,
  payments, collected, applied, endorsed, approved, rejected, mediation_opened, compromises, mediation_failed, suits_filed,
  suits_judged)
select r.id, d.id, v, v - v / 10, v / 3, v / 3 * 2500, v / 12, 200 + v, (200 + v) * 1800, v / 8, 0, v / 12, v / 40, v / 20,
  v / 30, v / 40, v / 60, v / 80
from wf_committee_report r join wf_committee_meeting m on m.id = r.meeting_id join district d on d.province_id = m.province_id,
  lateral (select (40 + pg_temp.h(d.id * 241 + r.id) % 60)::bigint as v) x;

\echo '== step 8: identity sequences, statistics'
select setval(pg_get_serial_sequence(t, 'id'), (select coalesce(max(id), 0) + 1 from wf_person), false)
  from (values ('wf_person')) v(t);
select setval(pg_get_serial_sequence('wf_project', 'id'), (select max(id) + 1 from wf_project), false);
select setval(pg_get_serial_sequence('wf_contract', 'id'), (select max(id) + 1 from wf_contract), false);
select setval(pg_get_serial_sequence('wf_schedule', 'id'), (select max(id) + 1 from wf_schedule), false);
select setval(pg_get_serial_sequence('wf_installment', 'id'), (select max(id) + 1 from wf_installment), false);
reset session_replication_role;
vacuum analyze wf_person, wf_project, wf_contract, wf_schedule, wf_installment, wf_payment,
  wf_acknowledgment, wf_project_member, province, wf_status_month, wf_status_month_province, wf_project_location,
  wf_visit_plan, wf_visit_stop, wf_visit_record, wf_measure_application, wf_measure_application_step,
  wf_measure_application_due, wf_court, wf_mediation_case, wf_mediation_task_done, wf_litigation_case,
  wf_litigation_paper_done, wf_litigation_hearing, wf_litigation_cost, wf_district_report, wf_district_report_figure,
  wf_district_report_event, wf_committee_meeting, wf_committee_report, wf_committee_status, wf_committee_moved,
  wf_committee_activity;

\echo '== counts'
select 'people' what, count(*) from wf_person union all
select 'projects', count(*) from wf_project union all
select 'districts with projects', count(distinct district_id) from wf_project union all
select 'subdistricts with projects', count(distinct subdistrict_id) from wf_project union all
select 'installments', count(*) from wf_installment union all
select 'payments', count(*) from wf_payment union all
select 'acknowledgments', count(*) from wf_acknowledgment union all
select 'members', count(*) from wf_project_member union all
select 'locations', count(*) from wf_project_location union all
select 'visit plans', count(*) from wf_visit_plan union all
select 'visit stops', count(*) from wf_visit_stop union all
select 'visit records', count(*) from wf_visit_record union all
select 'measure applications', count(*) from wf_measure_application union all
select 'mediation cases', count(*) from wf_mediation_case union all
select 'suits', count(*) from wf_litigation_case union all
select 'district reports', count(*) from wf_district_report union all
select 'committee meetings', count(*) from wf_committee_meeting;
