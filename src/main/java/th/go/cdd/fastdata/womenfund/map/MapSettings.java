package th.go.cdd.fastdata.womenfund.map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the debtor map ({@code fastdata.map.*}).
 *
 * @param tileUrl a tile server's URL template ({@code https://tiles.example/{z}/{x}/{y}.png}); empty
 * means no background tiles: markers on a plain background, which works with no network at all
 * @param tileAttribution the credit the tile server asks for, shown in the map's corner
 * @param tileMaxZoom the deepest zoom the tile server serves
 */
@ConfigurationProperties("fastdata.map")
public record MapSettings(String tileUrl, String tileAttribution, Integer tileMaxZoom) {

	public MapSettings {
		tileUrl = tileUrl == null ? "" : tileUrl.strip();
		tileAttribution = tileAttribution == null ? "" : tileAttribution.strip();
		tileMaxZoom = tileMaxZoom == null ? 19 : tileMaxZoom;
	}

	public boolean hasTiles() {
		return !this.tileUrl.isEmpty();
	}

	/**
	 * The tile server's origin ({@code https://tiles.example}) that the map pages' Content-Security-Policy
	 * lets images come from; empty without tiles or for a URL that is not http(s).
	 */
	String tileOrigin() {
		if (!hasTiles()) {
			return "";
		}
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(https?://[^/{}\\s;']+)").matcher(this.tileUrl);
		if (!m.find()) {
			return "";
		}
		// a {s} subdomain placeholder stands for any subdomain
		return m.group(1).replace("{s}.", "*.");
	}

}
