package th.go.cdd.fastdata.womenfund.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * The fund's bank accounts per province (บัญชีเงินฝากของกองทุนฯ จังหวัด), each from the date it
 * applies: what a payment slip in the field packet prints. Data kept by the province's staff, never
 * written into the code; a new account is a new row with its own date, so old slips stay explainable.
 */
@Service
@Transactional
public class FundAccounts {

	static final String RECORD_TYPE = "FundBankAccount";

	public record Account(Long id, Long provinceId, LocalDate effectiveFrom, String bankName, String branch,
			String accountName, String accountNumber, String billerCode, String note, String updatedBy) {

		String state() {
			return "effectiveFrom=" + this.effectiveFrom + ", bank=" + this.bankName + ", branch=" + this.branch
					+ ", accountName=" + this.accountName + ", accountNumber=" + this.accountNumber + ", billerCode="
					+ this.billerCode + ", note=" + this.note;
		}

	}

	private final NamedParameterJdbcTemplate jdbc;

	private final OrganisationDirectory directory;

	private final AuditLog audit;

	FundAccounts(NamedParameterJdbcTemplate jdbc, OrganisationDirectory directory, AuditLog audit) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
	}

	/** A province's accounts, the latest date first. */
	@Transactional(readOnly = true)
	public List<Account> of(Long provinceId) {
		return this.jdbc.query(SELECT + " where province_id = :provinceId order by effective_from desc",
				Map.of("provinceId", provinceId), FundAccounts::account);
	}

	/** The account in force on a day: the latest that applies from that day or before. */
	@Transactional(readOnly = true)
	public Optional<Account> inForce(Long provinceId, LocalDate day) {
		return this.jdbc
			.query(SELECT + " where province_id = :provinceId and effective_from <= :day order by effective_from desc",
					Map.of("provinceId", provinceId, "day", day), FundAccounts::account)
			.stream()
			.findFirst();
	}

	/** The served province a district belongs to (its code is the district code's first two digits). */
	@Transactional(readOnly = true)
	public Optional<AreaOption> provinceOfDistrict(String districtCode) {
		return this.directory.servedProvinces()
			.stream()
			.filter(p -> districtCode != null && districtCode.startsWith(p.code()))
			.findFirst();
	}

	/** Adds a row ({@code id} null) or corrects one of the province; what cannot be read is named in errors. */
	public void save(Long provinceId, Long id, FundAccountForm form, Errors errors, String username) {
		LocalDate from = null;
		if (form.getEffectiveFrom() == null || form.getEffectiveFrom().isBlank()) {
			errors.rejectValue("effectiveFrom", "required", "กรุณากรอกวันที่เริ่มใช้");
		}
		else {
			try {
				from = ThaiDates.parse(form.getEffectiveFrom());
			}
			catch (ThaiDateParseException ex) {
				errors.rejectValue("effectiveFrom", "format", "วันที่เริ่มใช้: " + ex.getMessage());
			}
		}
		String bank = text(form.getBankName(), "bankName", "ชื่อธนาคาร", true, 200, errors);
		String branch = text(form.getBranch(), "branch", "สาขา", false, 200, errors);
		String name = text(form.getAccountName(), "accountName", "ชื่อบัญชี", true, 300, errors);
		String number = text(form.getAccountNumber(), "accountNumber", "เลขที่บัญชี", true, 30, errors);
		if (number != null && !number.matches("[0-9][0-9 -]*[0-9]")) {
			errors.rejectValue("accountNumber", "format", "เลขที่บัญชีต้องเป็นตัวเลข (คั่นด้วย - ได้)");
		}
		String biller = text(form.getBillerCode(), "billerCode", "รหัสบริษัท (Comp Code)", false, 30, errors);
		String note = text(form.getNote(), "note", "หมายเหตุ", false, 500, errors);
		Account before = id == null ? null
				: of(provinceId).stream().filter(a -> a.id().equals(id)).findFirst()
					.orElseThrow(th.go.cdd.fastdata.organisation.NotFoundInScope::new);
		LocalDate day = from;
		if (day != null && of(provinceId).stream().anyMatch(a -> a.effectiveFrom().equals(day) && !a.id().equals(id))) {
			errors.rejectValue("effectiveFrom", "taken", "มีบัญชีที่เริ่มใช้วันนี้แล้ว แก้ไขแถวนั้นแทน");
		}
		if (errors.hasErrors()) {
			return;
		}
		MapSqlParameterSource params = new MapSqlParameterSource("provinceId", provinceId).addValue("from", from)
			.addValue("bank", bank)
			.addValue("branch", branch)
			.addValue("name", name)
			.addValue("number", number)
			.addValue("biller", biller)
			.addValue("note", note)
			.addValue("now", VisitPlans.now())
			.addValue("username", username)
			.addValue("id", id);
		if (before == null) {
			this.jdbc.update("insert into wf_fund_bank_account (province_id, effective_from, bank_name, branch, account_name,"
					+ " account_number, biller_code, note, updated_at, updated_by) values (:provinceId, :from, :bank, :branch,"
					+ " :name, :number, :biller, :note, :now, :username)", params);
			Account saved = inForce(provinceId, from).orElseThrow();
			this.audit.created(RECORD_TYPE, saved.id(), "เพิ่มบัญชีรับชำระของกองทุนฯ " + bank + " " + number, saved.state());
		}
		else {
			this.jdbc.update("update wf_fund_bank_account set effective_from = :from, bank_name = :bank, branch = :branch,"
					+ " account_name = :name, account_number = :number, biller_code = :biller, note = :note,"
					+ " updated_at = :now, updated_by = :username where id = :id and province_id = :provinceId", params);
			Account after = of(provinceId).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
			this.audit.updated(RECORD_TYPE, id, "แก้ไขบัญชีรับชำระของกองทุนฯ " + bank + " " + number, before.state(),
					after.state());
		}
	}

	private static final String SELECT = "select id, province_id, effective_from, bank_name, branch, account_name,"
			+ " account_number, biller_code, note, updated_by from wf_fund_bank_account";

	private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Account(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
	}

	private static String text(String value, String field, String label, boolean required, int max, Errors errors) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.rejectValue(field, "required", "กรุณากรอก" + label);
			}
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			errors.rejectValue(field, "size", label + "ยาวได้ไม่เกิน " + max + " ตัวอักษร");
		}
		return text;
	}

}
