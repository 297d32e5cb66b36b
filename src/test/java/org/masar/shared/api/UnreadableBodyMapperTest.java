package org.masar.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.ProcessingException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which field an unreadable body names, from the messages Yasson gives (as Payara's Yasson 3.0 words them). */
class UnreadableBodyMapperTest {

    private static ProcessingException unreadable(String message) {
        return new ProcessingException("Error deserializing object from entity stream.", new RuntimeException(message,
                new RuntimeException("Error deserialize JSON value into type: class java.lang.Long.")));
    }

    @Test
    void aPropertyOfTheBodyIsNamed() {
        assertEquals(Optional.of("pipelineId"), UnreadableBodyMapper.field(unreadable(
                "Unable to deserialize property 'pipelineId' because of: Error deserialize JSON value into type: class java.lang.Long.")));
    }

    @Test
    void aPropertyOfANestedObjectIsNamedWithItsPath() {
        assertEquals(Optional.of("consent.date"), UnreadableBodyMapper.field(unreadable(
                "Unable to deserialize property 'consent' because of: Unable to deserialize property 'date' because of: x")));
    }

    @Test
    void aBodyThatIsNotJsonNamesNoField() {
        assertEquals(Optional.empty(), UnreadableBodyMapper.field(unreadable(
                "Internal error: Unexpected char 98 at (line no=1, column no=2, offset=1)")));
        assertEquals(Optional.empty(), UnreadableBodyMapper.field(new ProcessingException((String) null)));
    }
}
