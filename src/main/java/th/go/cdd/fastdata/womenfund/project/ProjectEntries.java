package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.thai.Baht;
import th.go.cdd.fastdata.thai.BahtParseException;
import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * Recording what happens to a loan: payments and signed acknowledgments. Each entry is
 * audited and re-classifies the project at once, in the same transaction.
 */
@Service
@Transactional
public class ProjectEntries {

	private final ProjectRepository projects;

	private final PaymentRepository payments;

	private final AcknowledgmentRepository acknowledgments;

	private final ProjectStatuses statuses;

	private final AuditLog audit;

	ProjectEntries(ProjectRepository projects, PaymentRepository payments, AcknowledgmentRepository acknowledgments,
			ProjectStatuses statuses, AuditLog audit) {
		this.projects = projects;
		this.payments = payments;
		this.acknowledgments = acknowledgments;
		this.statuses = statuses;
		this.audit = audit;
	}

	/** Records the payment, or only adds Thai field errors and stores nothing. */
	public void recordPayment(Scope scope, Long projectId, PaymentForm form, Errors errors, String username) {
		Project project = this.projects.findInScope(projectId, scope.queryIds()).orElseThrow(NotFoundInScope::new);
		LocalDate paidOn = pastDate(form.getPaidOn(), "paidOn", "วันที่ชำระ", errors);
		BigDecimal amount = null;
		if (form.getAmount() != null && !form.getAmount().isBlank()) {
			try {
				amount = Baht.parse(form.getAmount());
				if (amount.signum() <= 0) {
					errors.rejectValue("amount", "positive", "จำนวนเงินต้องมากกว่า 0");
				}
			}
			catch (BahtParseException ex) {
				errors.rejectValue("amount", "format", ex.getMessage());
			}
		}
		if (errors.hasErrors()) {
			return;
		}
		Payment payment = this.payments.save(new Payment(project, paidOn, amount, form.getReference(), form.getSource(),
				username));
		project.touch();
		this.audit.created("Payment", payment.getId(),
				"บันทึกการชำระ " + Baht.format(amount) + " โครงการ " + project.getCode(), payment.auditState());
		this.statuses.refresh(List.of(projectId));
	}

	/** Records the acknowledgment, or only adds Thai field errors and stores nothing. */
	public void recordAcknowledgment(Scope scope, Long projectId, AcknowledgmentForm form, Errors errors,
			String username) {
		Project project = this.projects.findInScope(projectId, scope.queryIds()).orElseThrow(NotFoundInScope::new);
		LocalDate signedOn = pastDate(form.getSignedOn(), "signedOn", "วันที่ลงนาม", errors);
		if (errors.hasErrors()) {
			return;
		}
		Acknowledgment acknowledgment = this.acknowledgments
			.save(new Acknowledgment(project, form.getKind(), signedOn, form.getNote(), username));
		project.touch();
		this.audit.created("Acknowledgment", acknowledgment.getId(),
				"บันทึก" + form.getKind().label() + " โครงการ " + project.getCode(), acknowledgment.auditState());
		this.statuses.refresh(List.of(projectId));
	}

	/** A date typed in B.E. or C.E. that is not in the future. */
	private LocalDate pastDate(String text, String field, String name, Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = ThaiDates.parse(text);
			if (date.isAfter(this.statuses.today())) {
				errors.rejectValue(field, "future", name + "ต้องไม่เป็นวันในอนาคต");
			}
			return date;
		}
		catch (ThaiDateParseException ex) {
			errors.rejectValue(field, "format", ex.getMessage());
			return null;
		}
	}

}
