package org.masar.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.DocumentType;
import org.masar.beneficiary.domain.EducationLevel;
import org.masar.beneficiary.domain.EmploymentStatus;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryForm;

/**
 * About 600 demo people over the programmes' sites, always the same ones (a fixed seed and a
 * fixed reference day): Tunisian, Moroccan and Italian-resident names in Latin and Arabic
 * script, both sexes, every age band and group, and a few planted near-duplicates.
 */
final class DemoPeople {

    /** A planted record the demo and the browser tests meet at the duplicate gate. */
    static final LocalDate PLANTED_BIRTH = LocalDate.of(1996, 7, 14);

    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);
    private static final String[][] MEN = {
        {"Mohamed", "محمد"}, {"Ahmed", "أحمد"}, {"Youssef", "يوسف"}, {"Sami", "سامي"}, {"Hamza", "حمزة"},
        {"Walid", "وليد"}, {"Karim", "كريم"}, {"Mehdi", "مهدي"}, {"Oussama", "أسامة"}, {"Anis", "أنيس"},
        {"Bilel", "بلال"}, {"Skander", "إسكندر"}, {"Aymen", "أيمن"}, {"Rachid", "رشيد"}, {"Hicham", "هشام"},
        {"Abdelkader", "عبد القادر"}, {"Nabil", "نبيل"}, {"Tarek", "طارق"}, {"Zied", "زياد"}, {"Omar", "عمر"}};
    private static final String[][] WOMEN = {
        {"Fatma", "فاطمة"}, {"Amira", "أميرة"}, {"Khadija", "خديجة"}, {"Leila", "ليلى"}, {"Nadia", "نادية"},
        {"Sonia", "سنية"}, {"Imen", "إيمان"}, {"Rania", "رانية"}, {"Salma", "سلمى"}, {"Meriem", "مريم"},
        {"Asma", "أسماء"}, {"Hajer", "هاجر"}, {"Ines", "إيناس"}, {"Yasmine", "ياسمين"}, {"Zahra", "زهرة"},
        {"Samira", "سميرة"}, {"Nour", "نور"}, {"Houda", "هدى"}, {"Wafa", "وفاء"}, {"Amal", "أمل"}};
    private static final String[][] TUNISIAN_NAMES = {
        {"Trabelsi", "الطرابلسي"}, {"Ben Salah", "بن صالح"}, {"Gharbi", "الغربي"}, {"Jlassi", "الجلاسي"},
        {"Hammami", "الحمامي"}, {"Mansouri", "المنصوري"}, {"Ben Ali", "بن علي"}, {"Dridi", "الدريدي"},
        {"Riahi", "الرياحي"}, {"Khelifi", "الخليفي"}, {"Ouertani", "الورتاني"}, {"Kchaou", "الكشو"},
        {"Chedly", "الشاذلي"}, {"Zouari", "الزواري"}, {"Bouazizi", "البوعزيزي"}, {"Mejri", "الماجري"},
        {"Ayari", "العياري"}, {"Karray", "الكراي"}, {"Ben Amor", "بن عمر"}, {"Hamdi", "الحمدي"}};
    private static final String[][] MOROCCAN_NAMES = {
        {"El Idrissi", "الإدريسي"}, {"Benali", "بنعلي"}, {"Alaoui", "العلوي"}, {"Bennani", "بناني"},
        {"Tazi", "التازي"}, {"El Amrani", "العمراني"}, {"Chraibi", "الشرايبي"}, {"Berrada", "برادة"},
        {"Ouazzani", "الوزاني"}, {"Fassi", "الفاسي"}};
    /** Sites of the demo programmes with the country people there mostly come from. */
    private static final String[][] SITES = {
        {"TUN-M", "TN"}, {"SFX-M", "TN"}, {"SFX", "TN"}, {"MAH-M", "TN"}, {"SBZ-M", "TN"}, {"KEB-M", "TN"},
        {"DOUZ", "TN"}, {"MIL", "IT"}, {"TRN", "IT"}, {"FLR", "IT"}, {"PMO", "IT"}, {"BML", "MA"}, {"TNG", "MA"}};
    private static final int[][] AGE_RANGES = {{15, 17}, {18, 24}, {25, 35}, {36, 64}, {65, 70}};
    private static final int[] AGE_WEIGHTS = {10, 35, 35, 17, 3};

    private DemoPeople() {
    }

    static List<BeneficiaryForm> generate(int count) {
        Random random = new Random(20201214L);
        List<BeneficiaryForm> people = new ArrayList<>(planted());
        int serial = 0;
        while (people.size() < count) {
            serial++;
            String[] site = SITES[random.nextInt(SITES.length)];
            boolean inItaly = site[1].equals("IT");
            String origin = inItaly ? (random.nextBoolean() ? "MA" : "TN") : site[1];
            Sex sex = random.nextInt(100) < 52 ? Sex.F : Sex.M;
            String[] first = (sex == Sex.F ? WOMEN : MEN)[random.nextInt(20)];
            String[][] families = origin.equals("MA") ? MOROCCAN_NAMES : TUNISIAN_NAMES;
            String[] last = families[random.nextInt(families.length)];
            BeneficiaryForm f = new BeneficiaryForm();
            f.setFirstName(first[0]);
            f.setLastName(last[0]);
            if (random.nextInt(10) < 8) {
                f.setArabicName(first[1] + " " + last[1]);
            }
            f.setSex(sex);
            f.setBirthDate(birthDate(random));
            f.setNationality(origin);
            f.setResidenceCountry(site[1]);
            f.setSiteCode(site[0]);
            f.setPhone(phone(site[1], serial));
            if (random.nextInt(3) == 0) {
                f.setEmail(ascii(first[0]) + "." + ascii(last[0]) + serial + "@example.org");
            }
            document(f, origin, inItaly, serial, random);
            f.setEducationLevel(EducationLevel.values()[random.nextInt(EducationLevel.values().length)]);
            f.setEmploymentStatus(EmploymentStatus.values()[random.nextInt(EmploymentStatus.values().length)]);
            f.setDisability(random.nextInt(100) < 4);
            f.setGroups(groups(random, inItaly, f.getBirthDate()));
            f.setConsentDate(REFERENCE.minusDays(random.nextInt(2100)));
            Set<ConsentPurpose> purposes = EnumSet.of(ConsentPurpose.PARTICIPATION);
            for (ConsentPurpose p : List.of(ConsentPurpose.PARTNER_SHARING, ConsentPurpose.PHOTOS, ConsentPurpose.FOLLOW_UP)) {
                if (random.nextInt(100) < 60) {
                    purposes.add(p);
                }
            }
            f.setConsentPurposes(purposes);
            people.add(f);
        }
        return people;
    }

    /**
     * Third-country nationals of Florence who joined Savoir Faire while it ran (consent from October
     * 2018): the other demo people came later, after the programme had ended. Drawn from a seed of
     * their own and registered after the others, so that nobody else's record or journey changes.
     */
    static List<BeneficiaryForm> savoirFaire(int count) {
        Random random = new Random(20181001L);
        List<BeneficiaryForm> people = new ArrayList<>();
        for (int serial = 10_001; people.size() < count; serial++) {
            String origin = random.nextBoolean() ? "MA" : "TN";
            Sex sex = random.nextInt(100) < 50 ? Sex.F : Sex.M;
            String[] first = (sex == Sex.F ? WOMEN : MEN)[random.nextInt(20)];
            String[][] families = origin.equals("MA") ? MOROCCAN_NAMES : TUNISIAN_NAMES;
            String[] last = families[random.nextInt(families.length)];
            BeneficiaryForm f = new BeneficiaryForm();
            f.setFirstName(first[0]);
            f.setLastName(last[0]);
            f.setSex(sex);
            // 19 to 49 when the programme ran.
            f.setBirthDate(LocalDate.of(1970 + random.nextInt(31), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            f.setNationality(origin);
            f.setResidenceCountry("IT");
            f.setSiteCode("FLR");
            f.setPhone(phone("IT", serial));
            document(f, origin, true, serial, random);
            f.setEducationLevel(EducationLevel.values()[random.nextInt(EducationLevel.values().length)]);
            f.setEmploymentStatus(EmploymentStatus.values()[random.nextInt(EmploymentStatus.values().length)]);
            f.setGroups(groups(random, true, f.getBirthDate()));
            f.setConsentDate(LocalDate.of(2018, 10, 1).plusDays(random.nextInt(100)));
            f.setConsentPurposes(EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.FOLLOW_UP));
            people.add(f);
        }
        return people;
    }

    /**
     * Young people of MENTOR 2's four sending regions (Beni Mellal, Tangier, Tunis, Sfax), 19 to 30,
     * registered a year or more before {@code today}: the interns the demo adds when the journeys
     * left it fewer candidates than its forty placements. A seed of their own, serials apart.
     */
    static List<BeneficiaryForm> interns(int count, LocalDate today) {
        Random random = new Random(20210301L);
        String[][] sites = {{"BML", "MA"}, {"TNG", "MA"}, {"TUN-M", "TN"}, {"SFX-M", "TN"}};
        List<BeneficiaryForm> people = new ArrayList<>();
        for (int serial = 20_001; people.size() < count; serial++) {
            String[] site = sites[people.size() % sites.length];
            Sex sex = random.nextInt(100) < 50 ? Sex.F : Sex.M;
            String[] first = (sex == Sex.F ? WOMEN : MEN)[random.nextInt(20)];
            String[][] families = site[1].equals("MA") ? MOROCCAN_NAMES : TUNISIAN_NAMES;
            String[] last = families[random.nextInt(families.length)];
            BeneficiaryForm f = new BeneficiaryForm();
            f.setFirstName(first[0]);
            f.setLastName(last[0]);
            f.setArabicName(first[1] + " " + last[1]);
            f.setSex(sex);
            f.setBirthDate(today.minusYears(19 + random.nextInt(12)).minusDays(random.nextInt(365)));
            f.setNationality(site[1]);
            f.setResidenceCountry(site[1]);
            f.setSiteCode(site[0]);
            f.setPhone(phone(site[1], serial));
            document(f, site[1], false, serial, random);
            f.setEducationLevel(EducationLevel.values()[random.nextInt(EducationLevel.values().length)]);
            f.setEmploymentStatus(EmploymentStatus.UNEMPLOYED);
            f.setConsentDate(today.minusDays(400 + random.nextInt(100)));
            f.setConsentPurposes(EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.FOLLOW_UP));
            people.add(f);
        }
        return people;
    }

    /** Pairs a case worker will meet: the same person typed twice, the way it happens. */
    private static List<BeneficiaryForm> planted() {
        List<BeneficiaryForm> planted = new ArrayList<>();
        planted.add(person("Mohamed", "Ben Salah", "محمد بن صالح", Sex.M, PLANTED_BIRTH, "SFX-M", "22 410 771", "07412345"));
        planted.add(person("Mhamed", "Bensalah", null, Sex.M, PLANTED_BIRTH, "SFX-M", null, null));
        planted.add(person("Khadija", "El Mansouri", "خديجة المنصوري", Sex.F, LocalDate.of(2001, 3, 9), "KEB-M", "97 300 112", null));
        planted.add(person("Khadidja", "Mansouri", null, Sex.F, LocalDate.of(2001, 3, 9), "DOUZ", null, null));
        planted.add(person("Youssef", "Jlassi", null, Sex.M, LocalDate.of(1989, 11, 2), "TUN-M", "55 010 203", null));
        planted.add(person("Yusuf", "Jlassi", "يوسف الجلاسي", Sex.M, LocalDate.of(1989, 12, 2), "TUN-M", "+216 55010203", null));
        planted.add(person("Abdelkader", "Alaoui", "عبد القادر العلوي", Sex.M, LocalDate.of(1993, 5, 20), "MIL", "347 555 0101", null));
        planted.add(person("Abd El Kader", "Alaoui", null, Sex.M, LocalDate.of(1993, 5, 20), "MIL", null, null));
        return planted;
    }

    private static BeneficiaryForm person(String first, String last, String arabic, Sex sex, LocalDate birth,
                                          String site, String phone, String cin) {
        BeneficiaryForm f = new BeneficiaryForm();
        f.setFirstName(first);
        f.setLastName(last);
        f.setArabicName(arabic);
        f.setSex(sex);
        f.setBirthDate(birth);
        boolean italy = site.equals("MIL");
        f.setNationality(italy ? "MA" : "TN");
        f.setResidenceCountry(italy ? "IT" : "TN");
        f.setSiteCode(site);
        f.setPhone(phone);
        if (cin != null) {
            f.setDocumentType(DocumentType.CIN);
            f.setDocumentNumber(cin);
        }
        f.setEducationLevel(EducationLevel.SECONDARY);
        f.setEmploymentStatus(EmploymentStatus.UNEMPLOYED);
        f.setConsentDate(REFERENCE.minusDays(200));
        f.setConsentPurposes(EnumSet.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.FOLLOW_UP));
        return f;
    }

    private static LocalDate birthDate(Random random) {
        int pick = random.nextInt(100);
        int band = 0;
        for (int acc = AGE_WEIGHTS[0]; pick >= acc; acc += AGE_WEIGHTS[++band]) {
            // walk to the band the pick falls in
        }
        int age = AGE_RANGES[band][0] + random.nextInt(AGE_RANGES[band][1] - AGE_RANGES[band][0] + 1);
        return REFERENCE.minusYears(age).minusDays(random.nextInt(365));
    }

    private static String phone(String country, int serial) {
        return switch (country) {
            case "TN" -> String.format("%d%07d", 2 + (serial % 3) * 3, 1_000_000 + serial);
            case "MA" -> String.format("06%08d", 10_000_000 + serial);
            default -> String.format("3%09d", 400_000_000 + serial);
        };
    }

    private static void document(BeneficiaryForm f, String origin, boolean inItaly, int serial, Random random) {
        if (random.nextInt(10) == 0) {
            return;
        }
        if (inItaly) {
            f.setDocumentType(random.nextBoolean() ? DocumentType.RESIDENCE_PERMIT : DocumentType.PASSPORT);
            f.setDocumentNumber(String.format("%s%07d", inItaly ? "IT" : origin, 3_000_000 + serial));
        } else {
            f.setDocumentType(DocumentType.CIN);
            f.setDocumentNumber(origin.equals("MA") ? String.format("BK%06d", 100_000 + serial)
                    : String.format("%08d", 9_000_000 + serial));
        }
    }

    private static Set<BeneficiaryGroup> groups(Random random, boolean inItaly, LocalDate birth) {
        Set<BeneficiaryGroup> groups = EnumSet.noneOf(BeneficiaryGroup.class);
        if (inItaly) {
            groups.add(BeneficiaryGroup.THIRD_COUNTRY_NATIONAL);
            groups.add(BeneficiaryGroup.MIGRANT);
            int protection = random.nextInt(10);
            if (protection == 0) {
                groups.add(BeneficiaryGroup.INTERNATIONAL_PROTECTION);
            } else if (protection == 1) {
                groups.add(BeneficiaryGroup.SUBSIDIARY_PROTECTION);
            } else if (protection == 2) {
                groups.add(BeneficiaryGroup.HUMANITARIAN_PROTECTION);
            }
            if (random.nextInt(8) == 0) {
                groups.add(BeneficiaryGroup.DIASPORA);
            }
        } else if (random.nextInt(12) == 0) {
            groups.add(BeneficiaryGroup.RETURNEE);
        }
        if (REFERENCE.minusYears(18).isBefore(birth) && random.nextInt(4) == 0) {
            groups.add(BeneficiaryGroup.UNACCOMPANIED_MINOR);
        }
        return groups;
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
