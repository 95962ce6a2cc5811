package th.go.cdd.fastdata.womenfund.map;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One location set for a project (ตำแหน่งบ้านลูกหนี้/ที่ตั้งกลุ่ม): the current one has no
 * {@code supersededAt}.
 */
public record ProjectLocation(long id, long projectId, Long personId, BigDecimal latitude, BigDecimal longitude,
		Integer accuracyMetres, LocationMethod method, String note, Instant recordedAt, String recordedBy,
		Instant supersededAt) {

	public boolean current() {
		return this.supersededAt == null;
	}

	/** "7.890123, 98.301234": what a person types into any map application. */
	public String latLon() {
		return this.latitude.toPlainString() + ", " + this.longitude.toPlainString();
	}

	/** Directions from where the phone is to the house, in Google Maps (app or web). */
	public String directionsUrl() {
		return Directions.googleMaps(this.latitude, this.longitude);
	}

	/** The phone's own map application (Android's geo: scheme). */
	public String geoUri() {
		return Directions.geo(this.latitude, this.longitude);
	}

}
