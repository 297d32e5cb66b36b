package org.masar.beneficiary.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.DocumentType;
import org.masar.beneficiary.domain.EducationLevel;
import org.masar.beneficiary.domain.EmploymentStatus;
import org.masar.beneficiary.domain.Sex;
import org.masar.site.domain.Site;

/** A person as the registry export writes them: the record's fields, its site, groups and active consent purposes. */
public record PersonLine(long id, String code, String lastName, String firstName, String arabicName, Sex sex,
                         LocalDate birthDate, Site site, String nationality, String residenceCountry, String phone,
                         String email, DocumentType documentType, String documentNumber, EducationLevel educationLevel,
                         EmploymentStatus employmentStatus, boolean disability, Set<BeneficiaryGroup> groups,
                         Set<ConsentPurpose> consents) {

    /** The person's fields the streamed query selects, in this order, before a group and a consent purpose. */
    static final List<String> COLUMNS = List.of("id", "code", "lastName", "firstName", "arabicName", "sex", "birthDate",
            "site", "nationality", "residenceCountry", "phone", "email", "documentType", "documentNumber",
            "educationLevel", "employmentStatus", "disability");

    /**
     * Folds the query's rows — one per person, group and consent, in person order — into lines,
     * handing each on once its last row is read.
     */
    static final class Reader {
        private final Map<Long, Site> sites;
        private final Consumer<PersonLine> sink;
        private PersonLine current;
        private int lines;

        Reader(Map<Long, Site> sites, Consumer<PersonLine> sink) {
            this.sites = sites;
            this.sink = sink;
        }

        void read(ResultSet r) throws SQLException {
            long id = r.getLong(1);
            if (current == null || current.id() != id) {
                finish();
                current = new PersonLine(id, r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        Sex.valueOf(r.getString(6)), r.getObject(7, LocalDate.class), sites.get(r.getLong(8)),
                        r.getString(9), r.getString(10), r.getString(11), r.getString(12),
                        DocumentType.valueOf(r.getString(13)), r.getString(14), EducationLevel.valueOf(r.getString(15)),
                        EmploymentStatus.valueOf(r.getString(16)), r.getBoolean(17),
                        EnumSet.noneOf(BeneficiaryGroup.class), EnumSet.noneOf(ConsentPurpose.class));
            }
            String group = r.getString(18);
            if (group != null) {
                current.groups().add(BeneficiaryGroup.valueOf(group));
            }
            String purpose = r.getString(19);
            if (purpose != null) {
                current.consents().add(ConsentPurpose.valueOf(purpose));
            }
        }

        /** Hands on the line being read, if any; returns how many lines were handed on. */
        int finish() {
            if (current != null) {
                sink.accept(current);
                current = null;
                lines++;
            }
            return lines;
        }
    }
}
