package th.go.cdd.fastdata.organisation;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;

/**
 * The provinces this deployment serves. The configured home province is served from the
 * first start; an administrator can serve more (a region, or a national deployment).
 */
@Service
@Transactional
public class ServedProvinces implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ServedProvinces.class);

	private final ProvinceRepository provinces;

	private final OrganisationSettings settings;

	private final AuditLog audit;

	ServedProvinces(ProvinceRepository provinces, OrganisationSettings settings, AuditLog audit) {
		this.provinces = provinces;
		this.settings = settings;
		this.audit = audit;
	}

	/** Runs before the demo data, which needs its province served. */
	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public void run(ApplicationArguments args) {
		Province home = this.provinces.findByCode(this.settings.homeProvince())
			.orElseThrow(() -> new IllegalStateException(
					"fastdata.organisation.home-province=" + this.settings.homeProvince() + " is not a province code"));
		if (!home.isServed()) {
			home.serve();
			log.info("Serving {} ({}), the configured home province", home.label(), home.getCode());
		}
	}

	public Province home() {
		return this.provinces.findByCode(this.settings.homeProvince()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Province> all() {
		return this.provinces.findAllByOrderByCode();
	}

	public void serve(Long provinceId) {
		Province province = this.provinces.findById(provinceId).orElseThrow(NotFoundInScope::new);
		if (!province.isServed()) {
			province.serve();
			this.audit.updated("Province", provinceId, "เปิดให้บริการ" + province.label(), "served=false",
					"served=true");
		}
	}

}
