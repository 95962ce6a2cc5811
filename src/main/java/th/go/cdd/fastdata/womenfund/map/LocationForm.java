package th.go.cdd.fastdata.womenfund.map;

/**
 * A location as the capture form sends it: coordinates from the phone's GPS (with its accuracy)
 * or from a click on the map, or typed; and how to find the house.
 */
public class LocationForm {

	private String latitude;

	private String longitude;

	private String accuracy;

	private String method = LocationMethod.MAP_CLICK.name();

	private String note;

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

	public String getMethod() {
		return this.method;
	}

	public void setMethod(String method) {
		this.method = method;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
