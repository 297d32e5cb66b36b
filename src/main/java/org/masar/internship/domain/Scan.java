package org.masar.internship.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An uploaded scan of a placement document, kept in the database so that a backup holds it. Its
 * type was told from its content ({@link ScanType}); its bytes are read only when it is downloaded.
 */
@Entity
@Table(name = "document_scan")
public class Scan {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "byte_count", nullable = false)
    private int byteCount;

    @Column(name = "file_name", nullable = false, length = NAME_MAX)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected Scan() {
    }

    public Scan(ScanType type, byte[] content, String fileName, String uploadedBy, LocalDateTime uploadedAt) {
        this.contentType = type.contentType();
        this.byteCount = content.length;
        this.content = content;
        this.fileName = safeName(fileName, type);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** The name as shown and offered on download: letters, digits, dots, dashes; the extension its type's. */
    static String safeName(String name, ScanType type) {
        String base = name == null ? "" : name.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        base = base.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        if (base.isBlank() || base.matches("_+")) {
            base = "scan";
        }
        if (base.length() > NAME_MAX - 5) {
            base = base.substring(0, NAME_MAX - 5);
        }
        return base + "." + type.extension();
    }

    public Long getId() {
        return id;
    }

    public String getContentType() {
        return contentType;
    }

    public int getByteCount() {
        return byteCount;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
