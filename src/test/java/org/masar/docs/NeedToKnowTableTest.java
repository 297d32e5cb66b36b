package org.masar.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.ProfilePart;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.security.domain.Role;

/** README's need-to-know table is the code's: a change to either without the other fails here. */
class NeedToKnowTableTest {

    private static final String START = "<!-- need-to-know:start -->";
    private static final String END = "<!-- need-to-know:end -->";

    @Test
    void readmeShowsTheTableTheServerEnforces() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int from = readme.indexOf(START);
        int to = readme.indexOf(END);
        String shown = from < 0 || to < from ? "" : readme.substring(from + START.length(), to).strip();
        assertEquals(table(), shown, "README's table between the need-to-know markers");
    }

    static String table() {
        StringBuilder t = new StringBuilder();
        t.append("| role | registry | pipeline types worked | parts of a record shown | withdrawn people |\n");
        t.append("|---|---|---|---|---|\n");
        for (Role role : Role.values()) {
            Set<PipelineType> types = CaseWorkAccess.types(role);
            Set<ProfilePart> parts = BeneficiaryAccess.parts(role);
            boolean withdrawn = BeneficiaryAccess.seesWithdrawn(role);
            t.append("| `").append(role).append("` | ")
                    .append(BeneficiaryAccess.usesRegistry(role) ? "yes" : "—").append(" | ")
                    .append(types.isEmpty() ? "—" : types.size() == PipelineType.values().length ? "all"
                            : types.stream().map(Enum::name).collect(Collectors.joining(", "))).append(" | ")
                    .append(parts.isEmpty() ? "— (aggregates only)" : parts.size() == ProfilePart.values().length ? "all"
                            : parts.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")))
                    .append(" | ").append(withdrawn ? "shown" : "—").append(" |\n");
        }
        return t.toString().strip();
    }
}
