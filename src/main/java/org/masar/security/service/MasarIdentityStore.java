package org.masar.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Jakarta Security's view of Masar's accounts for HTTP Basic: a valid name and password yield the
 * user's roles as groups. An account with a second factor is never let in by its password alone
 * (the sign-in page asks for its code: {@code MasarAuthentication}).
 */
@ApplicationScoped
public class MasarIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    @Inject
    CurrentUser currentUser;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInService.Result result = signIn.signIn(login.getCaller(), login.getPasswordAsString());
        if (result.outcome() != SignInService.Outcome.OK) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        currentUser.signedInAs(result.caller());
        return new CredentialValidationResult(result.caller().username(),
                result.caller().roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
