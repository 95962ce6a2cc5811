package th.go.cdd.fastdata.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Villages, always read through the user's scope: a village outside it is not found. */
interface VillageRepository extends JpaRepository<Village, Long> {

	@Query("select v from Village v join fetch v.subdistrict s join fetch s.district d join fetch d.province"
			+ " where v.id = :id and d.id in :districtIds")
	Optional<Village> findInScope(Long id, Collection<Long> districtIds);

	@Query("select v from Village v join fetch v.subdistrict s join fetch s.district d"
			+ " where d.id in :districtIds and (:subdistrictId is null or s.id = :subdistrictId)"
			+ " order by s.code, v.moo")
	List<Village> findAllInScope(Collection<Long> districtIds, Long subdistrictId);

	@Query("select s.id, count(v) from Village v join v.subdistrict s where s.district.id in :districtIds group by s.id")
	List<Object[]> countBySubdistrict(Collection<Long> districtIds);

	Optional<Village> findBySubdistrictIdAndMoo(Long subdistrictId, int moo);

	boolean existsBySubdistrictIdAndMoo(Long subdistrictId, int moo);

	long countBySubdistrictId(Long subdistrictId);

}
