package org.masar.testing;

import java.time.LocalDate;
import java.util.Set;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.EducationLevel;
import org.masar.beneficiary.domain.EmploymentStatus;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryForm;

/** Registration forms for tests: a person of Tunisia at a site, consenting to take part. */
public final class People {

    private People() {
    }

    public static BeneficiaryForm form(String first, String last, Sex sex, LocalDate birth, String siteCode) {
        BeneficiaryForm f = new BeneficiaryForm();
        f.setFirstName(first);
        f.setLastName(last);
        f.setSex(sex);
        f.setBirthDate(birth);
        f.setNationality("TN");
        f.setResidenceCountry("TN");
        f.setSiteCode(siteCode);
        f.setEducationLevel(EducationLevel.SECONDARY);
        f.setEmploymentStatus(EmploymentStatus.UNEMPLOYED);
        f.setConsentDate(LocalDate.of(2025, 1, 10));
        f.setConsentPurposes(Set.of(ConsentPurpose.PARTICIPATION));
        return f;
    }
}
