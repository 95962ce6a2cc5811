package th.go.cdd.fastdata.womenfund.visit;

/**
 * A visit as typed on the phone, every value as text (read by {@link VisitRecords}, which names the
 * field of each value it cannot read). {@code clientId} is the UUID the phone gave the record when it
 * was saved: sending the same record again stores it once.
 */
public class VisitRecordForm {

	private String clientId;

	private Long projectId;

	private Long stopId;

	private String visitedOn;

	private String metPerson;

	private String outcome;

	private String promiseOn;

	private String promiseAmount;

	private String notes;

	private String latitude;

	private String longitude;

	private String accuracy;

	private String typedAt;

	public String getClientId() {
		return this.clientId;
	}

	public void setClientId(String clientId) {
		this.clientId = clientId;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public Long getStopId() {
		return this.stopId;
	}

	public void setStopId(Long stopId) {
		this.stopId = stopId;
	}

	public String getVisitedOn() {
		return this.visitedOn;
	}

	public void setVisitedOn(String visitedOn) {
		this.visitedOn = visitedOn;
	}

	public String getMetPerson() {
		return this.metPerson;
	}

	public void setMetPerson(String metPerson) {
		this.metPerson = metPerson;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getPromiseOn() {
		return this.promiseOn;
	}

	public void setPromiseOn(String promiseOn) {
		this.promiseOn = promiseOn;
	}

	public String getPromiseAmount() {
		return this.promiseAmount;
	}

	public void setPromiseAmount(String promiseAmount) {
		this.promiseAmount = promiseAmount;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getLatitude() {
		return this.latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return this.longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public String getAccuracy() {
		return this.accuracy;
	}

	public void setAccuracy(String accuracy) {
		this.accuracy = accuracy;
	}

	public String getTypedAt() {
		return this.typedAt;
	}

	public void setTypedAt(String typedAt) {
		this.typedAt = typedAt;
	}

}
