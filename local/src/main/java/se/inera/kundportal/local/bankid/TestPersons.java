package se.inera.kundportal.local.bankid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The simulator's BankID holders; the seeded list lives in {@code test-persons.json} next to this class. */
public final class TestPersons {
    private final List<TestPerson> persons;

    public TestPersons(List<TestPerson> persons) {
        this.persons = List.copyOf(persons);
    }

    /** The seeded test persons. */
    public static TestPersons seeded() {
        try (InputStream in = TestPersons.class.getResourceAsStream("test-persons.json")) {
            if (in == null) {
                throw new IllegalStateException("test-persons.json is missing from the classpath");
            }
            List<TestPerson> persons = new ArrayList<>();
            for (JsonNode person : new ObjectMapper().readTree(in)) {
                persons.add(new TestPerson(
                        person.required("personalNumber").asText(),
                        person.required("givenName").asText(),
                        person.required("surname").asText(),
                        LocalDate.parse(person.required("bankIdIssueDate").asText()),
                        person.required("revoked").asBoolean(),
                        person.required("description").asText()));
            }
            return new TestPersons(persons);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read test-persons.json", e);
        }
    }

    public List<TestPerson> all() {
        return persons;
    }

    public Optional<TestPerson> find(String personalNumber) {
        return persons.stream().filter(person -> person.personalNumber().equals(personalNumber)).findFirst();
    }
}
