import { judgePassword, type StrengthAnswer, type StrengthRequest } from '../passwordJudge';

/** What this module worker uses of its global scope (the client's types are the window's). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<StrengthRequest>) => void): void;
  postMessage(message: StrengthAnswer | { id: number; failed: true }): void;
}

const scope = self as unknown as WorkerScope;

/** Judges each password the strength meter sends, off the main thread; see PasswordStrength.tsx. */
scope.addEventListener('message', ({ data }) => {
  judgePassword(data).then(
    (answer) => scope.postMessage(answer),
    () => scope.postMessage({ id: data.id, failed: true }),
  );
});
