-- The visit plans' list counts, for each plan, the stops already visited through the records' stop:
-- without this index every plan read all visit records (a province's 96 plans: 1.3 s at 48,000 records).
create index ix_wf_visit_record_stop on wf_visit_record(stop_id);
