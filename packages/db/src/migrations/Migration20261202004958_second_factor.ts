import { Migration } from '@mikro-orm/migrations';

export class Migration20261202004958_second_factor extends Migration {

  override name = 'Migration20261202004958_second_factor';

  override up(): void | Promise<void> {
    this.addSql(`create table "totp_credential" ("id" serial primary key, "user_id" int not null, "secret" varchar(64) not null, "created_at" timestamptz not null default now(), "confirmed_at" timestamptz null, "last_used_step" bigint null);`);
    this.addSql(`alter table "totp_credential" add constraint "totp_credential_user_unique" unique ("user_id");`);

    this.addSql(`create table "second_factor_challenge" ("id" serial primary key, "user_id" int not null, "purpose" text not null, "token_hash" varchar(64) not null, "webauthn_challenge" varchar(200) null, "attempts" int not null default 0, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "used_at" timestamptz null);`);
    this.addSql(`create index "second_factor_challenge_user_id" on "second_factor_challenge" ("user_id");`);
    this.addSql(`alter table "second_factor_challenge" add constraint "second_factor_challenge_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "recovery_code" ("id" serial primary key, "user_id" int not null, "code_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "used_at" timestamptz null);`);
    this.addSql(`create index "recovery_code_user_id" on "recovery_code" ("user_id");`);
    this.addSql(`alter table "recovery_code" add constraint "recovery_code_hash_unique" unique ("code_hash");`);

    this.addSql(`create table "passkey" ("id" serial primary key, "user_id" int not null, "credential_id" varchar(1400) not null, "public_key" text not null, "counter" bigint not null default '0', "transports" jsonb null, "name" varchar(100) not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null);`);
    this.addSql(`create index "passkey_user_id" on "passkey" ("user_id");`);
    this.addSql(`alter table "passkey" add constraint "passkey_credential_id_unique" unique ("credential_id");`);

    this.addSql(`create table "known_device" ("id" serial primary key, "user_id" int not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "last_used_at" timestamptz null);`);
    this.addSql(`create index "known_device_user_id" on "known_device" ("user_id");`);
    this.addSql(`alter table "known_device" add constraint "known_device_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "company_security_policy" ("id" serial primary key, "company_id" int not null, "second_factor_required" boolean not null default false, "updated_at" timestamptz not null default now(), "updated_by_id" int null);`);
    this.addSql(`alter table "company_security_policy" add constraint "company_security_policy_company_unique" unique ("company_id");`);

    this.addSql(`alter table "totp_credential" add constraint "totp_credential_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "second_factor_challenge" add constraint "second_factor_challenge_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "second_factor_challenge" add constraint "second_factor_challenge_attempts_nonnegative" check (attempts >= 0);`);
    this.addSql(`alter table "second_factor_challenge" add constraint "second_factor_challenge_expires_after_creation" check (expires_at > created_at);`);
    this.addSql(`alter table "second_factor_challenge" add constraint "second_factor_challenge_purpose_check" check ("purpose" in ('LOGIN', 'PASSKEY_REGISTRATION'));`);

    this.addSql(`alter table "recovery_code" add constraint "recovery_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "passkey" add constraint "passkey_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "passkey" add constraint "passkey_counter_nonnegative" check (counter >= 0);`);

    this.addSql(`alter table "known_device" add constraint "known_device_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "known_device" add constraint "known_device_expires_after_creation" check (expires_at > created_at);`);

    this.addSql(`alter table "company_security_policy" add constraint "company_security_policy_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "company_security_policy" add constraint "company_security_policy_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "totp_credential" cascade;`);
    this.addSql(`drop table if exists "second_factor_challenge" cascade;`);
    this.addSql(`drop table if exists "recovery_code" cascade;`);
    this.addSql(`drop table if exists "passkey" cascade;`);
    this.addSql(`drop table if exists "known_device" cascade;`);
    this.addSql(`drop table if exists "company_security_policy" cascade;`);
  }
}
