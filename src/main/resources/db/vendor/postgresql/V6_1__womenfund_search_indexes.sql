-- Substring search of names, codes and phones (any part, Thai or Latin) at national scale:
-- trigram GIN indexes. Thai letters make trigrams only in a database whose LC_CTYPE is a
-- UTF-8 locale (C.UTF-8 works; see the README).
create extension if not exists pg_trgm;
create index ix_wf_person_first_name_trgm on wf_person using gin (lower(first_name) gin_trgm_ops);
create index ix_wf_person_last_name_trgm on wf_person using gin (lower(last_name) gin_trgm_ops);
create index ix_wf_person_phone_trgm on wf_person using gin (phone gin_trgm_ops);
create index ix_wf_project_name_trgm on wf_project using gin (lower(name) gin_trgm_ops);
create index ix_wf_project_code_trgm on wf_project using gin (lower(code) gin_trgm_ops);
