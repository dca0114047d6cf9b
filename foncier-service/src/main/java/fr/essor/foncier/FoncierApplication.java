package fr.essor.foncier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FoncierApplication {

    public static void main(String[] args) {
        SpringApplication.run(FoncierApplication.class, args);
    }
}
