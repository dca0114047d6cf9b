package fr.essor.funding.portal.infrastructure;

import java.time.Clock;
import java.util.Optional;

import fr.essor.funding.portal.application.ApplicantContacts;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The applicants' addresses (collection {@code portal_contacts}, id = account), one upsert per change. */
class MongoApplicantContacts implements ApplicantContacts {

    static final String COLLECTION = "portal_contacts";

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoApplicantContacts(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void remember(String account, String email) {
        if (email == null || email.isBlank() || emailOf(account).filter(email::equals).isPresent()) {
            return;
        }
        mongo.findAndModify(Query.query(Criteria.where("_id").is(account)), new Update().set("email", email.strip())
                .set("updatedAt", clock.instant()), FindAndModifyOptions.options().upsert(true), Document.class,
                COLLECTION);
    }

    @Override
    public Optional<String> emailOf(String account) {
        return Optional.ofNullable(mongo.findById(account, Document.class, COLLECTION)).map(d -> d.getString("email"));
    }
}
