/**
 * The provincial committee report (รายงานต่อคณะกรรมการบริหารกองทุนพัฒนาบทบาทสตรีจังหวัด, handbook §5.4):
 * the committee's meetings per province and, for each, a report generated from the registry and the
 * period's work (status groups per district, changes since the last meeting, collections, measures,
 * mediation and litigation, visits), frozen with the meeting as rows and as Excel and PDF files.
 */
package th.go.cdd.fastdata.womenfund.committee;
