package th.go.cdd.fastdata.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on a district, with how to reach her, for modules that send messages (notify).
 * Only enabled, unlocked accounts; administrators only when named.
 */
@Service
@Transactional(readOnly = true)
public class UserContacts {

	/** A user as a message needs her: never her password or her districts. */
	public record UserContact(Long id, String username, String displayName, String email, Role role) {
	}

	private final EntityManager entities;

	UserContacts(EntityManager entities) {
		this.entities = entities;
	}

	/**
	 * The users whose area covers the district: those assigned to it, and the province-wide roles
	 * (not administrators) of its province.
	 */
	public List<UserContact> coveringDistrict(Long districtId) {
		return this.entities.createQuery("""
				select u from UserAccount u
				where u.enabled = true and u.locked = false and u.role <> :admin
				  and ((u.role in :provinceWide and u.province.id = (select d.province.id from District d where d.id = :district))
				    or exists (select 1 from u.districts d where d.id = :district))
				order by u.username""", UserAccount.class)
			.setParameter("admin", Role.ADMIN)
			.setParameter("provinceWide", java.util.Arrays.stream(Role.values()).filter(Role::provinceWide).toList())
			.setParameter("district", districtId)
			.getResultList()
			.stream()
			.map(UserContacts::contact)
			.toList();
	}

	/** The usable accounts among these names. */
	public List<UserContact> named(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return List.of();
		}
		return this.entities
			.createQuery("select u from UserAccount u where u.enabled = true and u.locked = false"
					+ " and u.username in :names order by u.username", UserAccount.class)
			.setParameter("names", usernames)
			.getResultList()
			.stream()
			.map(UserContacts::contact)
			.toList();
	}

	public Optional<UserContact> byId(Long id) {
		return Optional.ofNullable(this.entities.find(UserAccount.class, id)).map(UserContacts::contact);
	}

	/** Every account, for an administrator's choice list. */
	public List<UserContact> all() {
		return this.entities.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
			.getResultList()
			.stream()
			.map(UserContacts::contact)
			.toList();
	}

	private static UserContact contact(UserAccount account) {
		String email = account.getEmail() == null || account.getEmail().isBlank() ? null : account.getEmail().strip();
		return new UserContact(account.getId(), account.getUsername(), account.getDisplayName(), email,
				account.getRole());
	}

}
