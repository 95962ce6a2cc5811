package th.go.cdd.fastdata.organisation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;

/** Villages (หมู่บ้าน) as officers enter them, always within the officer's scope. */
@Service
@Transactional
public class Villages {

	private static final String RECORD_TYPE = "Village";

	private final VillageRepository villages;

	private final SubdistrictRepository subdistricts;

	private final AuditLog audit;

	Villages(VillageRepository villages, SubdistrictRepository subdistricts, AuditLog audit) {
		this.villages = villages;
		this.subdistricts = subdistricts;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Village> list(Scope scope, Long subdistrictId) {
		return this.villages.findAllInScope(scope.queryIds(), subdistrictId);
	}

	@Transactional(readOnly = true)
	public Village get(Scope scope, Long id) {
		return this.villages.findInScope(id, scope.queryIds()).orElseThrow(NotFoundInScope::new);
	}

	@Transactional(readOnly = true)
	public Subdistrict subdistrict(Scope scope, Long id) {
		return this.subdistricts.findInScope(id, scope.queryIds()).orElseThrow(NotFoundInScope::new);
	}

	/** Number of villages per subdistrict id in the scope. */
	@Transactional(readOnly = true)
	public Map<Long, Long> countsBySubdistrict(Scope scope) {
		return this.villages.countBySubdistrict(scope.queryIds())
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
	}

	@Transactional(readOnly = true)
	public boolean mooTaken(Long subdistrictId, int moo) {
		return this.villages.existsBySubdistrictIdAndMoo(subdistrictId, moo);
	}

	public Village add(Scope scope, Long subdistrictId, int moo, String name, String username) {
		Subdistrict subdistrict = subdistrict(scope, subdistrictId);
		Village village = this.villages.save(new Village(subdistrict, moo, name, username));
		this.audit.created(RECORD_TYPE, village.getId(), "เพิ่ม" + village.label() + " " + subdistrict.label(),
				"code=" + village.getCode() + "; name=" + village.getNameTh());
		return village;
	}

	public Village rename(Scope scope, Long id, String name) {
		Village village = get(scope, id);
		String before = "name=" + village.getNameTh();
		village.rename(name);
		this.audit.updated(RECORD_TYPE, id, "แก้ไขชื่อ" + village.label(), before, "name=" + village.getNameTh());
		return village;
	}

}
