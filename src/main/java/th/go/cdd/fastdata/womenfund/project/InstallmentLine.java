package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the schedule as the project page shows it: due date, amount, and whether it is
 * paid, partly paid, missed or not yet due as of the page's date.
 */
public record InstallmentLine(int seq, LocalDate dueOn, BigDecimal amount, String state, String css) {

	/**
	 * Payments cover installments in due order; what was paid before a later schedule took
	 * effect covers what that schedule does not list (it starts from the remaining debt).
	 */
	static List<InstallmentLine> of(List<Installment> installments, BigDecimal paidTowardsThisSchedule, LocalDate asOf) {
		List<InstallmentLine> lines = new ArrayList<>();
		BigDecimal left = paidTowardsThisSchedule;
		for (Installment installment : installments) {
			BigDecimal covered = left.min(installment.getAmount()).max(BigDecimal.ZERO);
			left = left.subtract(covered);
			boolean due = installment.getDueOn().isBefore(asOf);
			String state;
			String css;
			if (covered.compareTo(installment.getAmount()) >= 0) {
				state = "ชำระแล้ว";
				css = "ok";
			}
			else if (due) {
				state = covered.signum() > 0 ? "ชำระบางส่วน ค้าง " + th.go.cdd.fastdata.thai.Baht.format(installment.getAmount().subtract(covered)) : "ค้างชำระ";
				css = "bad";
			}
			else {
				state = "ยังไม่ถึงกำหนด";
				css = "";
			}
			lines.add(new InstallmentLine(installment.getSeq(), installment.getDueOn(), installment.getAmount(), state, css));
		}
		return lines;
	}

}
