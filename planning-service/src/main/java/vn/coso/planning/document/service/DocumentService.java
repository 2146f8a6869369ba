package vn.coso.planning.document.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.planning.document.CommitteeTerm;
import vn.coso.planning.document.Document;
import vn.coso.planning.document.DocumentNumber;
import vn.coso.planning.document.DocumentType;
import vn.coso.planning.document.repository.DocumentRepository;
import vn.coso.planning.unit.Unit;
import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.paging.Page;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.problem.ProblemType;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.time.VietnamTime;
import vn.coso.platform.web.Versions;

/**
 * Numbers and registers documents. A number is {@code {n}-{TYPE}/{ISSUER}}, running per issuer and type within the
 * issuer's committee term; it is given once, never reused, and a cancelled document keeps it.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    /** The guidance that sets the numbering of party documents. */
    static final String NUMBERING_BASIS = "Hướng dẫn 36-HD/VPTW về thể thức và kỹ thuật trình bày văn bản của Đảng";
    static final String RESOURCE = "document";

    private final DocumentRepository documents;
    private final UnitRepository units;
    private final CallerScope scope;
    private final AuditLog audit;

    private final VietnamTime time;

    public DocumentService(DocumentRepository documents, UnitRepository units, CallerScope scope, AuditLog audit,
            VietnamTime time) {
        this.time = time;
        this.documents = documents;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
    }

    public DocumentView issue(DocumentRequest r) {
        scope.requireVisible(r.issuerId());
        Unit issuer = units.findByIdOptional(r.issuerId()).orElseThrow(ProblemException::notFound);
        if (!issuer.validOn(r.issuedOn())) {
            throw ProblemException.rule("DOC-ISSUER-EXISTS", NUMBERING_BASIS, "document.issuer-not-valid-on",
                    issuer.name, r.issuedOn().toString());
        }
        String issuerCode = issuer.issuerCode();
        if (issuerCode == null) {
            throw ProblemException.rule("DOC-ISSUER-CODE", NUMBERING_BASIS, "document.issuer-without-code",
                    issuer.name);
        }
        CommitteeTerm term = documents.termCovering(issuer.id, r.issuedOn())
                .orElseThrow(() -> ProblemException.rule("DOC-TERM", NUMBERING_BASIS, "document.no-term",
                        issuer.name, r.issuedOn().toString()));
        List<Document.Reference> references = references(r);
        List<UUID> recipients = recipients(r);

        int n;
        boolean registered = r.registeredNumber() != null && !r.registeredNumber().isBlank();
        if (registered) {
            DocumentNumber printed = DocumentNumber.parse(r.registeredNumber())
                    .orElseThrow(() -> ProblemException.badRequest("registeredNumber", "document.number-format"));
            if (printed.type() != r.type()) {
                throw ProblemException.badRequest("registeredNumber", "document.number-type",
                        r.type().abbreviation());
            }
            if (!printed.issuerCode().equals(issuerCode)) {
                throw ProblemException.badRequest("registeredNumber", "document.number-issuer", issuerCode);
            }
            n = printed.sequence();
            if (documents.numberTaken(issuer.id, r.type(), term.id, n)) {
                throw ProblemException.of(ProblemType.CONFLICT)
                        .detail("document.number-taken", printed.toString(), term.name).build();
            }
            documents.raiseCounter(issuer.id, r.type(), term.id, n);
        } else {
            n = documents.nextNumber(issuer.id, r.type(), term.id);
        }

        Document d = new Document();
        d.id = UUID.randomUUID();
        d.issuerId = issuer.id;
        d.type = r.type();
        d.termId = term.id;
        d.numberSeq = n;
        d.numberText = new DocumentNumber(n, r.type(), issuerCode).toString();
        d.issuedOn = r.issuedOn();
        d.title = r.title().strip();
        d.summary = r.summary();
        d.signer = r.signer();
        d.status = Document.Status.ISSUED;
        d.registered = registered;
        d.recipients.addAll(recipients);
        d.references.addAll(references);
        d.createdAt = time.now();
        documents.persistAndFlush(d);
        audit.record(registered ? "REGISTER" : "ISSUE", RESOURCE, d.id, d.issuerId, Map.of("number", d.numberText));
        return DocumentView.of(d);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DocumentView> get(UUID id) {
        return visible(id).map(DocumentView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DocumentView> list(UUID issuerId, DocumentType type, Integer year, PageParams page) {
        var filter = new DocumentRepository.Filter(scope.visibleUnits(), issuerId, type, year);
        return new Page<>(documents.list(filter, page.offset(), page.size).stream().map(DocumentView::of).toList(),
                documents.count(filter));
    }

    /** Cancels a document of the caller's subtree; its number stays taken. */
    public Optional<DocumentView> cancel(UUID id, String ifMatch, String reason) {
        return documents.findByIdOptional(id).filter(d -> scope.canSee(d.issuerId)).map(d -> {
            Versions.requireMatch(ifMatch, d.version);
            if (d.status == Document.Status.CANCELLED) {
                throw ProblemException.conflict("document.already-cancelled", d.numberText);
            }
            d.status = Document.Status.CANCELLED;
            d.cancelReason = reason.strip();
            documents.flush();
            audit.record("CANCEL", RESOURCE, d.id, d.issuerId, Map.of("number", d.numberText));
            return DocumentView.of(d);
        });
    }

    /** Issued in the caller's subtree, or addressed to a unit of it. */
    private Optional<Document> visible(UUID id) {
        return documents.findByIdOptional(id)
                .filter(d -> scope.canSee(d.issuerId) || d.recipients.stream().anyMatch(scope::canSee));
    }

    private List<UUID> recipients(DocumentRequest r) {
        List<UUID> recipients = r.recipients() == null ? List.of() : r.recipients().stream().distinct().toList();
        for (int i = 0; i < recipients.size(); i++) {
            if (units.findByIdOptional(recipients.get(i)).isEmpty()) {
                throw ProblemException.badRequest("recipients[" + i + "]", "document.unknown-unit");
            }
        }
        return recipients;
    }

    private List<Document.Reference> references(DocumentRequest r) {
        List<Document.Reference> references = new ArrayList<>();
        addReferences(references, r.implementsDocuments(), Document.ReferenceKind.IMPLEMENTS, "implementsDocuments");
        addReferences(references, r.citesDocuments(), Document.ReferenceKind.CITES, "citesDocuments");
        return references;
    }

    private void addReferences(List<Document.Reference> into, List<UUID> ids, Document.ReferenceKind kind,
            String field) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            UUID cited = ids.get(i);
            if (documents.findByIdOptional(cited).filter(d -> scope.canSeeOrIsAbove(d.issuerId)).isEmpty()) {
                throw ProblemException.badRequest(field + "[" + i + "]", "document.unknown-document");
            }
            if (into.stream().noneMatch(ref -> ref.citesId().equals(cited))) {
                into.add(new Document.Reference(cited, kind));
            }
        }
    }
}
