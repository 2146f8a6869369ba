package vn.coso.planning.document.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.planning.document.Document;
import vn.coso.planning.document.DocumentType;
import vn.coso.platform.web.Versioned;

@Schema(name = "Document")
public record DocumentView(
        UUID id,
        @Schema(maxLength = 60, examples = "100-KH/HU") String number,
        UUID issuerId,
        DocumentType type,
        UUID termId,
        LocalDate issuedOn,
        @Schema(maxLength = 500) String title,
        @Schema(maxLength = 4000) String summary,
        @Schema(maxLength = 200) String signer,
        Document.Status status,
        @Schema(maxLength = 1000) String cancelReason,
        boolean registered,
        List<UUID> recipients,
        List<UUID> implementsDocuments,
        List<UUID> citesDocuments,
        long version) implements Versioned {

    public static DocumentView of(Document d) {
        return new DocumentView(d.id, d.numberText, d.issuerId, d.type, d.termId, d.issuedOn, d.title, d.summary,
                d.signer, d.status, d.cancelReason, d.registered, List.copyOf(d.recipients),
                references(d, Document.ReferenceKind.IMPLEMENTS), references(d, Document.ReferenceKind.CITES),
                d.version);
    }

    private static List<UUID> references(Document d, Document.ReferenceKind kind) {
        return d.references.stream().filter(r -> r.kind() == kind).map(Document.Reference::citesId).toList();
    }
}
