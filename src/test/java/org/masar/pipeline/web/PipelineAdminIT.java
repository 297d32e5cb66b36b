package org.masar.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An administrator edits a pipeline's stages; others may not; donors see counts, never a case. */
class PipelineAdminIT extends BrowserTest {

    private static final String PW = "masar-demo";

    private List<String> stageCodes() {
        return browser.driver().findElements(By.cssSelector("#stageTable tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-stage")).toList();
    }

    private WebElement row(String code) {
        return browser.find("#stageTable tr[data-stage='" + code + "']");
    }

    @Test
    void anAdministratorAddsReordersRetiresAndRenamesStages() {
        browser.signIn("admin", PW);
        browser.clickAndWait("#languages a[data-lang='en']");
        browser.clickAndWait("#menu-pipelines");
        browser.screenshot("admin-pipelines-en");
        browser.driver().findElements(By.cssSelector("#pipelines tbody tr")).stream()
                .filter(tr -> tr.getText().startsWith("SAVOIR-FAIRE") && tr.getText().contains("Incubation"))
                .findFirst().orElseThrow().findElement(By.tagName("a")).click();
        browser.find("#stageTable");
        assertEquals(List.of("application", "screening", "selected", "business_plan", "coaching", "financing", "launched",
                "follow_up"), stageCodes());

        // Bad input is refused next to its field.
        browser.type("#addStage\\:code", "Mentoring!");
        browser.clickAndWait("#addStage\\:addStageButton");
        assertTrue(browser.find("#addStage\\:code-message").getText().contains("lower-case letters"));
        assertTrue(browser.find("#addStage\\:nameEn-message").getText().contains("English name is required"));

        browser.type("#addStage\\:code", "mentoring");
        browser.type("#addStage\\:nameEn", "Diaspora mentoring");
        browser.type("#addStage\\:nameFr", "Mentorat de la diaspora");
        browser.type("#addStage\\:nameAr", "إرشاد من الجالية");
        browser.type("#addStage\\:expectedDays_input", "60");
        browser.clickAndWait("#addStage\\:addStageButton");
        assertEquals("mentoring", stageCodes().get(stageCodes().size() - 1));

        // One step earlier: now before follow-up.
        browser.clickAndWait("#stageTable tr[data-stage='mentoring'] button[title='Earlier']");
        List<String> codes = stageCodes();
        assertEquals(codes.indexOf("follow_up") - 1, codes.indexOf("mentoring"), codes.toString());

        browser.clickAndWait("#stageTable tr[data-stage='screening'] button.ui-button-flat:not([title])");
        assertTrue(row("screening").getAttribute("class").contains("retired"));
        assertTrue(row("application").getText().contains("Selected"),
                "with screening retired, application is followed by selected: " + row("application").getText());
        browser.screenshot("admin-pipeline-en");

        // Edit a stage: its French name, and a new entry criterion.
        row("coaching").findElement(By.tagName("a")).click();
        browser.find("#form\\:nameFr");
        browser.type("#criteria\\:criterionEn", "Mentor assigned");
        browser.type("#criteria\\:criterionFr", "Mentor désigné");
        browser.clickAndWait("#criteria\\:addCriterion");
        assertTrue(browser.find(".criteria-list").getText().contains("Mentor assigned"));
        browser.type("#form\\:nameFr", "Coaching individuel");
        browser.clickAndWait("#form\\:save");
        assertEquals("2", row("coaching").findElements(By.tagName("td")).get(6).getText(), "two entry criteria now");

        browser.clickAndWait("#languages a[data-lang='fr']");
        assertTrue(row("coaching").getText().contains("Coaching individuel"));
        browser.screenshot("admin-pipeline-fr");
        browser.clickAndWait("#languages a[data-lang='ar']");
        assertTrue(row("mentoring").getText().contains("إرشاد من الجالية"));
        browser.screenshot("admin-pipeline-ar");
        row("coaching").findElement(By.tagName("a")).click();
        browser.find("#form\\:nameFr");
        browser.screenshot("admin-stage-ar");
        browser.clickAndWait("#languages a[data-lang='en']");
    }

    @Test
    void othersCannotEditPipelinesAndDonorsSeeOnlyCounts() {
        browser.signIn("sfax", PW);
        for (String page : new String[] {"/admin/pipelines.xhtml", "/admin/pipeline.xhtml?id=1", "/admin/stage.xhtml?id=1"}) {
            browser.open(page);
            assertTrue(browser.present("#error-403"), page);
        }
        browser.signOut();
        browser.signIn("donor", PW);
        assertFalse(browser.present("#menu-enrolments"));
        assertFalse(browser.present("#menu-caseload"));
        for (String page : new String[] {"/enrolment/list.xhtml", "/enrolment/caseload.xhtml", "/enrolment/board.xhtml",
                "/enrolment/view.xhtml?id=1", "/download/enrolments.xlsx"}) {
            browser.open(page);
            assertTrue(browser.present("#error-403"), page);
        }
        browser.clickAndWait("#menu-funnel");
        assertTrue(browser.driver().findElements(By.cssSelector("#funnel tbody tr")).size() >= 4);
        assertFalse(browser.present("#funnel a"), "no link to any person");
        browser.screenshot("funnel-donor-en");
    }
}
