package th.go.cdd.fastdata.womenfund.project;

import java.time.LocalDate;

/** Which fund lent the money: the old fund, or the new fund of contracts since 2560. */
public enum FundGeneration {

	/** กองทุนเดิม. */
	OLD("กองทุนเดิม"),
	/** กองทุนใหม่ (สัญญาตั้งแต่ปี 2560). */
	NEW("กองทุนใหม่");

	private final String label;

	FundGeneration(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Contracts signed from 1 Jan 2560 (2017) belong to the new fund, as in the fund's own split. */
	public static final LocalDate NEW_FUND_SINCE = LocalDate.of(2017, 1, 1);

	public static FundGeneration ofContractSignedOn(LocalDate signedOn) {
		return signedOn.isBefore(NEW_FUND_SINCE) ? OLD : NEW;
	}

}
