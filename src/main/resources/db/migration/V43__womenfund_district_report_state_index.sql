-- Reports returned for correction are listed however old their period (ReportOverviews): found by
-- their state, not by reading every past report of the scope.
create index ix_wf_district_report_state on wf_district_report(state, due_on);
