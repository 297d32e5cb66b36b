package org.masar.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.masar.audit.domain.PersonKey;

/**
 * Seals the personal values the audit trail keeps (AES-GCM with a key per person) so that an
 * erasure can make them unreadable without touching a line of the trail: it deletes the key.
 */
@ApplicationScoped
@Transactional
public class Seals {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    /** The text sealed with the person's key, made now if the person has none yet. */
    public byte[] seal(long personId, String text) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(personId), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The text, or empty once the person's key was destroyed (or the seal does not open). */
    public Optional<String> open(long personId, byte[] sealed) {
        PersonKey key = em.find(PersonKey.class, personId);
        if (key == null || sealed == null || sealed.length <= IV_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.getSecret(), "AES"),
                    new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            return Optional.of(new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unreadable) {
            return Optional.empty();
        }
    }

    /** Makes every value sealed for the person unreadable, for ever. */
    public void destroy(long personId) {
        em.createQuery("delete from PersonKey k where k.personId = :id").setParameter("id", personId).executeUpdate();
    }

    private byte[] key(long personId) {
        PersonKey key = em.find(PersonKey.class, personId);
        if (key == null) {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            // Two first edits of one person at once: the second finds the first's key.
            em.createNativeQuery("INSERT IGNORE INTO person_key (person_id, secret) VALUES (?1, ?2)")
                    .setParameter(1, personId).setParameter(2, secret).executeUpdate();
            key = em.find(PersonKey.class, personId);
            if (key == null) {
                em.flush();
                key = em.createQuery("select k from PersonKey k where k.personId = :id", PersonKey.class)
                        .setParameter("id", personId).getSingleResult();
            }
        }
        return key.getSecret();
    }
}
