package org.masar.beneficiary.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryFilter;
import org.masar.shared.web.Downloads;

/** The registry list's filter form, as typed: what the list and its export ask the database for. */
public class RegistryFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String quick;
    private String name;
    private String siteCode;
    private Sex sex;
    private AgeBand ageBand;
    private BeneficiaryGroup group;
    private ConsentPurpose consent;

    public BeneficiaryFilter filter() {
        return new BeneficiaryFilter(quick, name, siteCode, sex, ageBand, group, consent);
    }

    /** The same filters as the export link's query string. */
    public String query() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", quick);
        params.put("name", name);
        params.put("site", siteCode);
        params.put("sex", sex);
        params.put("ageBand", ageBand);
        params.put("group", group);
        params.put("consent", consent);
        return Downloads.query(params);
    }

    public String getQuick() {
        return quick;
    }

    public void setQuick(String quick) {
        this.quick = quick;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public void setSiteCode(String siteCode) {
        this.siteCode = siteCode;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public BeneficiaryGroup getGroup() {
        return group;
    }

    public void setGroup(BeneficiaryGroup group) {
        this.group = group;
    }

    public ConsentPurpose getConsent() {
        return consent;
    }

    public void setConsent(ConsentPurpose consent) {
        this.consent = consent;
    }
}
