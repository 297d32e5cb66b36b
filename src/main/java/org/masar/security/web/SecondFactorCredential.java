package org.masar.security.web;

import jakarta.security.enterprise.credential.Credential;

/** The code typed on the second step of a sign-in (login-code.xhtml), for {@link MasarAuthentication}. */
record SecondFactorCredential(String code) implements Credential {
}
