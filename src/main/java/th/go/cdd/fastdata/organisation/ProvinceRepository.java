package th.go.cdd.fastdata.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceRepository extends JpaRepository<Province, Long> {

	Optional<Province> findByCode(String code);

	List<Province> findAllByOrderByCode();

	List<Province> findByServedTrueOrderByCode();

}
