CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    full_name     VARCHAR(120) NOT NULL,
    email         VARCHAR(160) NULL,
    password_hash VARCHAR(255) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    locale        VARCHAR(8)   NOT NULL DEFAULT 'en',
    created_at    DATETIME(6)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_username UNIQUE (username)
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_ur_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE user_site (
    user_id BIGINT NOT NULL,
    site_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, site_id),
    CONSTRAINT fk_us_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_us_site FOREIGN KEY (site_id) REFERENCES site (id)
);

-- Failed sign-ins are counted per typed user name, whether or not such a user exists,
-- so that the lock-out answers the same for everybody and tells nothing about accounts.
CREATE TABLE sign_in_throttle (
    username     VARCHAR(64) NOT NULL PRIMARY KEY,
    failures     INT         NOT NULL,
    locked_until DATETIME(6) NULL
);
