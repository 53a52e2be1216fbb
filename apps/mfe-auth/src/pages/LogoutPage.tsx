import { useEffect, useState } from 'react';
import { Alert, Spinner } from '@portal/ui';
import { mutate, notifyViewerChange } from '@portal/graphql-client';
import { useAuthEnv } from '../context.js';
// The typed documents one by one (tree-shaken), not through documents.ts's map of them all.
import { AuthLogOutDocument as LogOutDocument } from '../gql/graphql.js';

/** /auth/logout (the user menu's "Se déconnecter"): ends the session, then the login page. */
export function LogoutPage() {
  const { t, navigate } = useAuthEnv();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void mutate(LogOutDocument, {}).then(({ error }) => {
      if (error) return setFailed(true);
      notifyViewerChange({ reason: 'logOut' });
      navigate('/auth/login');
    });
  }, []);
  return failed ? <Alert tone="error">{t('error.network')}</Alert> : <Spinner label={t('logout.pending')} />;
}
