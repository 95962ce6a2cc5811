-- Fast Data benchmark: national-scale synthetic registry of the Women's Development Fund.
-- Run against a database Flyway has already migrated (bench/run does it), as a superuser:
--   psql -h 127.0.0.1 -U postgres -d fastdata_bench -v ON_ERROR_STOP=1 -f bench/generate.sql
-- Set-based only (insert … select … from generate_series): no round trip per row.
-- Deterministic: the same numbers every run (hashes of ids, no random()).
--
--   1,000,000 people · 300,000 projects over all 928 districts · 300,000 contracts and schedules
--   · 7,200,000 installments · ~3,000,000 payments · ~12,000 acknowledgments · ~990,000 members
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
truncate wf_status_month, wf_collection_month, wf_status_month_province, wf_collection_month_province, wf_project_status_history, wf_project_status, wf_acknowledgment, wf_payment, wf_installment,
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

\echo '== step 8: identity sequences, statistics'
select setval(pg_get_serial_sequence(t, 'id'), (select coalesce(max(id), 0) + 1 from wf_person), false)
  from (values ('wf_person')) v(t);
select setval(pg_get_serial_sequence('wf_project', 'id'), (select max(id) + 1 from wf_project), false);
select setval(pg_get_serial_sequence('wf_contract', 'id'), (select max(id) + 1 from wf_contract), false);
select setval(pg_get_serial_sequence('wf_schedule', 'id'), (select max(id) + 1 from wf_schedule), false);
select setval(pg_get_serial_sequence('wf_installment', 'id'), (select max(id) + 1 from wf_installment), false);
reset session_replication_role;
vacuum analyze wf_person, wf_project, wf_contract, wf_schedule, wf_installment, wf_payment,
  wf_acknowledgment, wf_project_member, province, wf_status_month, wf_status_month_province;

\echo '== counts'
select 'people' what, count(*) from wf_person union all
select 'projects', count(*) from wf_project union all
select 'districts with projects', count(distinct district_id) from wf_project union all
select 'subdistricts with projects', count(distinct subdistrict_id) from wf_project union all
select 'installments', count(*) from wf_installment union all
select 'payments', count(*) from wf_payment union all
select 'acknowledgments', count(*) from wf_acknowledgment union all
select 'members', count(*) from wf_project_member;
