-- Name search matches one expression, "first last", so one trigram index serves it (any part
-- of the first or the last name is a part of it). Measured on 1M people: a rare full name
-- in one province 575 ms before, 158 ms with this index (bench/README.md).
create index ix_wf_person_full_name_trgm on wf_person using gin (lower(first_name || ' ' || last_name) gin_trgm_ops);
