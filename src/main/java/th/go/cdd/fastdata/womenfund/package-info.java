/**
 * Women's Development Fund debtor system (ระบบลูกหนี้กองทุนพัฒนาบทบาทสตรี): projects, the
 * people on them, contracts, versioned repayment schedules, payments and acknowledgments;
 * each project classified into a status group as of a date, with the recommended actions
 * and the warning before the limitation period runs out.
 * <p>
 * API: {@link th.go.cdd.fastdata.womenfund.DebtorOverview} (counts and the urgent list for a
 * scope) and the named interface {@code status} (the classification rule and its types).
 */
package th.go.cdd.fastdata.womenfund;
