package org.ektefaa.bench;

import java.util.List;
import java.util.Map;

/**
 * The staff pages the benchmark times, each the way a person uses it: a name search and its next page, the
 * request list opened, filtered by status and channel and paged deep, the decision queue, and the pages that add
 * figures up (issue #19): the dashboard every officer lands on, the satisfaction indicators for the default period and a
 * full year, the policy page, invitation tracking, the reports archive, the volunteer directory and hours, a beneficiary's
 * file and a request's page; and the board member's dashboard. The officers of the benchmark hold every staff role
 * but administrator and board member, so their dashboard is the fullest one. Every page is timed from the request
 * sent to the last byte of the answer.
 */
final class Pages {

    static final String SEARCH = "Beneficiary search by Arabic name";
    static final String SEARCH_NEXT = "Beneficiary search, next page";
    static final String LIST = "Request list, opened";
    static final String LIST_FILTER = "Request list, filtered by status and channel";
    static final String LIST_DEEP = "Request list, page 100";
    static final String LIST_SEARCH = "Request list, searched by a caller's mobile";
    static final String LIST_SORT = "Request list, sorted by tracking number";
    static final String QUEUE = "Decision queue";
    static final String DASHBOARD = "Dashboard (the start page after sign-in)";
    static final String INDICATORS = "Satisfaction indicators, default period and 12-month trend";
    static final String INDICATORS_YEAR = "Satisfaction indicators for a full year";
    static final String POLICY = "Policy page with live figures";
    static final String TRACKING = "Invitation tracking";
    static final String REPORTS = "Reports archive";
    static final String VOLUNTEERS = "Volunteer directory";
    static final String HOURS = "Volunteer hours to review";
    static final String FILE = "A beneficiary's file";
    static final String REQUEST = "A request's page";
    static final String BOARD = "Board member's dashboard";
    static final List<String> NAMES = List.of(SEARCH, SEARCH_NEXT, LIST, LIST_FILTER, LIST_DEEP, LIST_SEARCH, LIST_SORT,
            QUEUE, DASHBOARD,
            INDICATORS, INDICATORS_YEAR, POLICY, TRACKING, REPORTS, VOLUNTEERS, HOURS, FILE, REQUEST);

    /** How many files and requests the dataset has (ids 1..n): the file and request opened are spread over them. */
    static volatile long files = 1;
    static volatile long requests = 1;
    /** Callers' mobiles from the dataset, as reception types them (05…): what the list's search is timed with. */
    static volatile List<String> mobiles = List.of("0500000000");

    private Pages() {
    }

    interface Step {
        void run() throws Exception;
    }

    private static void time(Map<String, Bench.Stats> into, String name, Step step) throws Exception {
        long started = System.nanoTime();
        step.run();
        if (into != null) {
            into.get(name).add((System.nanoTime() - started) / 1e6);
        }
    }

    static void all(Session s, int i) throws Exception {
        timed(s, i, null);
    }

    static void timed(Session s, int i, Map<String, Bench.Stats> into) throws Exception {
        timed(s, i, into, () -> { });
    }

    /** The i-th searched name: a first name and a family name of the dataset's. */
    static String name(int i) {
        return Generate.FIRST[Math.floorMod(i, Generate.FIRST.length)] + " "
                + Generate.FAMILY[Math.floorMod(i * 7 + 3, Generate.FAMILY.length)];
    }

    /** A name typed in part at reception: the first three letters of each word (after the family's article). */
    static String namePart(int i) {
        String first = Generate.FIRST[Math.floorMod(i, Generate.FIRST.length)];
        String family = Generate.FAMILY[Math.floorMod(i * 7 + 3, Generate.FAMILY.length)].replaceFirst("^ال", "");
        return first.substring(0, 3) + " " + family.substring(0, 3);
    }

    /** A name searched at reception ({@code first}) and the next page of its results ({@code next}). */
    static void search(Session s, String name, String first, String next, Map<String, Bench.Stats> into, Step reading)
            throws Exception {
        s.get("beneficiaries/search.xhtml");
        time(into, first, () -> s.ajax("search", "search:submit", "search", "search:results",
                Map.of("search:text", name, "search:submit", "search:submit")));
        reading.run();
        time(into, next, () -> s.ajax("search", "search:results", "search:results", "search:results",
                Map.of("search:text", name, "search:results_pagination", "true", "search:results_first", "20",
                        "search:results_rows", "20", "search:results_skipChildren", "true", "search:results_encodeFeature", "true")));
        reading.run();
    }

    /** Every measured page once, with {@code reading} between one page and the next (a person reading it). */
    static void timed(Session s, int i, Map<String, Bench.Stats> into, Step reading) throws Exception {
        search(s, name(i), SEARCH, SEARCH_NEXT, into, reading);
        time(into, LIST, () -> s.get("requests/list.xhtml"));
        reading.run();
        String status = i % 2 == 0 ? "CLOSED" : "RAISED";
        time(into, LIST_FILTER, () -> {
            s.ajax("list", "list:status", "list:status", "list:table", Map.of("list:status_input", status,
                    "jakarta.faces.behavior.event", "change", "jakarta.faces.partial.event", "change"));
            s.ajax("list", "list:channel", "list:channel", "list:table", Map.of("list:status_input", status,
                    "list:channel_input", "WEBSITE", "jakarta.faces.behavior.event", "change", "jakarta.faces.partial.event", "change"));
        });
        reading.run();
        time(into, LIST_DEEP, () -> s.ajax("list", "list:table", "list:table", "list:table", Map.of(
                "list:status_input", status, "list:channel_input", "WEBSITE", "list:table_pagination", "true",
                "list:table_first", "1980", "list:table_rows", "20", "list:table_skipChildren", "true",
                "list:table_encodeFeature", "true")));
        reading.run();
        String mobile = mobiles.get(Math.floorMod(i, mobiles.size()));
        time(into, LIST_SEARCH, () -> {
            s.get("requests/list.xhtml");
            s.ajax("list", "list:text", "list:text", "list:table list:count", Map.of("list:text", mobile,
                    "jakarta.faces.behavior.event", "change", "jakarta.faces.partial.event", "change"));
        });
        reading.run();
        time(into, LIST_SORT, () -> s.ajax("list", "list:table", "list:table", "list:table", Map.of(
                "list:text", "", "list:table_sorting", "true", "list:table_skipChildren", "true",
                "list:table_encodeFeature", "true", "list:table_sortKey", "list:table:tracking",
                "list:table_sortDir", i % 2 == 0 ? "1" : "-1")));
        reading.run();
        time(into, QUEUE, () -> s.get("requests/decisions.xhtml"));
        reading.run();
        time(into, DASHBOARD, () -> s.get("index.xhtml"));
        reading.run();
        time(into, INDICATORS, () -> s.get("satisfaction/indicators.xhtml"));
        reading.run();
        time(into, INDICATORS_YEAR, () -> {
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Riyadh"));
            String answer = s.ajax("indicators", "indicators:show", "indicators", "indicators", Map.of(
                    "indicators:from_input", today.minusYears(1).plusDays(1).toString(), "indicators:to_input", today.toString(),
                    "indicators:show", "indicators:show"));
            if (!answer.contains(today.minusYears(1).plusDays(1).toString())) {
                throw new IllegalStateException("the indicators for a year did not show: " + answer.replaceAll("(?s).*(indicators:from_input[^>]*>).*", "$1") + " "
                        + answer.substring(0, Math.min(600, answer.length())));
            }
        });
        reading.run();
        time(into, POLICY, () -> s.get("reporting/policy.xhtml"));
        reading.run();
        time(into, TRACKING, () -> s.get("satisfaction/tracking.xhtml"));
        reading.run();
        time(into, REPORTS, () -> s.get("reporting/reports.xhtml"));
        reading.run();
        time(into, VOLUNTEERS, () -> s.get("volunteering/volunteers.xhtml"));
        reading.run();
        time(into, HOURS, () -> s.get("volunteering/hours.xhtml"));
        reading.run();
        long file = 1 + Math.floorMod(i * 7919L, files);
        time(into, FILE, () -> s.get("beneficiaries/file.xhtml?id=" + file));
        reading.run();
        long request = 1 + Math.floorMod(i * 104_729L, requests);
        time(into, REQUEST, () -> s.get("requests/request.xhtml?id=" + request));
    }

    /** The board member's start page, for the board account. */
    static void board(Session board, Map<String, Bench.Stats> into) throws Exception {
        time(into, BOARD, () -> board.get("index.xhtml"));
    }
}
