import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useClient, useMutation } from 'urql';
import { useAuth } from '../auth';
import { ErrorMessage } from '../errors';
import { Button } from '../components';
import { graphql } from '../gql';
import { useNavigateWithNotice } from '../notice';
import { Field } from './Field';
import { ProfileSection } from './ProfileSection';

const EXPORT_MY_DATA = graphql(`
  query ExportMyData {
    exportMyData
  }
`);
const DELETE_MY_ACCOUNT = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

/** Hands the browser `json` as a file to save, named `name`. */
function saveFile(json: string, name: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Not at once: the browser may still be reading the file when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DownloadMyData() {
  const { t } = useTranslation();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const download = async () => {
    setBusy(true);
    setDone(false);
    // Fetched afresh each time: it is a copy of what is stored now.
    const result = await client.query(EXPORT_MY_DATA, {}, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    setError(result.error);
    if (result.data) {
      saveFile(result.data.exportMyData, 'mijn-gegevens.json');
      setDone(true);
    }
  };
  return (
    <ProfileSection id="mijn-gegevens">
      <p>{t('profile.data.intro')}</p>
      <Button disabled={busy} onClick={() => void download()}>
        {t('profile.data.download')}
      </Button>
      <p role="status">{done && t('profile.data.done')}</p>
      <ErrorMessage error={error} />
    </ProfileSection>
  );
}

/** The danger zone: what goes and what stays, then the password and a typed word to be sure. */
export function DeleteAccount() {
  const { t } = useTranslation();
  const { forget } = useAuth();
  const notify = useNavigateWithNotice();
  const [password, setPassword] = useState('');
  const [typed, setTyped] = useState('');
  const [{ fetching, error }, remove] = useMutation(DELETE_MY_ACCOUNT);
  const word = t('profile.delete.word');
  const confirmed = typed.trim().toUpperCase() === word;
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!confirmed) return;
    void remove({ password }).then((result) => {
      if (!result.data?.deleteMyAccount) return;
      // The API ended every session with the account.
      notify('/', 'accountDeleted');
      void forget();
    });
  };
  return (
    <ProfileSection id="account-verwijderen" tone="danger">
      <p>{t('profile.delete.goes')}</p>
      <p>{t('profile.delete.stays')}</p>
      <p>
        <strong>{t('profile.delete.final')}</strong>
      </p>
      <form onSubmit={onSubmit} className="stacked">
        <Field
          label={t('profile.delete.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <Field
          label={t('profile.delete.confirm', { word })}
          autoComplete="off"
          value={typed}
          onChange={setTyped}
        />
        <ErrorMessage error={error} />
        <Button type="submit" variant="danger" disabled={fetching || !confirmed}>
          {t('profile.delete.submit')}
        </Button>
      </form>
    </ProfileSection>
  );
}
