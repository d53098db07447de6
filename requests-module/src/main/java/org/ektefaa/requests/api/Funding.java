package org.ektefaa.requests.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How an approved support request would be paid for (issue #27). The aid module, which depends on this one, provides
 * it; the executive's queue asks it what approving would open and which funds may pay, and the fund the executive
 * chooses rides on {@link RequestDecided#fundCode()}. Without an implementation (no aid module), approving opens
 * nothing and the service is delivered as recorded on the request.
 */
public interface Funding {

    /** What a support request asks for: the service, the quantity asked (may be null), the file's category. */
    record Asked(String serviceCode, BigDecimal quantity, String categoryCode) implements java.io.Serializable {
    }

    /**
     * What approving would open: the programme delivering the service (its name and schedule in words), the quantity of
     * one instalment in its unit, and every fund the programme allows, the usual one first; {@code usual} is the code
     * of the fund chosen when the executive chooses none (null when no fund may pay: approving is then refused).
     */
    record Plan(String programme, String schedule, String perInstalment, List<FundOption> funds, String usual)
            implements java.io.Serializable {

        /** The option for {@code code}, if the programme allows that fund. */
        public Optional<FundOption> fund(String code) {
            return funds.stream().filter(f -> f.code().equals(code)).findFirst();
        }
    }

    /**
     * A fund the programme allows: its name, whether it may pay for this household and, if not, why in words
     * ({@code whyNot}: a zakat fund for a category zakat may not reach; a fund withdrawn); what is left of its budget
     * for the current period after what is already promised ({@code left}, null when no budget is set), and what this
     * approval's first instalment would take from it ({@code adds}, null when a unit's cost is not known), in riyals.
     */
    record FundOption(String code, String name, boolean available, String whyNot, BigDecimal left, BigDecimal adds)
            implements java.io.Serializable {

        /** By how much approving would pass the period's budget, or null when it would not (or cannot be told). */
        public BigDecimal wouldPassBy() {
            if (left == null || adds == null) {
                return null;
            }
            BigDecimal after = left.subtract(adds);
            return after.signum() < 0 ? after.negate() : null;
        }
    }

    /** The plans of several requests at once (a page of the queue), by the caller's key; absent: no programme. */
    Map<Long, Plan> plans(Map<Long, Asked> asked, Locale locale);
}
