package org.masar.training.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A course running today at Sfax, made over the API: one participant met the rule at the stage
 * before completion, one met it but is still at the journey's start, one missed every session so
 * far and cannot reach the rule with the sessions left. The trainer completes the course on its
 * page — the first is completed by the records, the second refused with the reason, the third left
 * — and the Sfax case worker, whose case the third is, sees them flagged at risk on the caseload.
 */
class TrainingCompletionBrowserIT extends BrowserTest {

    private static final String PW = "masar-demo";
    private final MasarServer server = MasarServer.get();

    private static JsonObject json(HttpResponse<String> response) {
        return TrainingFixture.json(response);
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> condition.getAsBoolean());
    }

    /** A person at Sfax, in TDU's training as the Sfax case worker's case; moved on to the stage before completion when {@code ready}. */
    private long enrolled(TrainingFixture make, JsonObject pipeline, String first, boolean ready) {
        String code = make.person(first, "Aabed", "SFX-M");
        HttpResponse<String> enrolled = Http.send(server, "POST", "/api/v1/enrolments", "manager", PW,
                "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d,\"caseWorker\":\"sfax\",\"overrideReason\":\"Completion screen test: a running course\"}"
                        .formatted(code, pipeline.getJsonNumber("id").longValue()));
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        long id = json(enrolled).getJsonNumber("id").longValue();
        if (ready) {
            make.intoTraining(id, pipeline);
        }
        return id;
    }

    @Test
    void theTrainerCompletesThoseWhoMetTheRuleAndTheCaseWorkerSeesWhoIsAtRisk() {
        TrainingFixture make = new TrainingFixture(server);
        JsonObject pipeline = make.pipeline("TDU");
        long ready = enrolled(make, pipeline, "Rim", true);
        long early = enrolled(make, pipeline, "Rania", false);
        long absent = enrolled(make, pipeline, "Rahma", true);
        LocalDate today = LocalDate.now();
        String title = "Atelier en cours " + (System.nanoTime() % 100_000);
        HttpResponse<String> course = Http.send(server, "POST", "/api/v1/courses", "manager", PW, """
                {"programme":"TDU","site":"SFX-M","title":"%s","topic":"GOVERNANCE","language":"fr","plannedHours":15,
                 "startDate":"%s","endDate":"%s","capacity":10,"minAttendance":80,"trainers":["trainer"]}"""
                .formatted(title, today.minusDays(21), today.plusDays(14)));
        assertEquals(201, course.statusCode(), course.body());
        long id = json(course).getJsonNumber("id").longValue();
        List<Long> participants = make.participants(id, List.of(ready, early, absent));
        for (int days : new int[] {-21, -14, -7, 7, 14}) {
            long session = make.session(id, today.plusDays(days).toString());
            if (days < 0) {
                make.attendance(session, participants, "PRESENT", "PRESENT", "ABSENT");
            }
        }

        browser.signIn("trainer", PW);
        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.clickAndWait("#languages a[data-lang='en']");
        browser.open("/training/course.xhtml?id=" + id);
        assertTrue(browser.present("tr.at-risk .at-risk-flag"), "the absent one is flagged for the trainer");
        browser.find("#completion\\:complete").click();
        waitFor(() -> browser.present("#completionResults"));
        List<WebElement> lines = browser.driver().findElements(By.cssSelector("#completionResults tbody tr"));
        assertEquals(2, lines.size(), "the two who met the rule were tried, the absent one left");
        WebElement moved = browser.find("#completionResults tr.moved");
        assertTrue(moved.getText().contains("Completed, certificate issued"), moved.getText());
        WebElement refused = browser.find("#completionResults tr.refused");
        assertFalse(refused.getText().isBlank(), "the refusal says why");
        browser.screenshot("training-completion-en-1024");
        assertEquals("COMPLETED", json(Http.get(server, "/api/v1/enrolments/" + ready, "manager", PW)).getString("status"));
        assertEquals("ACTIVE", json(Http.get(server, "/api/v1/enrolments/" + early, "manager", PW)).getString("status"));
        assertEquals("ACTIVE", json(Http.get(server, "/api/v1/enrolments/" + absent, "manager", PW)).getString("status"));
        browser.signOut();

        browser.signIn("sfax", PW);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        for (String language : new String[] {"en", "fr", "ar", "it"}) {
            browser.clickAndWait("#languages a[data-lang='" + language + "']");
            browser.clickAndWait("#menu-caseload");
            WebElement row = caseloadRow("Rahma");
            String flag = row.findElement(By.cssSelector("td.flags")).getText();
            assertTrue(flag.contains(title), language + ": " + flag);
            if (language.equals("en")) {
                assertEquals("At risk in " + title, flag.trim());
                assertTrue(caseloadRow("Rania").findElement(By.cssSelector("td.flags")).getText().isBlank(),
                        "who can still reach the rule is not flagged");
            }
            browser.screenshot("training-caseload-at-risk-" + language + "-1280");
        }
        browser.clickAndWait("#languages a[data-lang='en']");
    }

    /** The caseload's row of the person (last name Aabed: first when sorted by name). */
    private WebElement caseloadRow(String firstName) {
        By rows = By.cssSelector("#caseload\\:table_data tr, [id$='table_data'] tr");
        if (browser.driver().findElements(rows).stream().noneMatch(r -> r.getText().contains(firstName + " Aabed"))) {
            browser.find("[id$='table'] th.ui-sortable-column").click();
            waitFor(() -> browser.driver().findElements(rows).stream().anyMatch(r -> r.getText().contains(firstName + " Aabed")));
        }
        return browser.driver().findElements(rows).stream().filter(r -> r.getText().contains(firstName + " Aabed")).findFirst()
                .orElseThrow();
    }
}
