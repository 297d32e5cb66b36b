-- A second factor per account: the TOTP secret (base32) shared with the user's authenticator app,
-- when it was set up, and the last 30-second step a code was accepted for, so that no code works
-- twice. All empty for an account without one; existing accounts start without one.
ALTER TABLE app_user ADD COLUMN totp_secret VARCHAR(64) NULL;
ALTER TABLE app_user ADD COLUMN totp_since DATETIME(6) NULL;
ALTER TABLE app_user ADD COLUMN totp_last_step BIGINT NULL;

-- One-time recovery codes, shown to the user once when they set up the second factor, kept only
-- as SHA-256 digests. A used code keeps its row with the time it was used.
CREATE TABLE recovery_code (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id   BIGINT      NOT NULL,
    code_hash VARCHAR(64) NOT NULL,
    used_at   DATETIME(6) NULL,
    CONSTRAINT uk_recovery_code UNIQUE (user_id, code_hash),
    CONSTRAINT fk_rc_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
