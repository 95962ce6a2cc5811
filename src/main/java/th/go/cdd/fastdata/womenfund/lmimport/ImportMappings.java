package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditAction;
import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.SignedInUser;

/**
 * The saved column mappings of the LM import. A mapping belongs to the province of the officer who
 * saved it and is seen, used, changed and deleted by every importer of that province (one office
 * receives the same LM reports; a colleague must not have to map them again), never by another
 * province; so its name is unique in the province. Every change is audited.
 */
@Service
class ImportMappings {

	static final String RECORD_TYPE = "ImportMapping";

	private final MappingStore store;

	private final AuditLog audit;

	ImportMappings(MappingStore store, AuditLog audit) {
		this.store = store;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	List<ColumnMapping> list(SignedInUser user) {
		return this.store.list(user.provinceId());
	}

	/** One of her province's mappings; another province's answers 404. */
	@Transactional(readOnly = true)
	ColumnMapping find(long id, SignedInUser user) {
		return this.store.find(user.provinceId(), id).orElseThrow(NotFoundInScope::new);
	}

	/** The mapping of that name for that kind, as an upload names it; refused in Thai (field {@code mapping}) otherwise. */
	@Transactional(readOnly = true)
	ColumnMapping named(String name, ImportKind kind, SignedInUser user) {
		ColumnMapping found = this.store.findByName(user.provinceId(), ColumnMapping.tidy(name))
			.orElseThrow(() -> MappingRefused.of("mapping",
					"ไม่พบการจับคู่คอลัมน์ชื่อ \"" + ColumnMapping.tidy(name) + "\" ของจังหวัดของท่าน"));
		if (found.kind() != kind) {
			throw MappingRefused.of("mapping", "การจับคู่คอลัมน์ \"" + found.name() + "\" ใช้กับ" + found.kind().label()
					+ " ไม่ใช่" + kind.label());
		}
		return found;
	}

	/** Checks a mapping made for one upload, not saved. */
	ColumnMapping unnamed(ImportKind kind, Map<String, String> headers) {
		ColumnMapping mapping = ColumnMapping.unnamed(kind, headers);
		List<MappingRefused.FieldError> errors = new ArrayList<>();
		checkColumns(mapping, errors);
		refuseIf(errors);
		return mapping;
	}

	@Transactional
	ColumnMapping create(String name, ImportKind kind, Map<String, String> headers, SignedInUser user) {
		ColumnMapping mapping = checked(null, name, kind, headers, user);
		long id;
		try {
			id = this.store.insert(user.provinceId(), mapping, user.username());
		}
		catch (DuplicateKeyException ex) {
			// a colleague saved the same name a moment ago
			throw MappingRefused.of("name", "มีการจับคู่คอลัมน์ชื่อ \"" + mapping.name() + "\" ในจังหวัดอยู่แล้ว กรุณาใช้ชื่ออื่น");
		}
		this.audit.created(RECORD_TYPE, id, "บันทึกการจับคู่คอลัมน์ \"" + mapping.name() + "\" (" + kind.label() + ")",
				mapping.auditState());
		return this.store.find(user.provinceId(), id).orElseThrow();
	}

	@Transactional
	ColumnMapping update(long id, String name, Map<String, String> headers, SignedInUser user) {
		ColumnMapping before = find(id, user);
		ColumnMapping mapping = checked(id, name, before.kind(), headers, user);
		try {
			this.store.update(id, mapping, user.username());
		}
		catch (DuplicateKeyException ex) {
			throw MappingRefused.of("name", "มีการจับคู่คอลัมน์ชื่อ \"" + mapping.name() + "\" ในจังหวัดอยู่แล้ว กรุณาใช้ชื่ออื่น");
		}
		this.audit.updated(RECORD_TYPE, id, "แก้ไขการจับคู่คอลัมน์ \"" + mapping.name() + "\"", before.auditState(),
				mapping.auditState());
		return this.store.find(user.provinceId(), id).orElseThrow();
	}

	@Transactional
	void delete(long id, SignedInUser user) {
		ColumnMapping before = find(id, user);
		this.store.delete(id);
		this.audit.record(AuditAction.DELETE, RECORD_TYPE, id, "ลบการจับคู่คอลัมน์ \"" + before.name() + "\"",
				before.auditState(), null);
	}

	private ColumnMapping checked(Long id, String name, ImportKind kind, Map<String, String> headers, SignedInUser user) {
		String tidy = ColumnMapping.tidy(name);
		ColumnMapping mapping = new ColumnMapping(id, tidy, kind, headers, null, null);
		List<MappingRefused.FieldError> errors = new ArrayList<>();
		if (tidy.isEmpty()) {
			errors.add(new MappingRefused.FieldError("name", "กรุณาตั้งชื่อการจับคู่คอลัมน์"));
		}
		else if (tidy.length() > ColumnMapping.MAX_NAME) {
			errors.add(new MappingRefused.FieldError("name", "ชื่อการจับคู่ยาวเกิน " + ColumnMapping.MAX_NAME + " ตัวอักษร"));
		}
		else {
			this.store.findByName(user.provinceId(), tidy)
				.filter(other -> !other.id().equals(id))
				.ifPresent(other -> errors.add(new MappingRefused.FieldError("name",
						"มีการจับคู่คอลัมน์ชื่อ \"" + other.name() + "\" ในจังหวัดอยู่แล้ว กรุณาใช้ชื่ออื่น")));
		}
		checkColumns(mapping, errors);
		refuseIf(errors);
		return mapping;
	}

	private static void checkColumns(ColumnMapping mapping, List<MappingRefused.FieldError> errors) {
		for (ImportColumn column : mapping.missingRequired()) {
			errors.add(new MappingRefused.FieldError("columns." + column.key(),
					"กรุณาระบุคอลัมน์ของ \"" + column.label() + "\" (" + column.key() + ") ซึ่งต้องมี"));
		}
		mapping.headers().forEach((key, header) -> {
			if (header.length() > ColumnMapping.MAX_HEADER) {
				errors.add(new MappingRefused.FieldError("columns." + key,
						"หัวคอลัมน์ยาวเกิน " + ColumnMapping.MAX_HEADER + " ตัวอักษร"));
			}
		});
	}

	private static void refuseIf(List<MappingRefused.FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new MappingRefused(errors);
		}
	}

}
