package org.ektefaa.beneficiaries.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.ektefaa.beneficiaries.boundary.BeneficiaryFiles;
import org.ektefaa.beneficiaries.boundary.Categories;
import org.ektefaa.beneficiaries.boundary.FileForm;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.Category;
import org.ektefaa.beneficiaries.entity.Enums;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.DemoDataRequested;
import org.ektefaa.platform.api.saudi.NationalIds;

/**
 * Demo beneficiary files (only when the demo switch asks): 300 households with plausible Arabic names, each in a
 * category with its documents, opened over the past seven months on the channels people use, verified item by
 * item, consented and signed, and submitted for decision (the requests module decides most of them); one in ten
 * is left incomplete at the reception. Runs first, so the requests module can serve registered beneficiaries.
 */
@ApplicationScoped
public class DemoFiles {

    @jakarta.persistence.PersistenceContext(unitName = "beneficiaries")
    jakarta.persistence.EntityManager em;

    /** Between the demo's steps this module's persistence context is written and let go of (the load stays linear). */
    void settle(@jakarta.enterprise.event.Observes org.ektefaa.platform.api.DemoDataRequested.Settle settle) {
        em.flush();
        em.clear();
    }

    static final int FILES = 300;

    private static final String[] WOMEN = {"نورة", "فاطمة", "مريم", "هيا", "سارة", "منيرة", "لطيفة", "عائشة", "حصة", "أمل",
        "خديجة", "جواهر", "أسماء", "رقية", "هند"};
    private static final String[] MEN = {"عبدالله", "محمد", "فهد", "سعد", "خالد", "عبدالرحمن", "ناصر", "إبراهيم", "سلمان",
        "تركي", "صالح", "علي", "يوسف", "عمر", "حمد"};
    private static final String[] FAMILIES = {"العتيبي", "القحطاني", "الشمري", "الدوسري", "الحربي", "الغامدي", "الزهراني",
        "المطيري", "السبيعي", "العنزي", "الشهري", "البقمي", "الرشيدي", "السهلي", "الخالدي"};
    private static final String[] DISTRICTS = {"النسيم", "الشفا", "العزيزية", "السويدي", "الدار البيضاء", "منفوحة", "الجرادية",
        "الفيصلية", "النظيم", "بدر"};
    private static final ContactChannel[] CHANNELS = {ContactChannel.IN_PERSON_INTERVIEW, ContactChannel.IN_PERSON_INTERVIEW,
        ContactChannel.IN_PERSON_INTERVIEW, ContactChannel.PHONE_CALL, ContactChannel.HELP_REQUEST_SERVICE, ContactChannel.LETTER};

    /** A one-page PDF that says it is a demo document. */
    private static final byte[] DOCUMENT = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 420 200]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
            + "4 0 obj<</Length 44>>stream\nBT /F1 18 Tf 40 100 Td (Demo document) Tj ET\nendstream endobj\n"
            + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    BeneficiaryFiles files;

    @Inject
    FileDocuments fileDocuments;

    @Inject
    Categories categories;

    void on(@Observes @Priority(500) DemoDataRequested demo) {
        // recorded under the name of the role that would do this work, as it would be in an association
        org.ektefaa.platform.api.SystemActor.run("demo.reception", () -> create(demo));
    }

    private void create(DemoDataRequested demo) {
        Random random = new Random(demo.seed() + 3);
        List<Category> kinds = categories.active();
        List<FileForm> twins = new java.util.ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            demo.settle();
            Instant opened = demo.now().minus(Duration.ofDays(3 + random.nextInt(210))).minus(Duration.ofMinutes(random.nextInt(480)));
            demo.at(opened);
            Category category = kinds.get(random.nextInt(kinds.size()));
            FileForm form = form(random, i, category.getCode());
            Beneficiary file = files.start(form);
            if (i % 25 == 7) {
                twins.add(form);
            }
            for (String document : category.getRequiredDocuments()) {
                fileDocuments.attach(file.getId(), document, DOCUMENT, document.toLowerCase(java.util.Locale.ROOT) + ".pdf", null);
            }
            if (random.nextInt(10) == 0) {
                continue;
            }
            demo.at(opened.plus(Duration.ofMinutes(20)));
            for (String item : files.itemsToVerify(files.read(file.getId()))) {
                files.verify(file.getId(), version(file), item, true);
            }
            files.recordConsent(file.getId(), version(file), "دراسة الطلب وتقديم الخدمة");
            Beneficiary current = files.read(file.getId());
            files.sign(file.getId(), current.getVersion(), Enums.SignatureMethod.TYPED, current.getName().full(), null);
            files.submit(file.getId(), version(file));
        }
        // a dozen people registered a second time (at another branch, their name spelled otherwise, another identity
        // document): the duplicate check raises each on both files (issue #24); and, so that each kind of reason can
        // be seen, a grown son who lists his mother in his own household while she has her file (her identity number
        // in both), and a sister who gave the same mobile (a weak reason reception may clear)
        for (int n = 0; n < twins.size(); n++) {
            demo.settle();
            FileForm twin = twins.get(n);
            demo.at(demo.now().minus(Duration.ofDays(2)).plus(Duration.ofMinutes(n)));
            files.start(twin(twin, n));
            if (n % 4 == 1) {
                files.start(son(twin, n));
            } else if (n % 4 == 3) {
                files.start(sister(twin, n));
            }
        }
    }

    private static FileForm twin(FileForm original, int n) {
        FileForm twin = copy(original);
        twin.setIdNumber(NationalIds.withCheckDigit(109000000L + 41L * n));
        String family = twin.getFamilyName();
        twin.setFamilyName(family.startsWith("ال") ? family.substring(2) : "ال" + family);
        twin.setFirstName(twin.getFirstName().replace('ة', 'ه').replace('أ', 'ا').replace('إ', 'ا'));
        return twin;
    }

    /** A grown son's own file, his parent (the first file) in his household with their identity number. */
    private static FileForm son(FileForm mother, int n) {
        FileForm son = copy(mother);
        son.getHousehold().clear();
        son.setIdNumber(NationalIds.withCheckDigit(109500000L + 43L * n));
        son.setFirstName(MEN[n % MEN.length]);
        son.setFatherName(mother.getFatherName());
        son.setGender(Enums.Gender.MALE);
        son.setMaritalStatus(Enums.MaritalStatus.SINGLE);
        son.setBirthDate(mother.getBirthDate().plusYears(22));
        son.setMobile("0554" + String.format("%06d", 300000 + n));
        FileForm.Member her = new FileForm.Member();
        her.setFullName(mother.getFirstName() + " " + mother.getFatherName() + " " + mother.getFamilyName());
        her.setRelation(mother.getGender() == Enums.Gender.MALE ? Enums.Relation.FATHER : Enums.Relation.MOTHER);
        her.setIdNumber(mother.getIdNumber());
        her.setBirthDate(mother.getBirthDate());
        her.setOccupation(Enums.Occupation.UNEMPLOYED);
        son.getHousehold().add(her);
        return son;
    }

    /** Her sister's file, with the same mobile (the family's one phone). */
    private static FileForm sister(FileForm original, int n) {
        FileForm sister = copy(original);
        sister.getHousehold().clear();
        sister.setIdNumber(NationalIds.withCheckDigit(109700000L + 47L * n));
        sister.setFirstName(WOMEN[(n + 3) % WOMEN.length]);
        sister.setGender(Enums.Gender.FEMALE);
        sister.setBirthDate(original.getBirthDate().minusYears(3).plusDays(40));
        return sister;
    }

    /** A new form with the same values (the demo's forms are kept for their twins). */
    private static FileForm copy(FileForm form) {
        FileForm copy = new FileForm();
        copy.setIdNumber(form.getIdNumber());
        copy.setFirstName(form.getFirstName());
        copy.setFatherName(form.getFatherName());
        copy.setGrandfatherName(form.getGrandfatherName());
        copy.setFamilyName(form.getFamilyName());
        copy.setGender(form.getGender());
        copy.setBirthDate(form.getBirthDate());
        copy.setMaritalStatus(form.getMaritalStatus());
        copy.setMobile(form.getMobile());
        copy.setCity(form.getCity());
        copy.setDistrict(form.getDistrict());
        copy.setCategoryCode(form.getCategoryCode());
        copy.setChannel(form.getChannel());
        copy.setHousing(form.getHousing());
        copy.setMonthlyRent(form.getMonthlyRent());
        copy.getHousehold().addAll(form.getHousehold());
        copy.getIncomes().addAll(form.getIncomes());
        return copy;
    }

    private long version(Beneficiary file) {
        return files.read(file.getId()).getVersion();
    }

    private static FileForm form(Random random, int i, String category) {
        boolean woman = !"ELDERLY".equals(category) && !"DISABILITY".equals(category) || random.nextBoolean();
        String family = FAMILIES[random.nextInt(FAMILIES.length)];
        FileForm form = new FileForm();
        form.setIdNumber(NationalIds.withCheckDigit(108000000L + 37L * i));
        form.setFirstName(woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)]);
        form.setFatherName(MEN[random.nextInt(MEN.length)]);
        form.setGrandfatherName(MEN[random.nextInt(MEN.length)]);
        form.setFamilyName(family);
        form.setGender(woman ? Enums.Gender.FEMALE : Enums.Gender.MALE);
        int age = "ELDERLY".equals(category) ? 65 + random.nextInt(20) : 25 + random.nextInt(35);
        form.setBirthDate(LocalDate.of(2026 - age, 1 + random.nextInt(12), 1 + random.nextInt(28)));
        form.setMaritalStatus(switch (category) {
            case "WIDOWS", "ORPHANS" -> Enums.MaritalStatus.WIDOWED;
            case "DIVORCED" -> Enums.MaritalStatus.DIVORCED;
            default -> random.nextBoolean() ? Enums.MaritalStatus.MARRIED : Enums.MaritalStatus.SINGLE;
        });
        form.setMobile("055" + (1000000 + random.nextInt(8999999)));
        form.setCity("الرياض");
        form.setDistrict(DISTRICTS[random.nextInt(DISTRICTS.length)]);
        form.setCategoryCode(category);
        form.setChannel(CHANNELS[random.nextInt(CHANNELS.length)]);
        boolean rents = random.nextInt(3) > 0;
        form.setHousing(rents ? Enums.Housing.RENTED : Enums.Housing.WITH_FAMILY);
        if (rents) {
            form.setMonthlyRent(BigDecimal.valueOf(800 + 100L * random.nextInt(15)));
        }
        int children = "ELDERLY".equals(category) ? 0 : 1 + random.nextInt(5);
        for (int c = 0; c < children; c++) {
            boolean son = random.nextBoolean();
            FileForm.Member member = new FileForm.Member();
            member.setFullName((son ? MEN[random.nextInt(MEN.length)] : WOMEN[random.nextInt(WOMEN.length)]) + " "
                    + form.getFatherName() + " " + family);
            member.setRelation(son ? Enums.Relation.SON : Enums.Relation.DAUGHTER);
            int childAge = 1 + random.nextInt(20);
            member.setBirthDate(LocalDate.of(2026 - childAge, 1 + random.nextInt(12), 1 + random.nextInt(28)));
            member.setOccupation(childAge < 6 ? Enums.Occupation.CHILD : childAge < 18 ? Enums.Occupation.SCHOOL
                    : Enums.Occupation.UNIVERSITY);
            form.getHousehold().add(member);
        }
        FileForm.Income income = new FileForm.Income();
        income.setType(random.nextBoolean() ? Enums.IncomeType.SOCIAL_SECURITY : Enums.IncomeType.CITIZEN_ACCOUNT);
        income.setMonthlyAmount(BigDecimal.valueOf(600 + 50L * random.nextInt(30)));
        form.getIncomes().add(income);
        return form;
    }
}
