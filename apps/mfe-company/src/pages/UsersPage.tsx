import { useState, type FormEvent } from 'react';
import { Alert, Button, DataTable, Dialog, Page, TextField, formatDateTime } from '@portal/ui';
import { mutate } from '@portal/graphql-client';
import { useEnv } from '../context.js';
import { UserCreateDocument, UserDeactivateDocument, UserSetupLinkResendDocument, UserUpdateDocument, UsersDocument } from '../documents.js';
import type { CompanyUsersQuery, Role } from '../gql/graphql.js';
import { CheckGroup, Confirm, CursorPager, FormAlerts, Loaded, ROLES, options, useAction, useForm, useQuery } from '../kit.js';

type User = CompanyUsersQuery['users']['edges'][number]['node'];

/** /entreprise/utilisateurs: users and rights — list, create (setup e-mail), edit roles, deactivate. */
export function UsersPage() {
  const { t, locale, viewer, search, notify } = useEnv();
  const allowed = viewer.permissions.includes('USERS_MANAGE');
  const state = useQuery(UsersDocument, { after: search.get('apres') }, !allowed);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const action = useAction();
  const resend = useAction();
  const name = (u: User) => `${u.firstName} ${u.lastName}`;
  const resendLink = (u: User) =>
    void resend.run(
      async () => (await mutate(UserSetupLinkResendDocument, { input: { userId: u.id } })).data?.userSetupLinkResend,
      () => notify(t('users.linkResent', { name: name(u), email: u.email })),
    );
  if (!allowed) return <Page title={t('users.title')}><Alert tone="info">{t('forbidden')}</Alert></Page>;
  return (
    <Page title={t('users.title')} actions={<Button type="button" variant="primary" onClick={() => setEditing('new')}>{t('users.new')}</Button>}>
      {resend.error ? <Alert tone="error">{resend.error}</Alert> : null}
      <Loaded state={state}>
        {({ users }) => (
          <>
            <DataTable
              locale={locale}
              caption={t('users.caption')}
              rows={users.edges.map((e) => e.node)}
              rowKey={(u) => u.id}
              loading={state.loading}
              empty={t('users.empty')}
              columns={[
                { key: 'login', label: t('users.login'), render: (u) => <span className="mfc-nowrap">{u.login}</span> },
                { key: 'name', label: t('users.name'), render: name },
                { key: 'email', label: t('users.email'), render: (u) => u.email },
                { key: 'roles', label: t('users.roles'), render: (u) => ROLES.filter((r) => u.roles.includes(r)).map((r) => t(`role.${r}`)).join(', ') },
                { key: 'state', label: t('users.state'), render: (u) => t(`userState.${u.state}`) },
                { key: 'lastLogin', label: t('users.lastLogin'), render: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale) : t('users.never')) },
                {
                  key: 'actions',
                  label: t('users.actions'),
                  render: (u) => (
                    <div className="mfc-row">
                      <Button type="button" variant="link" onClick={() => setEditing(u)} aria-label={`${t('users.edit')} ${name(u)}`}>{t('users.edit')}</Button>
                      {u.state === 'PENDING_SETUP' ? (
                        <Button type="button" variant="link" busy={resend.busy} onClick={() => resendLink(u)} aria-label={`${t('users.resendLink')} ${name(u)}`}>{t('users.resendLink')}</Button>
                      ) : null}
                      {u.state !== 'DISABLED' && u.id !== viewer.user.id ? (
                        <Button type="button" variant="link" onClick={() => setDeactivating(u)} aria-label={`${t('users.deactivate')} ${name(u)}`}>{t('users.deactivate')}</Button>
                      ) : null}
                    </div>
                  ),
                },
              ]}
            />
            <CursorPager connection={users} shown={users.edges.length} />
          </>
        )}
      </Loaded>
      {editing ? (
        <UserDialog
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={(text) => {
            setEditing(null);
            notify(text);
            state.reload();
          }}
        />
      ) : null}
      {deactivating ? (
        <Confirm
          title={t('users.deactivate')}
          text={t('users.deactivateConfirm', { name: name(deactivating) })}
          busy={action.busy}
          error={action.error}
          onClose={() => { setDeactivating(null); action.clear(); }}
          onConfirm={() =>
            void action.run(
              async () => (await mutate(UserDeactivateDocument, { input: { userId: deactivating.id } })).data?.userDeactivate,
              () => {
                notify(t('users.deactivated', { name: name(deactivating) }));
                setDeactivating(null);
                state.reload();
              },
            )
          }
        />
      ) : null}
    </Page>
  );
}

/** "Créer un utilisateur" (they receive the setup e-mail) or edit one's name, e-mail and roles. */
function UserDialog({ user, onClose, onDone }: { user: User | null; onClose(): void; onDone(text: string): void }) {
  const { t, locale, viewer } = useEnv();
  const initial = { firstName: user?.firstName ?? '', lastName: user?.lastName ?? '', email: user?.email ?? '', roles: (user?.roles ?? []) as string[] };
  const form = useForm(initial, { required: ['firstName', 'lastName', 'email'], draft: user ? undefined : 'user-create' });
  const formId = 'mfc-user-form';

  function submit(event: FormEvent) {
    event.preventDefault();
    const { firstName, lastName, email } = form.values;
    const roles = form.values.roles as Role[];
    if (!user) {
      void form.submit(
        async () => (await mutate(UserCreateDocument, { input: { companyId: viewer.user.company.id, firstName, lastName, email, roles } })).data?.userCreate,
        (p) => onDone(t('users.created', { login: p.user?.login ?? '' })),
      );
      return;
    }
    const changes = Object.fromEntries((['firstName', 'lastName', 'email'] as const).filter((k) => form.values[k] !== initial[k]).map((k) => [k, form.values[k]]));
    const sameRoles = roles.length === initial.roles.length && roles.every((r) => initial.roles.includes(r));
    void form.submit(
      async () => (await mutate(UserUpdateDocument, { input: { userId: user.id, ...changes, ...(sameRoles ? {} : { roles }) } })).data?.userUpdate,
      () => onDone(t('users.saved', { name: `${form.values.firstName} ${form.values.lastName}` })),
    );
  }

  return (
    <Dialog
      open
      locale={locale}
      title={user ? t('users.editTitle', { name: `${user.firstName} ${user.lastName}` }) : t('users.new')}
      onClose={onClose}
      footer={
        <>
          <Button type="button" onClick={onClose}>{t('cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" busy={form.busy}>{user ? t('save') : t('users.new')}</Button>
        </>
      }
    >
      <form id={formId} className="pui-form" onSubmit={submit} noValidate>
        <FormAlerts refusals={form.refusals} />
        <TextField {...form.text('firstName', 'users.firstName')} autoComplete="off" required />
        <TextField {...form.text('lastName', 'users.lastName')} autoComplete="off" required />
        <TextField {...form.text('email', 'users.email')} type="email" autoComplete="off" required />
        <CheckGroup legend={t('users.roles')} name="roles" options={options(t, 'role', ROLES)} value={form.values.roles} onChange={(v) => form.set('roles', v)} error={form.refusals.fields.roles} />
      </form>
    </Dialog>
  );
}
