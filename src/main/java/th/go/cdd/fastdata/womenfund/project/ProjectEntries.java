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
		TypedFields typed = new TypedFields(errors, this.statuses.today());
		LocalDate paidOn = typed.date(form.getPaidOn(), "paidOn", "วันที่ชำระ", false, true);
		BigDecimal amount = (form.getAmount() == null || form.getAmount().isBlank()) ? null
				: typed.amount(form.getAmount(), "amount", "จำนวนเงิน");
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
		LocalDate signedOn = new TypedFields(errors, this.statuses.today()).date(form.getSignedOn(), "signedOn",
				"วันที่ลงนาม", false, true);
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

}
