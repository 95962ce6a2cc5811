-- A meeting can be corrected (number, date, report period) until it is marked held. Who corrected
-- what and when is in the audit log; this column only keeps the time of the last correction, so the
-- meeting page can tell whether its latest report was generated before it (the files and the figures
-- would then show other dates than the meeting) and ask for a new one before the meeting is held.
-- Reading that from the audit log would make the report depend on the wording of audit entries.
alter table wf_committee_meeting add column corrected_at timestamp with time zone;
