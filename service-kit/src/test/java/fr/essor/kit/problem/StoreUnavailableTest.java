package fr.essor.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.mongodb.MongoTimeoutException;

/** The store out of reach: a bounded 503 with Retry-After, in French, never a 500 or a hang. */
class StoreUnavailableTest {

    private final ApiProblems problems = new ApiProblems();

    @Test
    void anApiCallGetsA503ProblemWithRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/organisations");
        ResponseEntity<ProblemDetail> answer = problems.storeUnavailable(
                new DataAccessResourceFailureException("Timed out after 5000 ms while waiting for a server"),
                request, new MockHttpServletResponse());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getTitle()).isEqualTo("Service indisponible");
        assertThat(answer.getBody().getDetail()).contains("rien n'a été enregistré", "Réessayez");
        assertThat(answer.getBody().getInstance()).hasToString("/api/organisations");
    }

    @Test
    void aPageGetsTheErrorPageWithA503AndRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/besoins/nouveau");
        MockHttpServletResponse response = new MockHttpServletResponse();

        ResponseEntity<ProblemDetail> answer = problems.storeUnavailable(new MongoTimeoutException("no server"),
                request, response);

        assertThat(answer).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }
}
