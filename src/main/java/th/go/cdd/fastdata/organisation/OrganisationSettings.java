package th.go.cdd.fastdata.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param homeProvince the official code of the province this deployment is set up for
 * (83 = ภูเก็ต); it is always served, others can be added by an administrator
 */
@ConfigurationProperties("fastdata.organisation")
record OrganisationSettings(String homeProvince) {

	OrganisationSettings {
		if (homeProvince == null || !homeProvince.matches("\\d{2}")) {
			throw new IllegalArgumentException(
					"fastdata.organisation.home-province must be a two-digit province code, e.g. 83, not " + homeProvince);
		}
	}

}
