package th.go.cdd.fastdata.notify;

import java.time.LocalDate;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.UserContacts;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.ApplicationWaiting;
import th.go.cdd.fastdata.womenfund.CourtDays;
import th.go.cdd.fastdata.womenfund.DebtorOverview;
import th.go.cdd.fastdata.womenfund.DistrictReportReminders;
import th.go.cdd.fastdata.womenfund.DistrictReportReturned;
import th.go.cdd.fastdata.womenfund.ImportFailed;
import th.go.cdd.fastdata.womenfund.ImportFinished;

/**
 * Messages about the Women's Development Fund registry: LM imports finished or failed (to the
 * user who uploaded the file), and each morning the debtors of each district whose limitation
 * period ends within {@code fastdata.notify.limitation-days}.
 * <p>
 * The import events are heard synchronously, inside the import's transaction, so the message is
 * stored with the import's outcome (an asynchronous listener would lose it on a crash between the
 * commit and the listener); sending happens later in the {@link Dispatcher}.
 */
@Component
class WomenFundNotices {

	private static final Logger log = LoggerFactory.getLogger(WomenFundNotices.class);

	private final Notifications notifications;

	private final DebtorOverview overview;

	private final OrganisationDirectory directory;

	private final NotifySettings settings;

	private final TransactionTemplate transactions;

	private final UserContacts contacts;

	private final CourtDays courtDays;

	private final DistrictReportReminders reportReminders;

	WomenFundNotices(Notifications notifications, DebtorOverview overview, OrganisationDirectory directory,
			NotifySettings settings, PlatformTransactionManager transactionManager, UserContacts contacts,
			CourtDays courtDays, DistrictReportReminders reportReminders) {
		this.reportReminders = reportReminders;
		this.contacts = contacts;
		this.courtDays = courtDays;
		this.notifications = notifications;
		this.overview = overview;
		this.directory = directory;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@EventListener
	void on(ImportFinished finished) {
		String text = "นำเข้าข้อมูล LM ครั้งที่ " + finished.importId() + " (" + finished.kindLabel() + ") เสร็จแล้ว "
				+ finished.rows() + " แถว: ใหม่ " + finished.added() + " เปลี่ยนแปลง " + finished.changed()
				+ " ไม่เปลี่ยนแปลง " + finished.unchanged();
		this.notifications.publish(Notice.toUsers(Topic.IMPORT_FINISHED, Set.of(finished.uploadedBy()), text,
				"/womenfund/imports/" + finished.importId()));
	}

	@EventListener
	void on(ImportFailed failed) {
		String text = "นำเข้าข้อมูล LM ครั้งที่ " + failed.importId() + " (" + failed.kindLabel() + ") "
				+ (failed.applying() ? "ไม่สำเร็จ ไม่มีข้อมูลใดถูกบันทึก" : "ตรวจสอบไฟล์ไม่สำเร็จ")
				+ " เกิดข้อผิดพลาดในระบบ กรุณาลองใหม่หรือแจ้งผู้ดูแลระบบ";
		this.notifications.publish(Notice.toUsers(Topic.IMPORT_FAILED, Set.of(failed.uploadedBy()), text,
				"/womenfund/imports/" + failed.importId()));
	}

	@EventListener
	void on(ApplicationWaiting waiting) {
		java.util.Set<String> who = waiting.roles().isEmpty() ? Set.of(waiting.drafter())
				: this.contacts.coveringDistrict(waiting.districtId())
					.stream()
					.filter(c -> waiting.roles().contains(c.role()))
					.map(UserContacts.UserContact::username)
					.collect(java.util.stream.Collectors.toSet());
		if (who.isEmpty()) {
			return;
		}
		String text = "คำขอเลขที่ " + waiting.applicationId() + " (" + waiting.measureName() + ") " + waiting.stateLabel()
				+ (waiting.roles().isEmpty() ? " กรุณาแก้ไขแล้วยื่นใหม่" : " รอคุณพิจารณา");
		this.notifications.publish(Notice.toUsers(Topic.APPLICATION_WAITING, who, text,
				"/womenfund/applications/" + waiting.applicationId()));
	}

	/**
	 * A returned district report, to the district's officers. The province's reason is left out: it
	 * is free text that may name a debtor or an amount (a national ID would make the notice refuse
	 * itself and undo the return); the link leads to it behind the district's scope.
	 */
	@EventListener
	void on(DistrictReportReturned returned) {
		String district = this.directory.districtLabels(java.util.List.of(returned.districtId()))
			.getOrDefault(returned.districtId(), "");
		this.notifications.publish(Notice.toDistrict(Topic.REPORT_RETURNED, returned.districtId(), district
				+ ": จังหวัดส่งรายงานผลการติดตามหนี้ " + returned.periodLabel()
				+ " กลับให้แก้ไข ดูเหตุผลในหน้ารายงาน แก้ไขแล้วส่งอีกครั้ง", returned.link()));
	}

	/** Each afternoon, one message per district with hearings (mediation or a suit) the next day. */
	@Scheduled(cron = "${fastdata.notify.hearing-cron:0 0 15 * * *}", zone = "Asia/Bangkok")
	void hearingsTomorrow() {
		hearingsTomorrow(LocalDate.now(ThaiDates.BANGKOK));
	}

	void hearingsTomorrow(LocalDate today) {
		LocalDate tomorrow = today.plusDays(1);
		this.courtDays.hearingsOn(tomorrow).forEach((districtId, count) -> {
			try {
				this.transactions.executeWithoutResult(tx -> this.notifications.publish(Notice
					.toDistrict(Topic.HEARING_TOMORROW, districtId, "พรุ่งนี้ (" + ThaiDates.shortDate(tomorrow) + ") มีนัดศาล "
							+ count + " เรื่อง ตรวจเอกสารและนัดลูกหนี้ให้พร้อม", "/womenfund/mediation")
					.once("HEARING_TOMORROW:" + tomorrow + ":" + districtId)));
			}
			catch (RuntimeException ex) {
				log.error("Hearing reminder for district {} failed", districtId, ex);
			}
		});
	}

	/** Each morning, one message per district with debtors near the end of their limitation period. */
	@Scheduled(cron = "${fastdata.notify.limitation-cron:0 0 7 * * *}", zone = "Asia/Bangkok")
	void limitationEnding() {
		limitationEnding(LocalDate.now(ThaiDates.BANGKOK));
	}

	/** Once per district and day, however many instances run it. */
	void limitationEnding(LocalDate today) {
		int days = this.settings.limitationDays();
		for (AreaOption province : this.directory.servedProvinces()) {
			for (AreaOption district : this.directory.districtsOf(province.id())) {
				try {
					this.transactions.executeWithoutResult(tx -> {
						long debtors = this.overview.limitationEndingWithin(district.id(), days);
						if (debtors > 0) {
							String text = district.label() + ": ลูกหนี้ " + debtors + " โครงการจะขาดอายุความภายใน "
									+ days + " วัน ควรติดตามให้ลงนามรับสภาพหนี้หรือชำระหนี้โดยเร็ว";
							this.notifications.publish(Notice
								.toDistrict(Topic.LIMITATION_ENDING, district.id(), text, "/womenfund/warnings")
								.once("LIMITATION_ENDING:" + today + ":" + district.id()));
						}
					});
				}
				catch (RuntimeException ex) {
					log.error("Limitation reminder for district {} failed", district.code(), ex);
				}
			}
		}
	}

	/**
	 * Each morning, the twice-monthly district reports: due within the calendar's reminder days and
	 * not yet submitted (to the district), and fallen due without being submitted (to the district
	 * and the province). Once per district and report.
	 */
	@Scheduled(cron = "${fastdata.notify.report-cron:0 0 8 * * *}", zone = "Asia/Bangkok")
	void districtReports() {
		districtReports(LocalDate.now(ThaiDates.BANGKOK));
	}

	void districtReports(LocalDate today) {
		for (AreaOption province : this.directory.servedProvinces()) {
			java.util.Map<Long, String> names = new java.util.HashMap<>();
			this.directory.districtsOf(province.id()).forEach(d -> names.put(d.id(), d.label()));
			try {
				this.transactions.executeWithoutResult(tx -> {
					for (DistrictReportReminders.Reminder reminder : this.reportReminders.on(today,
							java.util.List.copyOf(names.keySet()))) {
						String district = names.get(reminder.districtId());
						Notice notice;
						if (reminder.late()) {
							notice = Notice.toDistrict(Topic.REPORT_LATE, reminder.districtId(), district
									+ ": ยังไม่ได้ส่งรายงานผลการติดตามหนี้ " + reminder.periodLabel() + " ซึ่งครบกำหนด "
									+ ThaiDates.shortDate(reminder.dueOn()) + " แล้ว กรุณาส่งโดยเร็ว", reminder.link())
								.once("REPORT_LATE:" + reminder.dueOn() + ":" + reminder.districtId());
						}
						else {
							notice = Notice.toDistrict(Topic.REPORT_DUE, reminder.districtId(), district
									+ ": รายงานผลการติดตามหนี้ " + reminder.periodLabel() + " ครบกำหนดส่ง "
									+ ThaiDates.shortDate(reminder.dueOn())
									+ (reminder.days() == 0 ? " (วันนี้)" : " (อีก " + reminder.days() + " วัน)")
									+ " ตัวเลขจากระบบกรอกไว้ให้แล้ว เขียนผลการดำเนินงานแล้วกดส่ง", reminder.link())
								.once("REPORT_DUE:" + reminder.dueOn() + ":" + reminder.districtId());
						}
						this.notifications.publish(notice);
					}
				});
			}
			catch (RuntimeException ex) {
				log.error("District report reminders for province {} failed", province.code(), ex);
			}
		}
	}

}
