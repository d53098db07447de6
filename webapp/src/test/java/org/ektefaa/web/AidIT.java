package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ektefaa.aid.boundary.Funds;
import org.ektefaa.aid.boundary.Programmes;
import org.ektefaa.aid.entity.Budget;
import org.ektefaa.aid.entity.Fund;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.boundary.AuditLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #27 in the server, on MariaDB: the funds and programmes an administrator keeps are saved as changed (their
 * names and whether in use: a coded list of another jar), a fund is refused for a category zakat may not reach until
 * the category is marked, budgets are kept per period, a programme delivers a service of the catalogue; every change
 * in the audit trail.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class AidIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.testable().addClasses(AidIT.class);
    }

    @Inject
    Funds funds;

    @Inject
    Programmes programmes;

    @Inject
    org.ektefaa.requests.api.RequestDirectory requests;

    @Inject
    AuditLog auditLog;

    @Inject
    org.ektefaa.beneficiaries.api.BeneficiaryDirectory files;

    /** A code no other run of the suite holds (the database is shared and kept). */
    private static String code(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    }

    @Test
    void anAdministratorKeepsFundsBudgetsAndTheCategoriesZakatMayReach() {
        String grant = code("GRANT");
        Fund saved = funds.save(grant, null, "منحة الإيجار", "Rent grant", true, Fund.Kind.RESTRICTED, "مؤسسة الخير",
                "إيجار مساكن الأرامل");
        Fund renamed = funds.save(grant, saved.getVersion(), "منحة إيجار الأرامل", "Widows' rent grant", false,
                Fund.Kind.GENERAL, "مؤسسة الخير", "إيجار مساكن الأرامل");
        assertThat(funds.all()).filteredOn(f -> f.getCode().equals(grant)).singleElement().satisfies(f -> {
            assertThat(f.getName().getEn()).isEqualTo("Widows' rent grant");
            assertThat(f.isActive()).isFalse();
            assertThat(f.getKind()).as("a fund's kind stays").isEqualTo(Fund.Kind.RESTRICTED);
            assertThat(f.getDonor()).isEqualTo("مؤسسة الخير");
        });
        assertThatThrownBy(() -> funds.save(grant, saved.getVersion(), "x", "y", true, Fund.Kind.RESTRICTED, "d", "p"))
                .as("saved by someone else meanwhile").isInstanceOf(jakarta.persistence.OptimisticLockException.class);
        assertThat(renamed.getVersion()).isGreaterThan(saved.getVersion());

        // zakat reaches a category only once it is marked; general donations any; a category that does not exist is
        // refused, and a marking changed meanwhile is not overwritten
        Set<String> before = funds.zakatCategories();
        String category = files.categoryNames(Locale.ENGLISH).keySet().stream().filter(c -> !before.contains(c))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> funds.checkMayServe("ZAKAT", category)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("fund.error.zakatCategory"));
        funds.checkMayServe("GENERAL", category);
        assertThatThrownBy(() -> funds.markZakat(before, union(before, code("NO_CATEGORY"))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("zakat.error.category"));
        try {
            funds.markZakat(before, union(before, category));
            funds.checkMayServe("ZAKAT", category);
            assertThatThrownBy(() -> funds.markZakat(before, before)).as("the page showed the marking before")
                    .isInstanceOf(jakarta.persistence.OptimisticLockException.class);
        } finally {
            funds.markZakat(funds.zakatCategories(), before);
        }
        assertThatThrownBy(() -> funds.checkMayServe(grant, category)).as("a fund no longer in use")
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("fund.error.unavailable"));

        Budget budget = funds.setBudget(grant, Budget.Period.QUARTER, LocalDate.of(2031, 4, 1), new BigDecimal("90000"),
                null);
        assertThat(funds.budgetOn(grant, LocalDate.of(2031, 6, 30))).hasValueSatisfying(b ->
                assertThat(b.getAmount()).isEqualByComparingTo("90000"));
        // changed by another administrator: the budget says who set it
        org.ektefaa.platform.api.SystemActor.supply("admin.finance", () -> funds.setBudget(grant, Budget.Period.QUARTER,
                LocalDate.of(2031, 4, 1), new BigDecimal("95000.25"), budget.getVersion()));
        assertThat(funds.budgets(grant)).singleElement().satisfies(b -> {
            assertThat(b.getAmount()).isEqualByComparingTo("95000.25");
            assertThat(b.getSetBy()).isEqualTo("admin.finance");
        });
        assertThat(auditLog.about("Fund", grant)).extracting(e -> e.getAction())
                .contains("FUND_SAVED", "BUDGET_SET");
        assertThat(auditLog.about("Fund", "ZAKAT")).extracting(e -> e.getAction()).contains("ZAKAT_CATEGORIES");
    }

    @Test
    void aProgrammeDeliversAServiceOfTheCatalogue() {
        String service = service();
        String code = code("PROG");
        assertThatThrownBy(() -> programmes.save(code, null, "برنامج", "Programme", true, terms("NO_SUCH_SERVICE",
                Programme.Schedule.MONTHLY, 6, "GENERAL")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("programme.error.what"));
        Programme saved = programmes.save(code, null, "السلة الشهرية", "Monthly basket", true, terms(service,
                Programme.Schedule.MONTHLY, 6, "GENERAL", "ZAKAT"));
        programmes.save(code, saved.getVersion(), "السلة الشهرية", "Monthly basket", true, terms(service,
                Programme.Schedule.QUARTERLY, 4, "GENERAL"));
        assertThat(programmes.all()).filteredOn(p -> p.getCode().equals(code)).singleElement().satisfies(p -> {
            assertThat(p.getSchedule()).isEqualTo(Programme.Schedule.QUARTERLY);
            assertThat(p.getInstalments()).isEqualTo(4);
            assertThat(p.getFunds()).containsExactly("GENERAL");
            assertThat(p.getUnitCost()).isEqualByComparingTo("200");
        });
        assertThatThrownBy(() -> programmes.save(code("PROG"), null, "سلة أخرى", "Another basket", true,
                terms(service, Programme.Schedule.ONCE, 1, "GENERAL")))
                .as("one programme in use per service: an approval opens the one of its service")
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("programme.error.serviceTaken"));
        assertThat(auditLog.about("Programme", code)).extracting(e -> e.getAction()).contains("PROGRAMME_SAVED");
    }

    @Inject
    org.ektefaa.requests.boundary.Catalogue catalogue;

    @Inject
    org.ektefaa.beneficiaries.boundary.BeneficiaryFiles beneficiaryFiles;

    @Inject
    org.ektefaa.requests.boundary.Requests intake;

    @Inject
    org.ektefaa.requests.boundary.RequestHandling handling;

    @Inject
    org.ektefaa.requests.boundary.RequestQueries queries;

    @Inject
    org.ektefaa.requests.boundary.Decisions decisions;

    @Inject
    org.ektefaa.requests.api.Funding funding;

    @Inject
    org.ektefaa.aid.boundary.Entitlements entitlements;

    /** A catalogue service of this run's own (a service has one programme in use; the database is kept). */
    private String service() {
        String code = code("SVC");
        catalogue.saveService(code, null, new org.ektefaa.platform.api.LocalizedName("خدمة تجريبية", "Service " + code),
                "سلة", "basket", true, true);
        return code;
    }

    private static Programme.Terms terms(String service, Programme.Schedule schedule, int instalments, String... funds) {
        return new Programme.Terms(service, Programme.Unit.BASKET, schedule, instalments, BigDecimal.ONE,
                new BigDecimal("200"), new java.util.TreeSet<>(Set.of(funds)));
    }

    /**
     * Issue #27, step 2: approving a support request opens the entitlement in the same transaction, paid from the fund
     * chosen or the usual one; a fund that may not pay for the household (zakat for a category not marked) refuses the
     * approval itself, as the queue said it would; the executive suspends and ends it, as they saw it.
     */
    @Test
    void approvingASupportRequestOpensItsEntitlementFromAFundThatMayPay() {
        String service = service();
        String code = code("PROG");
        Programme zakatOnly = programmes.save(code, null, "سلة الزكاة", "Zakat basket", true,
                terms(service, Programme.Schedule.MONTHLY, 3, "ZAKAT"));
        Set<String> marked = funds.zakatCategories();
        String category = files.categoryNames(Locale.ENGLISH).keySet().stream().filter(c -> !marked.contains(c))
                .findFirst().orElseThrow();
        long file = file(category);
        org.ektefaa.requests.entity.AidRequest asked = intake.receive(new org.ektefaa.requests.boundary.Requests.Intake(
                org.ektefaa.requests.api.RequestType.SUPPORT, org.ektefaa.platform.api.ContactChannel.PHONE_CALL, file,
                null, null, "basket", "two baskets a month", service).withQuantity(new BigDecimal("2")));
        handling.raise(asked.getId(), asked.getVersion());

        // what the queue shows: the programme, and no fund that may pay for this household
        org.ektefaa.requests.api.Funding.Plan plan = funding.plans(java.util.Map.of(1L,
                new org.ektefaa.requests.api.Funding.Asked(service, new BigDecimal("2"), category)), Locale.ENGLISH).get(1L);
        assertThat(plan.programme()).isEqualTo("Zakat basket");
        assertThat(plan.usual()).isNull();
        assertThat(plan.fund("ZAKAT")).hasValueSatisfying(o -> {
            assertThat(o.available()).isFalse();
            assertThat(o.whyNot()).isEqualTo("zakat may not reach this household's category");
        });
        assertThatThrownBy(() -> decisions.approve(asked.getId(), version(asked.getId()), "eligible", OVERRIDE, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("queue.error.noFund");
                    assertThat(v.arguments()).containsExactly(asked.getTrackingNumber());
                });
        assertThat(queries.find(asked.getId()).orElseThrow().getStatus()).as("the approval refused with it")
                .isEqualTo(org.ektefaa.requests.entity.RequestStatus.RAISED);
        assertThat(entitlements.ofFile(file)).isEmpty();

        // general donations added to the programme: zakat still refused if chosen, general donations by default
        programmes.save(code, zakatOnly.getVersion(), "سلة", "Basket", true,
                terms(service, Programme.Schedule.MONTHLY, 3, "ZAKAT", "GENERAL"));
        assertThat(funding.plans(java.util.Map.of(1L, new org.ektefaa.requests.api.Funding.Asked(service, null,
                category)), Locale.ENGLISH).get(1L).usual()).isEqualTo("GENERAL");
        assertThatThrownBy(() -> decisions.approve(asked.getId(), version(asked.getId()), "eligible", OVERRIDE,
                "ZAKAT")).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("queue.error.noFund"));
        decisions.approve(asked.getId(), version(asked.getId()), "eligible", OVERRIDE, null);
        assertThat(queries.find(asked.getId()).orElseThrow().getStatus())
                .isEqualTo(org.ektefaa.requests.entity.RequestStatus.APPROVED);
        org.ektefaa.aid.entity.Entitlement opened = entitlements.ofFile(file).get(0);
        assertThat(opened.getFundCode()).isEqualTo("GENERAL");
        assertThat(opened.getRequestId()).isEqualTo(asked.getId());
        assertThat(opened.getInstalments()).hasSize(3).allSatisfy(i -> {
            assertThat(i.getQuantity()).as("the two baskets asked, each month").isEqualByComparingTo("2");
            assertThat(i.getAmount()).isEqualByComparingTo("400");
        });
        assertThat(auditLog.about("Entitlement", String.valueOf(opened.getId()))).extracting(e -> e.getAction())
                .contains("ENTITLEMENT_OPENED");

        // suspended with a reason, until a day; a change over someone else's is refused; ended, nothing left due
        org.ektefaa.aid.entity.Entitlement suspended = entitlements.suspend(opened.getId(), opened.getVersion(),
                "Income being verified after the visit", LocalDate.now(java.time.ZoneId.of("Asia/Riyadh")).plusDays(20));
        assertThat(suspended.getStatus()).isEqualTo(org.ektefaa.aid.entity.Entitlement.Status.SUSPENDED);
        assertThatThrownBy(() -> entitlements.end(opened.getId(), opened.getVersion(), "The family moved away"))
                .isInstanceOf(jakarta.persistence.OptimisticLockException.class);
        org.ektefaa.aid.entity.Entitlement ended = entitlements.end(opened.getId(), suspended.getVersion(),
                "The family moved away");
        assertThat(ended.getInstalments()).allMatch(org.ektefaa.aid.entity.Instalment::isCancelled);
        assertThat(auditLog.about("Entitlement", String.valueOf(opened.getId()))).extracting(e -> e.getAction())
                .contains("ENTITLEMENT_SUSPENDED", "ENTITLEMENT_ENDED");
        programmes.save(code, programmes.all().stream().filter(p -> p.getCode().equals(code)).findFirst().orElseThrow()
                .getVersion(), "سلة", "Basket", false, terms(service, Programme.Schedule.MONTHLY, 3, "GENERAL"));
    }

    @Inject
    org.ektefaa.aid.boundary.Rounds rounds;

    @Inject
    org.ektefaa.aid.boundary.Collections collections;

    @Inject
    org.ektefaa.aid.boundary.LedgerCheck ledgerCheck;

    @Inject
    org.ektefaa.platform.boundary.Outbox outbox;

    @Inject
    org.ektefaa.platform.api.protect.PersonalData personalData;

    /**
     * Issue #27, step 3: a round prepared for today holds the household's due instalment; sending the codes puts an SMS
     * with its code in the outbox, and the code opens the household's line at the point; two points recording it at the
     * same moment make one ledger row (the other is told it was already collected), and the first point's retry is
     * answered with that row; the request's closing ends what its entitlement still promised.
     */
    @Test
    void aRoundSendsEachHouseholdItsCodeAndALineIsCollectedOnceEvenFromTwoPointsAtOnce() throws Exception {
        String service = service();
        String code = code("PROG");
        programmes.save(code, null, "سلة الجولة", "Round basket", true,
                terms(service, Programme.Schedule.MONTHLY, 2, "GENERAL"));
        long file = file(files.categoryNames(Locale.ENGLISH).keySet().iterator().next());
        org.ektefaa.requests.entity.AidRequest asked = intake.receive(new org.ektefaa.requests.boundary.Requests.Intake(
                org.ektefaa.requests.api.RequestType.SUPPORT, org.ektefaa.platform.api.ContactChannel.PHONE_CALL, file,
                null, null, "basket", null, service));
        handling.raise(asked.getId(), asked.getVersion());
        decisions.approve(asked.getId(), version(asked.getId()), "eligible", OVERRIDE, null);

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Riyadh"));
        org.ektefaa.aid.entity.Round round = rounds.prepare(code, "مستودع الجمعية — حي النسيم", today, "9:00–13:00");
        try {
            roundOfToday(round, today, asked, file);
        } finally { // other tests' points see only their own rounds open
            rounds.recent(50).stream().filter(r -> r.getId().equals(round.getId()) && r.isOpen()).findFirst()
                    .ifPresent(r -> rounds.close(r.getId(), r.getVersion()));
        }
    }

    private void roundOfToday(org.ektefaa.aid.entity.Round round, LocalDate today,
                              org.ektefaa.requests.entity.AidRequest asked, long file) throws Exception {
        assertThat(rounds.tally(round.getId()).households()).isEqualTo(1);
        assertThat(rounds.notifyHouseholds(round.getId(), round.getVersion())).isEqualTo(1);
        String sms = outbox.about("round " + round.getId()).get(0).body(personalData);
        java.util.regex.Matcher sent = java.util.regex.Pattern.compile("[" + org.ektefaa.aid.control.RoundBook.ALPHABET
                + "]{6}").matcher(sms.replaceAll("[\u2066-\u2069]", ""));
        assertThat(sent.find()).as(sms).isTrue();
        assertThat(sms).contains("سلة الجولة").contains("مستودع الجمعية");

        List<org.ektefaa.aid.boundary.Collections.Line> lines = collections.find(round.getId(), sent.group(),
                Locale.forLanguageTag("ar"));
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.household()).isEqualTo("رقية سالم حمد الجهني");
            assertThat(l.collectable()).isTrue();
        });
        assertThat(collections.find(round.getId(), "AAAAAA", Locale.ENGLISH)).isEmpty();
        long line = lines.get(0).instalmentId();

        // two points at the same moment
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService points = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<String> keys = List.of(java.util.UUID.randomUUID().toString(), java.util.UUID.randomUUID().toString());
        List<java.util.concurrent.Future<Object>> answers = new java.util.ArrayList<>();
        for (int p = 0; p < 2; p++) {
            String point = "point" + p;
            String key = keys.get(p);
            answers.add(points.submit(() -> {
                start.await();
                try {
                    return org.ektefaa.platform.api.SystemActor.supply(point,
                            () -> collections.record(round.getId(), line, key, null, null));
                } catch (RuntimeException refused) {
                    return refused;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Object> answer : answers) {
            outcomes.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        points.shutdown();
        assertThat(outcomes).filteredOn(o -> o instanceof org.ektefaa.aid.entity.Disbursement).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof org.ektefaa.aid.entity.Disbursement)).singleElement()
                .satisfies(o -> assertThat(refusalKey(o)).isEqualTo("collect.error.already"));
        int won = outcomes.get(0) instanceof org.ektefaa.aid.entity.Disbursement ? 0 : 1;
        org.ektefaa.aid.entity.Disbursement row = (org.ektefaa.aid.entity.Disbursement) outcomes.get(won);
        assertThat(org.ektefaa.platform.api.SystemActor.supply("point" + won,
                () -> collections.record(round.getId(), line, keys.get(won), null, null)).getId())
                .as("the winning point's retry").isEqualTo(row.getId());
        assertThat(collections.find(round.getId(), sent.group(), Locale.ENGLISH)).singleElement().satisfies(l -> {
            assertThat(l.collectable()).isFalse();
            assertThat(l.recordedBy()).isEqualTo("point" + won);
            assertThat(l.place()).isEqualTo("مستودع الجمعية — حي النسيم");
        });

        // the ledger: one row, chained after the rows before it; the chain read whole
        org.ektefaa.aid.control.Ledger.Found found = ledgerCheck.check();
        assertThat(found.intact()).isTrue();
        assertThat(found.rows()).isPositive();
        assertThat(ledgerCheck.last().getCheckedAt()).isNotNull();

        // a relative collecting needs a name and a valid identity number
        assertThatThrownBy(() -> collections.record(round.getId(), line, keys.get(won), "خالد", "123"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("collect.error.proxy"));

        // the request records the collection as its delivery, by the point that recorded it (after the aid's commit)
        long delivered = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (queries.find(asked.getId()).orElseThrow().getDeliveries().isEmpty() && System.nanoTime() < delivered) {
            Thread.sleep(200);
        }
        assertThat(queries.find(asked.getId()).orElseThrow().getDeliveries()).singleElement().satisfies(d -> {
            assertThat(d.getQuantity()).isEqualByComparingTo("1");
            assertThat(d.getNote()).isEqualTo("مستودع الجمعية — حي النسيم");
        });
        assertThat(queries.find(asked.getId()).orElseThrow().getStatus())
                .isEqualTo(org.ektefaa.requests.entity.RequestStatus.IN_SERVICE);

        // the request closed by hand: what the entitlement still promised is cancelled (after the closing's commit)
        handling.completeService(asked.getId(), version(asked.getId()));
        handling.close(asked.getId(), version(asked.getId()));
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (entitlements.ofFile(file).get(0).getStatus() != org.ektefaa.aid.entity.Entitlement.Status.ENDED
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(entitlements.ofFile(file).get(0).getInstalments()).extracting(i -> i.getStatus())
                .containsExactly(org.ektefaa.aid.entity.Instalment.Status.COLLECTED,
                        org.ektefaa.aid.entity.Instalment.Status.CANCELLED);

        // the ledger refuses a change in the database itself (MariaDB's triggers), as the audit log does
        assertThatThrownBy(() -> { try (java.sql.Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("UPDATE aid_disbursement SET quantity = 5 WHERE id = " + row.getId());
        } }).isInstanceOf(java.sql.SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> { try (java.sql.Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("DELETE FROM aid_disbursement WHERE id = " + row.getId());
        } }).isInstanceOf(java.sql.SQLException.class).hasMessageContaining("append-only");
    }

    @jakarta.annotation.Resource(lookup = DatabaseMigration.DATASOURCE)
    javax.sql.DataSource dataSource;

    private static String refusalKey(Object outcome) {
        Throwable t = (Throwable) outcome;
        while (t != null && !(t instanceof RuleViolation)) {
            t = t.getCause();
        }
        return t == null ? String.valueOf(outcome) : ((RuleViolation) t).messageKey();
    }

    /**
     * Issue #27, step 4: a programme paid in riyals is paid by bank transfer — the batch exported as CSV for the bank
     * (a byte order mark for Excel; the household, the IBAN from its file, the amount with two decimals, a reference),
     * then the bank's confirmation writes the ledger and the request's delivery; a rent paid once completes and closes
     * the request.
     */
    @Test
    void aTransferBatchIsExportedForTheBankAndItsConfirmationIsTheRequestsDelivery() throws Exception {
        String service = service();
        String code = code("RENT");
        programmes.save(code, null, "سداد الإيجار", "Rent relief", true, new Programme.Terms(service,
                Programme.Unit.SAR, Programme.Schedule.ONCE, 1, new BigDecimal("1500"), null, Set.of("GENERAL")));
        long file = file(files.categoryNames(Locale.ENGLISH).keySet().iterator().next(), "SA0380000000608010167519");
        org.ektefaa.requests.entity.AidRequest asked = intake.receive(new org.ektefaa.requests.boundary.Requests.Intake(
                org.ektefaa.requests.api.RequestType.SUPPORT, org.ektefaa.platform.api.ContactChannel.PHONE_CALL, file,
                null, null, "rent", null, service));
        handling.raise(asked.getId(), asked.getVersion());
        decisions.approve(asked.getId(), version(asked.getId()), "eligible", OVERRIDE, null);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Riyadh"));
        org.ektefaa.aid.entity.Round round = rounds.prepare(org.ektefaa.aid.entity.Round.Kind.TRANSFER, code,
                "مصرف الراجحي — دفعة ديسمبر", today, null);
        byte[] csv = rounds.exportTransfers(round.getId(), round.getVersion(), Locale.forLanguageTag("ar"));
        assertThat(java.util.Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.EXCEL.parse(
                new java.io.StringReader(new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(records.get(0).toList()).containsExactly("المستفيد", "الآيبان", "المبلغ (ريال)", "المرجع");
        assertThat(records.get(1).toList()).containsExactly("رقية سالم حمد الجهني", "SA0380000000608010167519",
                "1500.00", asked.getTrackingNumber() + "-1");
        org.ektefaa.aid.entity.Round sent = rounds.recent(50).stream().filter(r -> r.getId().equals(round.getId()))
                .findFirst().orElseThrow();
        assertThat(rounds.markPaid(sent.getId(), sent.getVersion())).isEqualTo(1);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (queries.find(asked.getId()).orElseThrow().getStatus() != org.ektefaa.requests.entity.RequestStatus.CLOSED
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        org.ektefaa.requests.entity.AidRequest closed = queries.find(asked.getId()).orElseThrow();
        assertThat(closed.getStatus()).as("paid once: the service complete").isEqualTo(
                org.ektefaa.requests.entity.RequestStatus.CLOSED);
        assertThat(closed.getDeliveries()).singleElement().satisfies(d ->
                assertThat(d.getQuantity()).isEqualByComparingTo("1500"));
        assertThat(auditLog.about("Round", String.valueOf(round.getId()))).extracting(e -> e.getAction())
                .contains("TRANSFERS_EXPORTED", "TRANSFERS_PAID");
        rounds.close(sent.getId(), rounds.recent(50).stream().filter(r -> r.getId().equals(round.getId()))
                .findFirst().orElseThrow().getVersion());
    }

    /** The executive's reason for approving files that may share a person with other test files (issue #24). */
    private static final String OVERRIDE = "Test files: checked, not the same person";

    private long version(long requestId) {
        return queries.find(requestId).orElseThrow().getVersion();
    }

    /** A new file of {@code category}, with an identity number of this run's own. */
    private long file(String category) {
        return file(category, null);
    }

    private long file(String category, String iban) {
        org.ektefaa.beneficiaries.boundary.FileForm form = new org.ektefaa.beneficiaries.boundary.FileForm();
        form.setIdNumber(org.ektefaa.platform.api.saudi.NationalIds.withCheckDigit(
                104_000_000L + System.nanoTime() % 900_000L));
        form.setFirstName("رقية");
        form.setFatherName("سالم");
        form.setGrandfatherName("حمد");
        form.setFamilyName("الجهني");
        form.setBirthDate(LocalDate.of(1984, 7, 9));
        form.setGender(org.ektefaa.beneficiaries.entity.Enums.Gender.FEMALE);
        form.setMaritalStatus(org.ektefaa.beneficiaries.entity.Enums.MaritalStatus.WIDOWED);
        form.setMobile("0551234321");
        form.setCity("الرياض");
        form.setCategoryCode(category);
        form.setIban(iban);
        return beneficiaryFiles.start(form).getId();
    }

    private static Set<String> union(Set<String> set, String one) {
        java.util.Set<String> all = new java.util.TreeSet<>(set);
        all.add(one);
        return all;
    }
}
