-- Baseline: every project's status group as of :asOf in ONE statement (the handbook's rule
-- without acknowledgments, and without the restructuring credit of Position.java: under a
-- later schedule, payments made before it are not counted as "already due").
-- RegistryBenchmark runs it as "create temp table bench_status as <this>" with ? = as-of date.
with d as (select ?::date as as_of),
in_force as (   -- the latest schedule already effective, else the earliest
  select distinct on (s.contract_id) s.id as schedule_id, c.project_id
  from wf_schedule s join wf_contract c on c.id = s.contract_id, d
  order by s.contract_id, (s.effective_from <= d.as_of) desc,
    case when s.effective_from <= d.as_of then s.effective_from end desc, s.effective_from),
pay as (
  select p.project_id, sum(p.amount) as paid, max(p.paid_on) as last_paid
  from wf_payment p, d where p.paid_on <= d.as_of group by p.project_id),
inst as (
  select f.project_id, i.due_on,
    sum(i.amount) over (partition by i.schedule_id order by i.seq) as cum
  from in_force f join wf_installment i on i.schedule_id = f.schedule_id),
pos as (
  select i.project_id, max(i.cum) as total,
    coalesce(max(i.cum) filter (where i.due_on < d.as_of), 0) as due,
    max(i.due_on) as term_ends_on,
    coalesce(max(pay.paid), 0) as paid, max(pay.last_paid) as last_paid,
    min(i.due_on) filter (where i.due_on < d.as_of and i.cum > coalesce(pay.paid, 0)) as first_missed
  from inst i left join pay using (project_id), d
  group by i.project_id)
select pos.project_id,
  case when paid >= total then 'SETTLED'
       when paid >= due then 'NORMAL'
       when d.as_of <= term_ends_on then 'OVERDUE'
       when d.as_of > (coalesce(last_paid, first_missed) + interval '5 years')::date then 'TIME_BARRED'
       else 'CONTRACT_ENDED' end as status_group,
  term_ends_on, last_paid as last_payment_on,
  case when paid < due then (coalesce(last_paid, first_missed) + interval '5 years')::date end as limitation_ends_on,
  greatest(due - paid, 0) as overdue_amount, greatest(total - paid, 0) as outstanding_amount
from pos, d
