-- When a background import last showed it was alive (its start, then each progress step), so that
-- one left PREVIEWING or APPLYING by a restart can be told from one still running and recovered.
alter table wf_import add column heartbeat_at timestamp with time zone;
