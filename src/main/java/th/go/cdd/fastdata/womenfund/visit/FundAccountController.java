package th.go.cdd.fastdata.womenfund.visit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Role;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.thai.ThaiDates;

/** The fund's bank accounts of a province, as the province's staff keep them (payment slips). */
@Controller
class FundAccountController {

	static final String KEEPERS = "hasAnyRole('ADMIN','PROVINCE_OFFICER')";

	private final CurrentUsers currentUsers;

	private final FundAccounts accounts;

	private final OrganisationDirectory directory;

	FundAccountController(CurrentUsers currentUsers, FundAccounts accounts, OrganisationDirectory directory) {
		this.currentUsers = currentUsers;
		this.accounts = accounts;
		this.directory = directory;
	}

	@GetMapping("/womenfund/visits/accounts")
	String list(@RequestParam(required = false) Long provinceId, @RequestParam(required = false) Long edit,
			Model model) {
		AreaOption province = province(provinceId);
		FundAccountForm form = new FundAccountForm();
		if (edit != null) {
			FundAccounts.Account a = this.accounts.of(province.id())
				.stream()
				.filter(x -> x.id().equals(edit))
				.findFirst()
				.orElseThrow(NotFoundInScope::new);
			LocalDate from = a.effectiveFrom();
			form.setEffectiveFrom(from.getDayOfMonth() + "/" + from.getMonthValue() + "/" + ThaiDates.buddhistYear(from));
			form.setBankName(a.bankName());
			form.setBranch(a.branch());
			form.setAccountName(a.accountName());
			form.setAccountNumber(a.accountNumber());
			form.setBillerCode(a.billerCode());
			form.setNote(a.note());
		}
		return page(province, form, edit, model);
	}

	@PostMapping("/womenfund/visits/accounts")
	@PreAuthorize(KEEPERS)
	String add(@RequestParam Long provinceId, @ModelAttribute("accountForm") FundAccountForm form, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect) {
		return save(provinceId, null, form, result, user, model, redirect);
	}

	@PostMapping("/womenfund/visits/accounts/{id}")
	@PreAuthorize(KEEPERS)
	String edit(@PathVariable Long id, @RequestParam Long provinceId, @ModelAttribute("accountForm") FundAccountForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		return save(provinceId, id, form, result, user, model, redirect);
	}

	private String save(Long provinceId, Long id, FundAccountForm form, BindingResult result, Authentication user,
			Model model, RedirectAttributes redirect) {
		AreaOption province = province(provinceId);
		this.accounts.save(province.id(), id, form, result, user.getName());
		if (result.hasErrors()) {
			return page(province, form, id, model);
		}
		redirect.addFlashAttribute("message", "บันทึกบัญชีรับชำระแล้ว");
		return "redirect:/womenfund/visits/accounts?provinceId=" + province.id();
	}

	private String page(AreaOption province, FundAccountForm form, Long editing, Model model) {
		model.addAttribute("province", province);
		model.addAttribute("provinces", provinces());
		model.addAttribute("accounts", this.accounts.of(province.id()));
		model.addAttribute("inForce", this.accounts.inForce(province.id(), java.time.LocalDate.now(th.go.cdd.fastdata.thai.ThaiDates.BANGKOK)).orElse(null));
		model.addAttribute("accountForm", form);
		model.addAttribute("editing", editing);
		return "womenfund/visit/accounts";
	}

	/** The provinces she may see: an administrator's served provinces, everyone else's own. */
	private List<AreaOption> provinces() {
		SignedInUser me = this.currentUsers.current().orElseThrow(NotFoundInScope::new);
		List<AreaOption> served = this.directory.servedProvinces();
		return me.is(Role.ADMIN) ? served : served.stream().filter(p -> p.id().equals(me.provinceId())).toList();
	}

	private AreaOption province(Long provinceId) {
		List<AreaOption> mine = provinces();
		if (provinceId == null) {
			return mine.stream().findFirst().orElseThrow(NotFoundInScope::new);
		}
		return mine.stream().filter(p -> p.id().equals(provinceId)).findFirst().orElseThrow(NotFoundInScope::new);
	}

}
