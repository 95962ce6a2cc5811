package th.go.cdd.fastdata.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u join fetch u.province left join fetch u.districts where u.username = :username")
	Optional<UserAccount> findByUsername(String username);

	@Query("select u from UserAccount u join fetch u.province left join fetch u.districts where u.id = :id")
	Optional<UserAccount> findWithAreaById(Long id);

	@Query("select distinct u from UserAccount u join fetch u.province left join fetch u.districts"
			+ " where (lower(u.username) like :pattern escape '\\' or lower(u.displayName) like :pattern escape '\\')"
			+ " and (:role is null or u.role = :role) order by u.username")
	List<UserAccount> search(String pattern, Role role);

	boolean existsByUsername(String username);

	boolean existsByRole(Role role);

	long countByRoleAndEnabledTrueAndLockedFalse(Role role);

	/** Usable accounts of the district's own staff and of the province-wide roles asked, by name (field visits). */
	@Query("select distinct u from UserAccount u left join u.districts d, District dist where dist.id = :districtId"
			+ " and u.enabled = true and u.locked = false"
			+ " and ((u.role = :districtRole and d.id = dist.id) or (u.role in :provinceRoles and u.province = dist.province))"
			+ " order by u.displayName")
	List<UserAccount> findStaffOf(Long districtId, Role districtRole, java.util.Collection<Role> provinceRoles);

	@Query("select d.id from UserAccount u join u.districts d where u.username = :username")
	List<Long> findDistrictIds(String username);

}
