package th.go.cdd.fastdata.womenfund.measure;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureVersionRepository extends JpaRepository<MeasureVersion, Long> {

	List<MeasureVersion> findByMeasureOrderByEffectiveFromDesc(Measure measure);

	List<MeasureVersion> findAllByOrderByMeasureAscEffectiveFromDesc();

}
