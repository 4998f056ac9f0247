import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import type { StrengthAnswer, StrengthRequest } from '../passwordJudge';

type Reply = StrengthAnswer | { id: number; failed: true };

let worker: Worker | undefined;
let lastId = 0;
const waiting = new Map<number, (answer: StrengthAnswer | null) => void>();

/**
 * The password worker, started with the first password to judge: zxcvbn loads its dictionaries
 * (about a megabyte, a chunk of their own) and judges there, so typing never waits for either.
 * A worker that fails answers null to what it was asked and is started again next time.
 */
function passwordWorker(): Worker {
  if (worker === undefined) {
    const started = new Worker(new URL('./passwordStrength.worker.ts', import.meta.url), {
      type: 'module',
      name: 'password-strength',
    });
    started.addEventListener('message', ({ data }: MessageEvent<Reply>) => {
      waiting.get(data.id)?.('failed' in data ? null : data);
      waiting.delete(data.id);
    });
    started.addEventListener('error', () => {
      for (const answer of waiting.values()) answer(null);
      waiting.clear();
      started.terminate();
      if (worker === started) worker = undefined;
    });
    worker = started;
  }
  return worker;
}

/** Judges `password` in the worker; null when the worker could not. */
function judgeInWorker(password: string, userInputs: readonly string[]): Promise<StrengthAnswer | null> {
  lastId += 1;
  const request: StrengthRequest = { id: lastId, password, userInputs, language: currentLanguage() };
  return new Promise((resolve) => {
    waiting.set(request.id, resolve);
    passwordWorker().postMessage(request);
  });
}

/**
 * How strong a new password is, while it is typed: a meter and its level in words (read out
 * politely), with zxcvbn's hint. `userInputs` (email address, name) count against it, as on the API.
 */
export function PasswordStrengthMeter({
  password,
  userInputs = [],
}: {
  password: string;
  userInputs?: readonly string[];
}) {
  const { t } = useTranslation();
  const [judged, setJudged] = useState<StrengthAnswer | null>(null);
  const inputs = userInputs.join('\n');
  useEffect(() => {
    if (!password) {
      setJudged(null);
      return;
    }
    let current = true;
    // Wait until typing pauses: only the password as it stands then is judged.
    const timer = setTimeout(() => {
      void judgeInWorker(password, inputs.split('\n')).then((answer) => {
        if (current) setJudged(answer);
      });
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, inputs]);
  const text = judged
    ? [
        t('passwordStrength.level', { level: t(`passwordStrength.levels.${judged.score}`) }),
        t(judged.enough ? 'passwordStrength.enough' : 'passwordStrength.notEnough'),
        judged.enough ? undefined : judged.hint,
      ]
        .filter(Boolean)
        .join(' ')
    : '';
  return (
    <div className="password-strength">
      {judged && (
        <meter
          min={0}
          max={4}
          low={2}
          high={3}
          optimum={4}
          value={judged.score}
          aria-label={t('passwordStrength.meter')}
        />
      )}
      <p role="status" aria-live="polite" className="meta">
        {text}
      </p>
    </div>
  );
}
