import { Migration } from '@mikro-orm/migrations';

/**
 * Logins (E- + 10 digits) are assigned by the system from this sequence. It starts above the
 * demo and imported ranges so that a generated login never meets an existing one.
 */
export class Migration20261123000004_user_login_sequence extends Migration {
  override async up(): Promise<void> {
    this.addSql('create sequence if not exists app_user_login_seq as bigint start with 1000000 minvalue 1 maxvalue 9999999999 no cycle;');
  }

  override async down(): Promise<void> {
    this.addSql('drop sequence if exists app_user_login_seq;');
  }
}
