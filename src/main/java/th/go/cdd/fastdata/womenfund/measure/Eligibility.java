package th.go.cdd.fastdata.womenfund.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.Contract;
import th.go.cdd.fastdata.womenfund.project.ContractRepository;
import th.go.cdd.fastdata.womenfund.project.MemberRole;
import th.go.cdd.fastdata.womenfund.project.Project;
import th.go.cdd.fastdata.womenfund.project.ProjectMember;
import th.go.cdd.fastdata.womenfund.project.ProjectMemberRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;
import th.go.cdd.fastdata.womenfund.status.Classification;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * Which measures each person of a project may apply for on a date, and why the others are closed
 * (สิทธิ์เข้าร่วมมาตรการ). Every condition comes from the version of the measure in force on that date;
 * what the system cannot check (consent, the 2568 measure's conditions) is listed for the officer.
 */
@Service
public class Eligibility {

	/** One person and one measure: open or closed, with the reasons either way. */
	public record Row(Measure measure, String measureName, Long personId, String personName, String nationalIdMasked,
			MemberRole role, boolean eligible, List<String> reasons, Optional<MeasureVersion> version) {
	}

	private final MeasureCatalogue catalogue;

	private final ProjectMemberRepository members;

	private final ContractRepository contracts;

	private final ProjectStatuses statuses;

	private final ApplicationRepository applications;

	private final th.go.cdd.fastdata.womenfund.litigation.LitigationCases litigations;

	Eligibility(MeasureCatalogue catalogue, ProjectMemberRepository members, ContractRepository contracts,
			ProjectStatuses statuses, ApplicationRepository applications,
			th.go.cdd.fastdata.womenfund.litigation.LitigationCases litigations) {
		this.litigations = litigations;
		this.catalogue = catalogue;
		this.members = members;
		this.contracts = contracts;
		this.statuses = statuses;
		this.applications = applications;
	}

	/** For a project the caller has already found in the user's scope. */
	@Transactional(readOnly = true)
	public List<Row> of(Project project, LocalDate asOf) {
		Optional<Contract> contract = this.contracts.findByProject(project.getId());
		Classification classification = contract.isPresent() && !contract.get().getSchedules().isEmpty()
				? this.statuses.classify(project.getId(), asOf) : null;
		List<MeasureApplication> mine = this.applications.findByProjectIdOrderByDraftedAtDesc(project.getId());
		boolean restructured = contract.map(c -> c.getSchedules().size() > 1).orElse(false);
		boolean joinedBefore = restructured || mine.stream()
			.anyMatch(a -> a.getState() == ApplicationState.APPROVED && a.getMeasure() != Measure.PRE_SUIT_MEDIATION);
		// a debtor whose pre-suit mediation was accepted is negotiating in court (§5.2.4 excludes her)
		boolean inCourt = this.litigations.inCourt(project.getId()) || mine.stream()
			.anyMatch(a -> a.getState() == ApplicationState.APPROVED && a.getMeasure() == Measure.PRE_SUIT_MEDIATION);
		Map<Measure, String> names = this.catalogue.names();
		// the versions in force are the same for every person: read once, not once per person
		Map<Measure, Optional<MeasureVersion>> inForce = new java.util.EnumMap<>(Measure.class);
		names.keySet().forEach(measure -> inForce.put(measure, this.catalogue.inForce(measure, asOf)));
		List<Row> rows = new ArrayList<>();
		for (ProjectMember member : this.members.findByProject(project.getId())) {
			for (Map.Entry<Measure, String> measure : names.entrySet()) {
				Optional<MeasureVersion> version = inForce.get(measure.getKey());
				List<String> reasons = new ArrayList<>();
				boolean eligible = version.isPresent() && check(version.get(), member, project, contract, classification,
						joinedBefore, inCourt, mine, asOf, reasons);
				if (version.isEmpty()) {
					reasons.add("ยังไม่มีประกาศของมาตรการนี้ที่มีผล ณ วันที่ " + ThaiDates.shortDate(asOf)
							+ ": เจ้าหน้าที่จังหวัดบันทึกเงื่อนไขจากประกาศก่อน");
				}
				rows.add(new Row(measure.getKey(), measure.getValue(), member.getPerson().getId(),
						member.getPerson().fullName(), member.getPerson().maskedNationalId(), member.getRole(), eligible,
						List.copyOf(reasons), version));
			}
		}
		return rows;
	}

	// Each condition adds its reason, whether it holds or not, so an open row says why it is open too.
	private static boolean check(MeasureVersion version, ProjectMember member, Project project,
			Optional<Contract> contract, Classification classification, boolean joinedBefore, boolean inCourt,
			List<MeasureApplication> applications, LocalDate asOf, List<String> reasons) {
		boolean eligible = true;
		Set<MemberRole> roles = version.applicantRoles();
		if (!roles.contains(member.getRole())) {
			eligible = false;
			reasons.add("มาตรการนี้สำหรับ" + labels(roles) + " แต่บุคคลนี้เป็น" + member.getRole().label());
		}
		if (member.isReleased()) {
			eligible = false;
			reasons.add("พ้นจากสัญญานี้แล้วตั้งแต่ " + ThaiDates.shortDate(member.getReleasedOn()));
		}
		if (contract.isEmpty() || classification == null) {
			reasons.add("โครงการยังไม่มีสัญญาหรือตารางผ่อนชำระ");
			return false;
		}
		Set<StatusGroup> groups = version.statusGroups();
		if (!groups.isEmpty()) {
			if (groups.contains(classification.group())) {
				reasons.add("กลุ่มสถานะ: " + classification.group().label());
			}
			else {
				eligible = false;
				reasons.add("กลุ่มสถานะปัจจุบันคือ " + classification.group().label() + " แต่มาตรการนี้สำหรับกลุ่ม "
						+ groups.stream().sorted().map(StatusGroup::label).collect(Collectors.joining(" / ")));
			}
		}
		if (version.getFundGeneration() != null && version.getFundGeneration() != project.getFundGeneration()) {
			eligible = false;
			reasons.add("มาตรการนี้สำหรับสัญญา" + version.getFundGeneration().label() + " แต่สัญญานี้เป็น"
					+ project.getFundGeneration().label());
		}
		LocalDate signedOn = contract.get().getSignedOn();
		if (version.getContractSignedFrom() != null && signedOn.isBefore(version.getContractSignedFrom())) {
			eligible = false;
			reasons.add("สัญญาลงนามวันที่ " + ThaiDates.shortDate(signedOn) + " ก่อนวันที่มาตรการกำหนด ("
					+ ThaiDates.shortDate(version.getContractSignedFrom()) + ")");
		}
		if (version.getContractSignedTo() != null && signedOn.isAfter(version.getContractSignedTo())) {
			eligible = false;
			reasons.add("สัญญาลงนามวันที่ " + ThaiDates.shortDate(signedOn) + " หลังวันที่มาตรการกำหนด ("
					+ ThaiDates.shortDate(version.getContractSignedTo()) + ")");
		}
		if (version.isExcludesInCourt() && inCourt) {
			eligible = false;
			reasons.add("ลูกหนี้อยู่ระหว่างเจรจาในชั้นศาล มาตรการนี้ไม่ใช้กับลูกหนี้ที่อยู่ในชั้นศาลหรือศาลพิพากษาแล้ว");
		}
		if (version.isRequiresEarlierMeasure() && !joinedBefore) {
			eligible = false;
			reasons.add("มาตรการนี้สำหรับลูกหนี้ที่เคยเข้าร่วมมาตรการแล้วกลับผิดนัดอีก แต่ลูกหนี้รายนี้ยังไม่เคยเข้าร่วม");
		}
		Optional<MeasureApplication> open = applications.stream()
			.filter(a -> a.getPersonId().equals(member.getPerson().getId()) && a.getMeasure() == version.getMeasure()
					&& a.getState().open())
			.findFirst();
		if (open.isPresent()) {
			eligible = false;
			reasons.add("มีคำขอเลขที่ " + open.get().getId() + " อยู่ระหว่างดำเนินการ (" + open.get().getState().label() + ")");
		}
		if (eligible && version.getConditionsToCheckTh() != null) {
			reasons.add("ต้องตรวจเพิ่ม: " + version.getConditionsToCheckTh());
		}
		return eligible;
	}

	private static String labels(Set<MemberRole> roles) {
		return roles.stream().sorted().map(MemberRole::label).collect(Collectors.joining(" หรือ "));
	}

}
