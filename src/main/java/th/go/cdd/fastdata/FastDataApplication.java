package th.go.cdd.fastdata;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Fast Data: the debtor system of the Women's Development Fund (กองทุนพัฒนาบทบาทสตรี) and the
 * community information work of a provincial Community Development Office.
 */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class FastDataApplication {

	public static void main(String[] args) {
		SpringApplication.run(FastDataApplication.class, args);
	}

}
