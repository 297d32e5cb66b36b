package org.masar.internship.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A scan's type is told by its content, never by its name. */
class ScanTypeTest {

    @Test
    void pdfJpegAndPngAreToldByTheirFirstBytes() {
        assertEquals(Optional.of(ScanType.PDF), ScanType.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(ScanType.JPEG), ScanType.of(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
        assertEquals(Optional.of(ScanType.PNG), ScanType.of(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
    }

    @Test
    void anythingElseIsRefusedWhateverItWouldBeCalled() {
        assertEquals(Optional.empty(), ScanType.of("just text, saved as visa.pdf".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ScanType.of("%PD".getBytes(StandardCharsets.US_ASCII)), "too short to be a PDF");
        assertEquals(Optional.empty(), ScanType.of(new byte[]{'P', 'K', 3, 4}), "a zip, such as a .docx");
        assertEquals(Optional.empty(), ScanType.of(new byte[0]));
        assertEquals(Optional.empty(), ScanType.of(null));
    }

    @Test
    void theNameKeptIsSafeAndCarriesTheTypesExtension() {
        assertEquals("visa_Amal.pdf", Scan.safeName("C:\\scans\\visa Amal.exe", ScanType.PDF));
        assertEquals("scan.png", Scan.safeName("../../", ScanType.PNG));
        assertEquals("تأشيرة.jpg", Scan.safeName("تأشيرة.jpeg", ScanType.JPEG));
    }
}
