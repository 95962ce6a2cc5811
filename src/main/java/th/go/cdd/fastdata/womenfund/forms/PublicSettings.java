package th.go.cdd.fastdata.womenfund.forms;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the forms library and the public page ({@code fastdata.public.*}).
 * @param baseUrl the address the public reaches Fast Data at; the QR code points at it + "/public/..."
 * @param maxFileSize the largest form or announcement file taken
 * @param offices the contact of each province's office, by province code (83 = ภูเก็ต)
 */
@ConfigurationProperties("fastdata.public")
record PublicSettings(@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("20MB") DataSize maxFileSize,
		Map<String, Office> offices) {

	PublicSettings {
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		offices = offices == null ? Map.of() : Map.copyOf(offices);
	}

	/** What the public page says of the office: name, address, telephone, hours, LINE, e-mail (each optional). */
	record Office(String name, String address, String phone, String hours, String line, String email) {
	}

}
