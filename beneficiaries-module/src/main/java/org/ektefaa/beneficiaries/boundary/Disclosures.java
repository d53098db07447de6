package org.ektefaa.beneficiaries.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ektefaa.beneficiaries.control.FileRecords;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.FileAccess;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.saudi.SaudiIbans;

/**
 * What a file discloses beyond what its page shows, each time on an explicit request and written to the access
 * and audit logs (policy §5.5, the personal data protection law): the full identity number, the full IBAN, and
 * everything held about the person as JSON (the right of access); and who opened the file.
 */
@ApplicationScoped
@Transactional
public class Disclosures {

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    FileRecords records;

    @Inject
    Event<Audited> audited;

    /** The full identity number, shown on an explicit request: written to the access and audit logs. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public String revealIdentity(long id) {
        String by = caller.name();
        Beneficiary file = records.open(id);
        records.log(id, FileAccess.Action.REVEALED_ID);
        audited.fire(new Audited(by, "ID_REVEALED", "Beneficiary", String.valueOf(id), null));
        return file.getIdNumber();
    }

    /** The full IBAN, on an explicit request: logged like the identity number. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public String revealIban(long id) {
        String by = caller.name();
        Beneficiary file = records.open(id);
        records.log(id, FileAccess.Action.REVEALED_IBAN);
        audited.fire(new Audited(by, "IBAN_REVEALED", "Beneficiary", String.valueOf(id), null));
        return SaudiIbans.formatted(file.getIban());
    }

    /** Everything held about one person, as JSON (PDPL right of access); written to the access log. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public String export(long id) {
        String by = caller.name();
        Beneficiary f = records.open(id);
        records.log(id, FileAccess.Action.EXPORTED);
        audited.fire(new Audited(by, "FILE_EXPORTED", "Beneficiary", String.valueOf(id), null));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("fileId", f.getId())
                .add("beneficiaryNumber", nz(f.getBeneficiaryNumber()))
                .add("name", nz(f.getName() == null ? null : f.getName().full()))
                .add("nameEn", nz(f.getNameEn()))
                .add("idType", f.getIdType().name())
                .add("idNumber", nz(f.getIdNumber()))
                .add("idExpiry", nz(f.getIdExpiry()))
                .add("nationality", nz(f.getNationality()))
                .add("gender", nz(f.getGender()))
                .add("birthDate", nz(f.getBirthDate()))
                .add("maritalStatus", nz(f.getMaritalStatus()))
                .add("mobile", nz(f.getMobile()))
                .add("email", nz(f.getEmail()))
                .add("city", nz(f.getCity()))
                .add("district", nz(f.getDistrict()))
                .add("address", nz(f.getAddress()))
                .add("category", nz(f.getCategoryCode()))
                .add("housing", nz(f.getHousing()))
                .add("iban", nz(f.getIban()))
                .add("channel", f.getChannel().name())
                .add("status", f.getStatus().name())
                .add("consent", Json.createObjectBuilder().add("purpose", nz(f.getConsentPurpose()))
                        .add("at", nz(f.getConsentAt())))
                .add("declaration", Json.createObjectBuilder().add("version", nz(f.getDeclarationVersion()))
                        .add("method", nz(f.getSignatureMethod())).add("signedAt", nz(f.getSignedAt()))
                        .add("witness", nz(f.getSignatureWitness())));
        JsonArrayBuilder members = Json.createArrayBuilder();
        f.getHousehold().forEach(m -> members.add(Json.createObjectBuilder().add("name", m.getFullName())
                .add("relation", m.getRelation().name()).add("idNumber", nz(m.getIdNumber()))
                .add("birthDate", nz(m.getBirthDate())).add("disability", m.isDisability())
                .add("occupation", nz(m.getOccupation()))));
        JsonArrayBuilder incomes = Json.createArrayBuilder();
        f.getIncomes().forEach(i -> incomes.add(Json.createObjectBuilder().add("type", i.getType().name())
                .add("monthlyAmount", i.getMonthlyAmount())));
        JsonArrayBuilder history = Json.createArrayBuilder();
        f.getHistory().forEach(h -> history.add(Json.createObjectBuilder().add("kind", h.getKind().name())
                .add("status", nz(h.getToStatus())).add("by", h.getActor()).add("at", h.getOccurredAt().toString())
                .add("note", nz(h.getNote()))));
        JsonArrayBuilder docs = Json.createArrayBuilder();
        records.documentsOf(id).forEach(d -> docs.add(Json.createObjectBuilder().add("type", d.getDocumentType())
                .add("name", nz(d.getOriginalName())).add("uploadedAt", d.getUploadedAt().toString())));
        return json.add("household", members).add("incomes", incomes).add("documents", docs)
                .add("history", history).build().toString();
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<FileAccess> accessLog(long id) {
        return em.createQuery("select a from FileAccess a where a.beneficiaryId = :id order by a.occurredAt desc",
                FileAccess.class).setParameter("id", id).setMaxResults(200).getResultList();
    }

    private static String nz(Object value) {
        return value == null ? "" : value.toString();
    }
}
